/**
 * When a page first painted its first screen, as the browser itself records
 * it: Element Timing for the element marked `elementtiming="first-screen"`
 * (the current step's title in the panel, rendered only once storage has been
 * read and the keys are live; the same heading in the bare page).
 */

/** Evaluated in the page: its timeOrigin and the first screen's paint time (ms after timeOrigin), once it has painted. */
export const FIRST_PAINT_PROBE = `new Promise((resolve) => {
  new PerformanceObserver((list, observer) => {
    const entry = list.getEntries().find((e) => e.identifier === 'first-screen');
    if (!entry) return;
    observer.disconnect();
    resolve({ origin: performance.timeOrigin, paint: entry.renderTime || entry.loadTime });
  }).observe({ type: 'element', buffered: true });
})`;

export interface FirstPaint {
  /** The page's timeOrigin (epoch ms): when its navigation started. */
  origin: number;
  /** The first screen's paint, in ms after `origin`. */
  paint: number;
}
