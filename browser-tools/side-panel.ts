/**
 * Chromium's real side panel, opened the way a user opens it: a trusted click
 * (CDP input, so it carries a user gesture) on a button whose handler calls
 * chrome.sidePanel.open(), as the toolbar icon and the lookup shortcut do.
 * Playwright does not surface side panel documents as pages, so the browser's
 * CDP session finds the new document and evaluates in it.
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';

/** The few chrome.* calls made inside the opener page (this folder has no extension types). */
declare const chrome: {
  windows: { getCurrent(): Promise<{ id?: number }> };
  sidePanel: {
    open(options: { windowId: number }): Promise<void>;
    setOptions(options: { path?: string; enabled?: boolean }): Promise<void>;
  };
};

interface OpenerGlobals {
  __openerWindowId?: number;
  __openerClickedAt?: number;
}

export interface OpenedSidePanel {
  /** Epoch ms of the click that opened it. */
  clickedAt: number;
  /** Evaluates an expression (awaiting a promise) in the side panel's document; returns its value. */
  evaluate<T>(expression: string): Promise<T>;
}

export interface SidePanelDriver {
  /** Opens the side panel on `path`, or on the manifest's own page when no path is given. */
  open(path?: string): Promise<OpenedSidePanel>;
  /** Closes it, so the next open starts from nothing. */
  closePanel(): Promise<void>;
  dispose(): Promise<void>;
}

/** `openerUrl`: any page of the extension (it has the chrome.* APIs); it is loaded in a tab of its own. */
export async function sidePanelDriver(context: BrowserContext, openerUrl: string): Promise<SidePanelDriver> {
  const opener: Page = await context.newPage();
  await opener.goto(openerUrl);
  await opener.evaluate(async () => {
    const self = window as OpenerGlobals;
    self.__openerWindowId = (await chrome.windows.getCurrent()).id;
    const button = document.createElement('button');
    button.id = 'open-side-panel';
    button.textContent = 'Open the side panel';
    button.addEventListener('click', () => {
      self.__openerClickedAt = performance.timeOrigin + performance.now();
      void chrome.sidePanel.open({ windowId: self.__openerWindowId! });
    });
    document.body.prepend(button);
  });
  const cdp = await context.browser()!.newBrowserCDPSession();

  return {
    async open(path) {
      const before = new Set((await cdp.send('Target.getTargets')).targetInfos.map((target) => target.targetId));
      await opener.evaluate((panelPath) => chrome.sidePanel.setOptions({ ...(panelPath ? { path: panelPath } : {}), enabled: true }), path);
      await opener.click('#open-side-panel');
      const clickedAt = await opener.evaluate(() => (window as OpenerGlobals).__openerClickedAt!);
      const targetId = await waitForNewDocument(cdp, before);
      return { clickedAt, evaluate: (expression) => evaluateIn(cdp, targetId, expression) };
    },
    async closePanel() {
      // Disabling the panel closes it.
      await opener.evaluate(() => chrome.sidePanel.setOptions({ enabled: false }));
    },
    async dispose() {
      await cdp.detach();
      await opener.close();
    },
  };
}

async function waitForNewDocument(cdp: CDPSession, before: Set<string>): Promise<string> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const { targetInfos } = await cdp.send('Target.getTargets');
    const fresh = targetInfos.find((target) => target.type === 'page' && !before.has(target.targetId) && target.url.startsWith('chrome-extension://'));
    if (fresh) return fresh.targetId;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error('The side panel did not open within 10 s.');
}

/** Runtime.evaluate inside another target, over the browser session. */
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
    return await withTimeout(reply, 10_000, `The side panel did not answer within 10 s: ${expression.slice(0, 80)}`);
  } finally {
    await cdp.send('Target.detachFromTarget', { sessionId });
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(message)), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
