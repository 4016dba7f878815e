/**
 * Storage reads started before React runs. The panel's first screen waits on
 * a few reads (the library, the panel view, the active deck); started when the
 * panel's script is evaluated, their answers come back while React DOM is
 * still loading, often before the first render, instead of after it.
 *
 * Each read is the same call its hook would make, only sooner, and is handed
 * over once. A change seen before the hand-over makes it stale, so the hook
 * reads afresh and never shows a value older than its own watcher knows.
 */

interface EarlyRead {
  promise: Promise<unknown>;
  /** Set once the read has answered, for a first render that need not wait. */
  settled?: { value: unknown };
  stale: boolean;
  stopWatching(): void;
}

const reads = new Map<object, EarlyRead>();
/** Work besides reads that the first render waits for (a chunk the first screen shows). */
const holds: Promise<unknown>[] = [];

/** Starts `read` now for the hook that will later ask for `key`; `watch` reports changes meanwhile. */
export function startEarly<T>(key: object, read: () => Promise<T>, watch: (onChange: () => void) => () => void): Promise<unknown> {
  const started = reads.get(key);
  if (started) return started.promise;
  const entry: EarlyRead = { promise: read(), stale: false, stopWatching: () => {} };
  entry.stopWatching = watch(() => (entry.stale = true));
  entry.promise.then(
    (value) => (entry.settled = { value }),
    () => {},
  );
  reads.set(key, entry);
  return entry.promise;
}

/** Holds the first render for `work` too (as long as main.tsx lets anything hold it); its failure holds nothing. */
export function holdFirstRender(work: Promise<unknown>): void {
  holds.push(work.catch(() => {}));
}

/** The early read's answer if it is in and still current; does not hand it over. */
export function settledEarly<T>(key: object): { value: T } | undefined {
  const entry = reads.get(key);
  return entry && !entry.stale ? (entry.settled as { value: T } | undefined) : undefined;
}

/**
 * Hands the early read over, once: its promise, or undefined when there was
 * none or something changed since (read again). Call it after the caller's own
 * watcher is in place, so no change falls between the two.
 */
export function takeEarly<T>(key: object): Promise<T> | undefined {
  const entry = reads.get(key);
  if (!entry) return undefined;
  reads.delete(key);
  entry.stopWatching();
  return entry.stale ? undefined : (entry.promise as Promise<T>);
}

/** Settles once every early read started so far, and the work held for, has answered (or failed). */
export function earlyReadsSettled(): Promise<unknown> {
  return Promise.allSettled([...[...reads.values()].map((entry) => entry.promise), ...holds]);
}
