/**
 * Keystroke to updated results in the real panel: in the Phrasings section,
 * the page itself sets the search box's value (through the native setter, as
 * typing does), dispatches `input`, and stops the clock when the results have
 * changed in the DOM (a MutationObserver on the section), and again at the
 * next animation frame (what the user sees). Median of 20 queries; between
 * queries the box is cleared untimed.
 */
import type { Page } from 'playwright-core';
import { seededRecords, setExtensionStorage } from './bench-seed';
import { median, type BenchBrowser } from './bench-browser';

export const KEYSTROKE_TARGET_MS = 16;

export const KEYSTROKE_QUERIES = [
  'kafka', 'latency', 'cost', 'sharding', 'residency', 'p99', 'trade-off', 'revenue', 'fallback', 'monolith',
  'kafak', 'latncy', 'at least once', 'data residency', 'error budget', 'cache', 'owner', 'mvp', 'metric', 'zzzz',
];

export interface KeystrokeResult {
  queries: number;
  /** Input event to the DOM holding the new results. */
  domMs: number[];
  /** Input event to the next animation frame. */
  frameMs: number[];
  domMedianMs: number;
  frameMedianMs: number;
}

/** Runs in the panel: one timed keystroke. */
async function typeOnce(query: string): Promise<{ dom: number; frame: number }> {
  const input = document.querySelector<HTMLInputElement>('#phrasing-search')!;
  const section = input.closest('section')!;
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now())));
  const set = (value: string) => {
    setValue.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  };
  // Untimed: back to the full list, settled.
  if (input.value !== '') {
    set('');
    await nextFrame();
    await nextFrame();
  }
  return new Promise((resolve) => {
    let start = 0;
    const observer = new MutationObserver(() => {
      const dom = performance.now() - start;
      observer.disconnect();
      void nextFrame().then((at) => resolve({ dom, frame: at - start }));
    });
    observer.observe(section, { subtree: true, childList: true, characterData: true, attributes: true });
    start = performance.now();
    set(query);
  });
}

/** Decks stored while typing: the issue asks for under a frame with fifty (the active one is the shipped deck's copy). */
export const KEYSTROKE_DECKS = 50;

export async function benchKeystroke(browser: BenchBrowser, log: (line: string) => void = () => {}): Promise<KeystrokeResult> {
  await setExtensionStorage(browser, (now) => seededRecords(KEYSTROKE_DECKS, now));
  const page: Page = await browser.newPage();
  try {
    await page.goto(browser.url('sidepanel.html'));
    await page.locator('.app[data-ready]').waitFor();
    // As a user would: the panel has been open a moment (the other decks are read in idle time).
    await page.waitForTimeout(1500);
    await page.keyboard.press('3');
    await page.locator('#phrasing-search').waitFor();
    await page.locator('#phrasing-results').waitFor();
    // One untimed query warms the search index and the code paths.
    await page.evaluate(typeOnce, 'warm up');
    const domMs: number[] = [];
    const frameMs: number[] = [];
    for (const query of KEYSTROKE_QUERIES) {
      const { dom, frame } = await page.evaluate(typeOnce, query);
      domMs.push(dom);
      frameMs.push(frame);
      log(`keystroke "${query}": ${dom.toFixed(2)} ms to DOM, ${frame.toFixed(2)} ms to frame`);
    }
    // The panel remembers its section: leave it on Steps, where the other benches start.
    await page.getByRole('tab', { name: 'Steps' }).click();
    await page.locator('#current-step-title').waitFor();
    return { queries: KEYSTROKE_QUERIES.length, domMs, frameMs, domMedianMs: median(domMs), frameMedianMs: median(frameMs) };
  } finally {
    await page.close();
    await setExtensionStorage(browser);
  }
}
