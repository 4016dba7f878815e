/**
 * JS heap of the open panel: Chromium's own figure (CDP Performance.getMetrics,
 * JSHeapUsedSize) after a forced garbage collection, once on the first screen
 * and once after every section has been opened (the lazy chunks loaded, the
 * search index built). The bare page's heap is the floor any page pays.
 */
import type { Page } from 'playwright-core';
import type { BenchBrowser } from './bench-browser';

/** A side panel stays open all day beside the board: keep it light (ours; the issue sets none). */
export const HEAP_BUDGET_BYTES = 8 * 1024 * 1024;

export interface HeapResult {
  bareBytes: number;
  firstScreenBytes: number;
  allSectionsBytes: number;
}

async function heapUsed(browser: BenchBrowser, page: Page): Promise<number> {
  const cdp = await browser.context.newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? NaN;
  } finally {
    await cdp.detach();
  }
}

export async function benchHeap(browser: BenchBrowser): Promise<HeapResult> {
  const bare = await browser.newPage();
  await bare.goto(browser.url('bare.html'));
  const bareBytes = await heapUsed(browser, bare);
  await bare.close();

  const page = await browser.newPage();
  try {
    await page.goto(browser.url('sidepanel.html'));
    await page.locator('.app[data-ready]').waitFor();
    await page.locator('#current-step-title').waitFor();
    await page.waitForTimeout(500);
    const firstScreenBytes = await heapUsed(browser, page);
    // Tabs rather than digit keys: a section may focus a text field, which digits would type into.
    const tabs = page.getByRole('tab');
    const count = await tabs.count();
    for (let index = 1; index <= count; index++) {
      await tabs.nth(index % count).click();
      await page.waitForTimeout(300);
    }
    await page.locator('#current-step-title').waitFor();
    const allSectionsBytes = await heapUsed(browser, page);
    return { bareBytes, firstScreenBytes, allSectionsBytes };
  } finally {
    await page.close();
  }
}
