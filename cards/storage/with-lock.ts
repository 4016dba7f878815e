/**
 * Runs `task` while holding a lock of this name across every page of the
 * extension (the panel in two windows, the Float tab): a read-merge-write of
 * one record then never interleaves with another window's. Where the browser
 * has no Web Locks (the unit tests' fake browser), the task simply runs.
 */
export function withLock<T>(name: string, task: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (!locks) return task();
  return locks.request(`sidecue:${name}`, task) as unknown as Promise<T>;
}
