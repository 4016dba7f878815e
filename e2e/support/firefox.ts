import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { inject } from 'vitest';
import { SCREENSHOTS } from './paths';

export interface FirefoxSession {
  browser: Browser;
  /** The panel page, opened in a tab by the test build's background. */
  panel: Page;
  /** Errors the panel page threw or logged. */
  errors: string[];
  close(): Promise<void>;
}

/** Debian's firefox-esr, headless, with the test build installed over WebDriver BiDi (PLATFORM.md's recipe). */
export async function launchFirefox(): Promise<FirefoxSession> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: inject('firefoxPath'),
    headless: true,
    defaultViewport: { width: 360, height: 800 },
  });
  try {
    await browser.installExtension(inject('firefoxExtensionDir'));
    const panel = await findPanel(browser);
    // The background opened this tab, so the launch's default viewport does not apply: make it panel-sized.
    await panel.setViewport({ width: 360, height: 800 });
    const errors: string[] = [];
    panel.on('pageerror', (error) => errors.push(error instanceof Error ? error.message : String(error)));
    panel.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await panel.waitForSelector('.app[data-ready]');
    return { browser, panel, errors, close: () => browser.close() };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/** The tab whose document is the panel (its url() reads about:blank under BiDi; evaluate tells the truth). */
async function findPanel(browser: Browser, timeoutMs = 30_000): Promise<Page> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const page of await browser.pages()) {
      const href = await page.evaluate(() => location.href).catch(() => '');
      if (href.startsWith('moz-extension://') && href.endsWith('/sidepanel.html')) return page;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('The panel tab never opened: is this the --mode e2e build?');
}

/** Reloads the panel in place (BiDi will not navigate to moz-extension://, but the page may reload itself). */
export async function reloadPanel(panel: Page) {
  await panel.evaluate(() => {
    document.documentElement.dataset.reloading = 'yes';
    location.reload();
  });
  await panel.waitForFunction(() => !document.documentElement.dataset.reloading && document.querySelector('.app[data-ready]'));
}

/** The text of the first element matching `selector`, or '' when there is none. */
export const textOf = (page: Page, selector: string) =>
  page.evaluate((s) => document.querySelector(s)?.textContent ?? '', selector);

/** Clicks the button whose accessible name (aria-label or text) is exactly `name`. */
export async function clickButton(page: Page, name: string) {
  const clicked = await page.evaluate((wanted) => {
    const button = [...document.querySelectorAll<HTMLElement>('button, [role="tab"]')].find(
      (element) => (element.getAttribute('aria-label') ?? element.textContent ?? '').trim() === wanted,
    );
    if (!button) return false;
    button.dataset.ffTarget = 'yes';
    return true;
  }, name);
  if (!clicked) throw new Error(`No button named “${name}”`);
  await page.click('[data-ff-target="yes"]');
  await page.evaluate(() => document.querySelector<HTMLElement>('[data-ff-target]')?.removeAttribute('data-ff-target'));
}

/** A CSS selector for the form control labelled exactly `label`. */
export async function fieldLabelled(page: Page, label: string): Promise<string> {
  const found = await page.evaluate((wanted) => {
    const element = [...document.querySelectorAll('label')].find((entry) => entry.textContent?.trim() === wanted)?.control;
    if (!element) return false;
    element.setAttribute('data-ff-field', wanted);
    return true;
  }, label);
  if (!found) throw new Error(`No field labelled “${label}”`);
  return `[data-ff-field="${label}"]`;
}

export async function snapFirefox(page: Page, name: string) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) as `${string}.png` });
}

/** Polls `read` until `accept` holds (or throws with the last value after `timeoutMs`). */
export async function until<T>(read: () => Promise<T>, accept: (value: T) => boolean, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T = await read();
  while (!accept(last)) {
    if (Date.now() > deadline) throw new Error(`${what}: still ${JSON.stringify(last)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    last = await read();
  }
  return last;
}
