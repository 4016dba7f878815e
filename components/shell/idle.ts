/**
 * Work the first screen does not need, done when the page is idle, and a
 * way for long work to let the page breathe between slices. Both fall back
 * where the browser lacks the API (Firefox has no scheduler.yield; jsdom has
 * no requestIdleCallback).
 */

/** Runs `work` once the page is idle (or after `timeout` ms at the latest); returns a cancel. */
export function whenIdle(work: () => void, timeout = 1000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const cancel = globalThis.cancelIdleCallback;
    const handle = requestIdleCallback(work, { timeout });
    return () => cancel(handle);
  }
  const handle = setTimeout(work, 1);
  return () => clearTimeout(handle);
}

interface Scheduler {
  yield?: () => Promise<void>;
}

/** Gives the page a turn (input, paint) before the caller goes on. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
