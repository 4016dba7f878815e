/**
 * Opens an extension page in Chromium's real side panel, the way a user does:
 * a trusted click (CDP input, so it carries a user gesture) on a button whose
 * handler calls chrome.sidePanel.open(). Returns when the page painted its
 * first screen, counted from that click. Playwright does not surface side
 * panel documents as pages, so the browser's CDP session finds and reads it.
 */
import type { CDPSession, Page } from 'playwright-core';
import type { BenchBrowser } from './bench-browser';
import { FIRST_PAINT_PROBE, type FirstPaint } from './bench-first-paint';

export interface SidePanelOpener {
  /** Milliseconds from the click to the first screen's paint, and from the panel's own navigation start. */
  open(path: string): Promise<{ fromClick: number; fromNavigation: number }>;
  close(): Promise<void>;
}

/** The few chrome.* calls made inside the opener page (scripts/ has no extension types). */
declare const chrome: {
  windows: { getCurrent(): Promise<{ id?: number }> };
  sidePanel: {
    open(options: { windowId: number }): Promise<void>;
    setOptions(options: { path?: string; enabled?: boolean }): Promise<void>;
  };
};

interface OpenerGlobals {
  __benchWindowId?: number;
  __benchClickedAt?: number;
}

export async function sidePanelOpener(browser: BenchBrowser): Promise<SidePanelOpener> {
  const opener: Page = await browser.newPage(1000);
  // Any page of the extension has the chrome.* APIs; bare.html has no script of its own.
  await opener.goto(browser.url('bare.html'));
  await opener.evaluate(async () => {
    const self = window as OpenerGlobals;
    self.__benchWindowId = (await chrome.windows.getCurrent()).id;
    const button = document.createElement('button');
    button.id = 'bench-open-panel';
    button.textContent = 'Open the side panel';
    button.addEventListener('click', () => {
      self.__benchClickedAt = performance.timeOrigin + performance.now();
      void chrome.sidePanel.open({ windowId: self.__benchWindowId! });
    });
    document.body.prepend(button);
  });
  const cdp = await browser.context.browser()!.newBrowserCDPSession();

  return {
    async open(path) {
      const before = new Set((await cdp.send('Target.getTargets')).targetInfos.map((target) => target.targetId));
      await opener.evaluate((panelPath) => chrome.sidePanel.setOptions({ path: panelPath, enabled: true }), path);
      await opener.click('#bench-open-panel');
      const clickedAt = await opener.evaluate(() => (window as OpenerGlobals).__benchClickedAt!);
      const target = await waitForNewPage(cdp, before, path);
      const { origin, paint } = await evaluateIn<FirstPaint>(cdp, target, FIRST_PAINT_PROBE);
      // Disabling the panel closes it, so the next open starts from nothing.
      await opener.evaluate(() => chrome.sidePanel.setOptions({ enabled: false }));
      return { fromClick: origin + paint - clickedAt, fromNavigation: paint };
    },
    async close() {
      await cdp.detach();
      await opener.close();
    },
  };
}

async function waitForNewPage(cdp: CDPSession, before: Set<string>, path: string): Promise<string> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const { targetInfos } = await cdp.send('Target.getTargets');
    const fresh = targetInfos.find((t) => t.type === 'page' && !before.has(t.targetId) && t.url.endsWith(`/${path}`));
    if (fresh) return fresh.targetId;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`The side panel did not open ${path} within 10 s.`);
}

/** Runtime.evaluate inside another target, over the browser session (the side panel has no Playwright page). */
async function evaluateIn<T>(cdp: CDPSession, targetId: string, expression: string): Promise<T> {
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: false });
  try {
    const reply = new Promise<T>((resolve, reject) => {
      const onMessage = (event: { sessionId?: string; message: string }) => {
        if (event.sessionId !== sessionId) return;
        const message = JSON.parse(event.message) as { id?: number; result?: { result?: { value?: T }; exceptionDetails?: unknown } };
        if (message.id !== 1) return;
        cdp.off('Target.receivedMessageFromTarget', onMessage);
        if (message.result?.exceptionDetails || message.result?.result?.value === undefined) reject(new Error(`Evaluation failed in the side panel: ${event.message}`));
        else resolve(message.result.result.value);
      };
      cdp.on('Target.receivedMessageFromTarget', onMessage);
    });
    const params = { expression, awaitPromise: true, returnByValue: true };
    await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: 1, method: 'Runtime.evaluate', params }) });
    return await withTimeout(reply, 10_000, 'The side panel never painted its first screen.');
  } finally {
    await cdp.send('Target.detachFromTarget', { sessionId });
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(message)), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
