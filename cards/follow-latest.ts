/**
 * Reads with `load` now and again each time `watch` reports a change, and
 * hands on the answer to the latest read only: reads can answer out of the
 * order they were asked in, and an older answer must never replace a newer
 * one. An error is handed on the same way (an older read's failure says
 * nothing about what is shown). `reload` reads again on the caller's own
 * schedule; `stop` ends the watch and drops every answer still on its way.
 */
export function followLatest<T>(
  watch: (onChange: () => void) => () => void,
  load: () => Promise<T>,
  onResult: (value: T) => void,
  onError: (error: unknown) => void,
): { reload(): void; stop(): void } {
  let live = true;
  let asked = 0;
  const reload = () => {
    const mine = ++asked;
    load().then(
      (value) => live && mine === asked && onResult(value),
      (error: unknown) => live && mine === asked && onError(error),
    );
  };
  const unwatch = watch(reload);
  reload();
  return {
    reload,
    stop() {
      live = false;
      unwatch();
    },
  };
}
