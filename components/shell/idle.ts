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

/**
 * Runs `work` just after the next frame is painted (a frame, then a task), or
 * soon where frames are not drawn (jsdom, a hidden page); returns a cancel.
 * For what may show a moment after the first screen but must not hold it up.
 */
export function afterNextPaint(work: () => void): () => void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    work();
  };
  let task: ReturnType<typeof setTimeout> | undefined;
  const frame = typeof requestAnimationFrame === 'function' ? requestAnimationFrame(() => (task = setTimeout(run, 0))) : undefined;
  // A page in the background draws no frames: do not wait for one.
  const fallback = setTimeout(run, 100);
  return () => {
    done = true;
    if (frame !== undefined) cancelAnimationFrame(frame);
    clearTimeout(task);
    clearTimeout(fallback);
  };
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
