/**
 * Chromium with the bench's build loaded (started as the e2e runs start it,
 * through browser-tools), and a way to open a fresh extension page.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromiumWithExtension } from '../browser-tools/launch-extension';

export interface BenchBrowser {
  context: BrowserContext;
  url(path: string): string;
  newPage(width?: number): Promise<Page>;
  close(): Promise<void>;
}

export async function launchBenchBrowser(extensionDir: string): Promise<BenchBrowser> {
  const { context, extensionId, close } = await launchChromiumWithExtension(extensionDir, { profilePrefix: 'sidecue-bench-' });
  // tsx (esbuild, keepNames) wraps named functions in __name(); functions
  // handed to the page are serialized with those calls, so give them a no-op.
  await context.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
  return {
    context,
    url: (path) => `chrome-extension://${extensionId}/${path}`,
    async newPage(width = 360) {
      const page = await context.newPage();
      await page.setViewportSize({ width, height: 800 });
      return page;
    },
    close,
  };
}

export const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** What watchClicksAndLongTasks keeps on the page's window. */
export interface ClickAndTaskGlobals {
  /** When the first click after watching began (or after the caller reset it), in page time. */
  __clickedAt?: number;
  /** The longest task seen so far, in ms (0 when none passed 50 ms: the Long Tasks API sees no shorter one). */
  __longest?: number;
}

/** Starts keeping, on the page, the time of the next click and the longest task from now on. */
export async function watchClicksAndLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const self = window as ClickAndTaskGlobals;
    self.__longest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) self.__longest = Math.max(self.__longest ?? 0, entry.duration);
    }).observe({ type: 'longtask' });
    document.addEventListener('click', () => (self.__clickedAt ??= performance.now()), true);
  });
}
