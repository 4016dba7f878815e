/**
 * A script loaded with import() once and kept: `load` starts it (or joins the
 * load under way), `ifLoaded` gives it to a render that cannot wait. A failed
 * load (an extension updated under the page) is tried again by the next caller.
 */
export function loadOnce<T>(importer: () => Promise<T>): { load(): Promise<T>; ifLoaded(): T | undefined } {
  let loading: Promise<T> | undefined;
  let loaded: T | undefined;
  return {
    load: () =>
      (loading ??= importer().then(
        (value) => (loaded = value),
        (error: unknown) => {
          loading = undefined;
          throw error;
        },
      )),
    ifLoaded: () => loaded,
  };
}
