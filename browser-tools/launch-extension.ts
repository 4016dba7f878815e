/**
 * Debian's Chromium with one unpacked extension loaded, in a fresh profile
 * that is deleted on close (PLATFORM.md's recipe). The end-to-end tests and
 * the benchmarks both start Chromium this way; what each adds on top (console
 * watching, screenshots, timing) stays with them.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { chromiumArgs } from './chromium-args.mjs';
import { findBrowser } from './find-browser.mjs';

export interface ChromiumWithExtension {
  context: BrowserContext;
  /** The host of the extension's service worker URL: pages are chrome-extension://ID/… */
  extensionId: string;
  /** Closes the browser and deletes its profile. */
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** The browser to run; found with findBrowser('chromium') when not given. */
  executablePath?: string;
  /** Names the temporary profile folder, so a leftover one says who left it. */
  profilePrefix?: string;
  /** Runs on this profile and leaves it in place on close, so a test can quit and start the browser again on it. */
  userDataDir?: string;
}

export async function launchChromiumWithExtension(extensionDir: string, options: LaunchOptions = {}): Promise<ChromiumWithExtension> {
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), options.profilePrefix ?? 'sidecue-chromium-'));
  const removeProfile = () => {
    if (!options.userDataDir) rmSync(userDataDir, { recursive: true, force: true });
  };
  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: options.executablePath ?? findBrowser('chromium'),
      // Headless through the flag (--headless=new, PLATFORM.md's recipe), the mode that loads extensions.
      headless: false,
      args: chromiumArgs(extensionDir),
    });
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const launched = context;
    return {
      context: launched,
      extensionId: new URL(worker.url()).host,
      async close() {
        await launched.close();
        removeProfile();
      },
    };
  } catch (error) {
    await context?.close();
    removeProfile();
    throw error;
  }
}
