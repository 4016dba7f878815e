import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionSession } from './support/extension';

/**
 * The first screen kept from one open to the next
 * (components/shell/first-screen-replay.ts): shown by the page's head script
 * the moment storage answers, then adopted by React as its own elements.
 * What these journeys guard: it is the user's current screen, never an older
 * one; React takes it over without drawing it again or moving it; the keys
 * work once it is live; card text stays text.
 */

declare const chrome: {
  storage: { local: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> } };
};

const SNAPSHOT = 'firstScreenSnapshot';
const PWN = 'window.__pwned=1';

interface OpenLog {
  /** Each time a child of #root was added: whether it came in inert (the kept picture) or not (drawn by React). */
  added: boolean[];
  shift: number;
  warnings: string[];
}

/** Opens the panel in a fresh page that logs how its first screen arrived. */
async function openLogged(session: ExtensionSession): Promise<{ page: Page; log: () => Promise<OpenLog> }> {
  const page = await session.context.newPage();
  const warnings: string[] = [];
  page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
  await page.setViewportSize({ width: 360, height: 800 });
  await page.addInitScript(() => {
    const log = { added: [] as boolean[], shift: 0 };
    (globalThis as { __open?: typeof log }).__open = log;
    new MutationObserver((mutations) => {
      for (const mutation of mutations) {
        if ((mutation.target as Element).id !== 'root') continue;
        for (const node of mutation.addedNodes) if (node instanceof Element) log.added.push((mutation.target as Element).hasAttribute('inert'));
      }
    }).observe(document, { childList: true, subtree: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) log.shift += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(`chrome-extension://${session.extensionId}/sidepanel.html`);
  await page.locator('.app[data-ready]').waitFor();
  const log = async () => ({ ...(await page.evaluate(() => (globalThis as unknown as { __open: Omit<OpenLog, 'warnings'> }).__open)), warnings });
  return { page, log };
}

/**
 * Whether the open panel has kept its own first screen for the next open
 * (written when the page is idle): the stored picture's key is the one this
 * page's head read. An open that saw storage change under its reads keeps
 * none (the first after the browser starts may: the background writes its
 * own state then).
 */
async function keptOwnScreen(page: Page): Promise<boolean> {
  const same = () =>
    page.evaluate(async (name) => {
      const own = (globalThis as Record<symbol, { handoff?: { key?: { key: string } } } | undefined>)[Symbol.for('sidecue.firstScreenSettings')];
      const stored = (await chrome.storage.local.get(name))[name] as { key?: string } | undefined;
      return own?.handoff?.key !== undefined && stored?.key === own.handoff.key.key;
    }, SNAPSHOT);
  return expect.poll(same, { timeout: 3_000 }).toBe(true).then(
    () => true,
    () => false,
  );
}

/** Opens the panel until an open keeps its first screen (a few tries at most), then closes it. */
async function openUntilKept(session: ExtensionSession): Promise<void> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const { page } = await openLogged(session);
    const kept = await keptOwnScreen(page);
    await page.close();
    if (kept) return;
  }
  throw new Error('No open kept its first screen');
}

describe('the first screen kept from the last open', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchExtension();
  });
  afterAll(() => session?.close());

  it('shows at once on the next open, is adopted by React as it is, and answers the keys once live', async () => {
    await openUntilKept(session);

    const second = await openLogged(session);
    const title = second.page.locator('#current-step-title');
    expect(await title.textContent()).toContain('Problem definition');
    const log = await second.log();
    // One element ever added to #root: the kept picture, inert, which React adopted (drawing anew would add another).
    expect(log.added).toEqual([true]);
    expect(await second.page.locator('#root[inert]').count()).toBe(0);
    expect(log.shift).toBe(0);
    expect(log.warnings.filter((text) => text.includes('Sidecue'))).toEqual([]);
    // Live: focus rests on the section, and the keys and clicks answer.
    expect(await second.page.evaluate(() => document.activeElement?.id)).toBe('panel-steps');
    await second.page.keyboard.press('j');
    await expect.poll(() => title.textContent()).toContain('Constraint articulation');
    await second.page.getByRole('tab', { name: 'Phrasings' }).click();
    await second.page.locator('#phrasing-search').waitFor();
    await second.page.close();
    expect(session.consoleErrors).toEqual([]);
  });

  it('is never shown once what the Steps screen shows has changed: the panel draws the new one, and keeps that', async () => {
    const first = await openLogged(session);
    // Another step, as the user left it: the view is part of what the screen is drawn from.
    await first.page.keyboard.press('1');
    await first.page.getByRole('button', { name: /Leverage identification/ }).first().click();
    await expect.poll(() => first.page.locator('#current-step-title').textContent()).toContain('Leverage identification');
    await first.page.close();

    const second = await openLogged(session);
    expect(await second.page.locator('#current-step-title').textContent()).toContain('Leverage identification');
    expect((await second.log()).added).toEqual([false]);
    expect(await keptOwnScreen(second.page)).toBe(true);
    await second.page.close();

    const third = await openLogged(session);
    expect(await third.page.locator('#current-step-title').textContent()).toContain('Leverage identification');
    expect((await third.log()).added).toEqual([true]);
    await third.page.close();
  });

  it("keeps a deck's own text as text: a step titled with markup shows the markup, and nothing runs", async () => {
    const page = await session.openPanel();
    const now = Date.now();
    const markup = `<img src=x onerror="${PWN}"> Scope <b>it</b>`;
    await page.evaluate(
      async ({ markup, now }) =>
        chrome.storage.local.set({
          activeDeckId: 'mine',
          'deck:mine': { v: 1, id: 'mine', name: 'Mine <script>x</script>', description: '', createdAt: now, updatedAt: now },
          'card:mine:steps': {
            v: 1,
            order: 1,
            updatedAt: now,
            card: { kind: 'steps', id: 'steps', title: 'Steps', tags: [], steps: [{ id: 's1', title: markup, cue: markup, prompts: [markup], example: markup }] },
          },
          // Back on the first step, so the deck's own step shows.
          panelView: { section: 'steps', glance: false },
        }),
      { markup, now },
    );
    await page.close();
    await openUntilKept(session);
    const open = await openLogged(session);
    expect((await open.log()).added).toEqual([true]);
    expect(await open.page.locator('#current-step-title').textContent()).toBe(markup);
    expect(await open.page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await open.page.locator('#root img[src="x"], #root b, #root script').count()).toBe(0);
    await open.page.close();
    expect(session.consoleErrors).toEqual([]);
  });
});
