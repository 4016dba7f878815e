/**
 * Runs `task` while holding a lock of this name across every page of the
 * extension (the panel in two windows, the Float tab): a read-merge-write of
 * one record then never interleaves with another window's. Where the browser
 * has no Web Locks (the unit tests' fake browser), tasks of one name still
 * run one after another within this page.
 */
export function withLock<T>(name: string, task: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (locks) return locks.request(`sidecue:${name}`, task) as unknown as Promise<T>;
  const previous = queues.get(name) ?? Promise.resolve();
  const run = previous.then(task, task);
  // The next task waits for this one, whatever its outcome.
  const settled = run.then(
    () => undefined,
    () => undefined,
  );
  queues.set(name, settled);
  void settled.then(() => queues.get(name) === settled && queues.delete(name));
  return run;
}

const queues = new Map<string, Promise<void>>();
