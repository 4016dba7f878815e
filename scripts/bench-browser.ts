/**
 * Debian's Chromium with the bench's build loaded (PLATFORM.md's recipe, the
 * same flags as the e2e runs), and a way to open a fresh extension page.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
// @ts-expect-error plain ESM script without types
import { findBrowser } from '../browser-tools/find-browser.mjs';
import { chromiumArgs } from '../browser-tools/chromium-args';

export interface BenchBrowser {
  context: BrowserContext;
  url(path: string): string;
  newPage(width?: number): Promise<Page>;
  close(): Promise<void>;
}

export async function launchBenchBrowser(extensionDir: string): Promise<BenchBrowser> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'sidecue-bench-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findBrowser('chromium') as string,
    headless: false,
    args: chromiumArgs(extensionDir),
  });
  // tsx (esbuild, keepNames) wraps named functions in __name(); functions
  // handed to the page are serialized with those calls, so give them a no-op.
  await context.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    url: (path) => `chrome-extension://${extensionId}/${path}`,
    async newPage(width = 360) {
      const page = await context.newPage();
      await page.setViewportSize({ width, height: 800 });
      return page;
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
