import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { fromMenu } from './support/menus';
import { launchExtension, type ExtensionSession } from './support/extension';
import { SCREENSHOTS } from './support/paths';

/**
 * Issue 18 in real Chromium: what the user did survives the browser.
 * Case 2: a deletion made a moment before the browser quits stays deleted
 * after a restart (sync had the card; the syncer never heard of the deletion).
 */

// The extension page's own API, reached inside page.evaluate.
declare const chrome: {
  storage: Record<'local' | 'sync', { get(keys: null): Promise<Record<string, unknown>>; clear(): Promise<void> }>;
};

/** The viewport as the user sees it, at 400 and 320 px, light and dark, for a person to judge. */
async function pictures(page: Page, name: string) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const width of [400, 320]) {
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize({ width, height: 700 });
      await page.screenshot({ path: join(SCREENSHOTS, `${name}-${width}-${colorScheme}.png`) });
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

const rowTitles = (page: Page) =>
  page.locator('.card-row-title').evaluateAll((rows) =>
    rows.map((row) => (row.textContent ?? '').slice(row.querySelector('.card-kind')?.textContent?.length ?? 0).trim()),
  );

/** A panel on a profile whose storage, local and sync, has just been emptied. */
async function emptyPanel(session: ExtensionSession): Promise<Page> {
  const page = await session.openPanel();
  await page.evaluate(async () => {
    await chrome.storage.sync.clear();
    await chrome.storage.local.clear();
  });
  await page.reload();
  return page;
}

async function customize(page: Page) {
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.keyboard.press('6');
  await page.getByRole('list', { name: 'Cards' }).waitFor();
}

/** Keys in `area` for the shipped "Pacing" card in the user's copy of the deck. */
const pacingKeys = (page: Page, area: 'local' | 'sync') =>
  page.evaluate(async (which) => {
    const all = await chrome.storage[which].get(null);
    return Object.entries(all)
      .filter(([key]) => /^(sync:)?card:[^:]+:pacing$/.test(key))
      .map(([key, value]) => ({ key, isCard: typeof value === 'object' && value !== null && 'card' in value }));
  }, area);

describe('case 2: deletions stick across a browser restart', () => {
  const profile = mkdtempSync(join(tmpdir(), 'sidecue-restart-'));
  let session: ExtensionSession | undefined;
  afterAll(async () => {
    await session?.close();
    rmSync(profile, { recursive: true, force: true });
  });

  it('a card deleted just before the browser quits is still deleted after it starts again', async () => {
    session = await launchExtension({ userDataDir: profile });
    let page = await emptyPanel(session);
    await customize(page);

    // An edit (a move) makes the user's copy of the deck; wait until sync holds the card.
    await page.getByRole('button', { name: 'Edit Pacing' }).focus();
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(() => pacingKeys(page, 'sync'), { timeout: 20_000, interval: 500 }).toEqual([
      expect.objectContaining({ isCard: true }),
    ]);

    // Delete, then quit at once: the syncer's few seconds of quiet never pass.
    await fromMenu(page, 'Pacing', 'Delete');
    await expect.poll(() => rowTitles(page), { interval: 50 }).not.toContain('Pacing');
    await session.close();

    session = await launchExtension({ userDataDir: profile });
    page = await session.openPanel();
    await customize(page);
    // Give the background time to pull from sync (it does so as it starts).
    await page.waitForTimeout(6_000);
    expect(await rowTitles(page)).not.toContain('Pacing');
    expect((await pacingKeys(page, 'local')).filter((entry) => entry.isCard)).toEqual([]);
    // And the deletion has reached sync, so other browsers drop the card too.
    await expect.poll(() => pacingKeys(page, 'sync'), { timeout: 20_000, interval: 500 }).toEqual([]);
  });
});

/** The user's copy of the shipped deck as stored: its live records (not deletions) here, and its deck record in sync. */
const copyState = (page: Page) =>
  page.evaluate(async () => {
    const local = await chrome.storage.local.get(null);
    const sync = await chrome.storage.sync.get(null);
    const live = Object.entries(local).filter(
      ([key, value]) => /^(deck|card):default-mine(:|$)/.test(key) && typeof value === 'object' && value !== null && !('deletedAt' in value),
    );
    return {
      liveCards: live.filter(([key]) => key.startsWith('card:')).length,
      deckHere: live.some(([key]) => key === 'deck:default-mine'),
      deckInSync: 'sync:deck:default-mine' in sync,
      deletionInSync: 'sync:gone:deck:default-mine' in sync,
    };
  });

describe('a new copy of the shipped deck after the old one was deleted', () => {
  let session: ExtensionSession | undefined;
  afterAll(() => session?.close());

  it('keeps every card of the new copy once sync has run, though the old copy’s deletion is still in sync', async () => {
    session = await launchExtension();
    const page = await emptyPanel(session);
    await customize(page);
    const shipped = (await rowTitles(page)).length;
    const menuButton = page.getByRole('button', { name: /^Deck: / });

    // An edit (a move) makes the user's copy; sync gets it.
    await page.getByRole('button', { name: 'Edit Pacing' }).focus();
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(async () => (await copyState(page)).deckInSync, { timeout: 20_000, interval: 500 }).toBe(true);

    // The user deletes the copy from the header's menu; the deletion reaches sync.
    await menuButton.click();
    await page.getByRole('menuitem', { name: /^Delete this deck/ }).click();
    await expect.poll(async () => (await copyState(page)).deletionInSync, { timeout: 20_000, interval: 500 }).toBe(true);
    expect(await copyState(page)).toMatchObject({ liveCards: 0, deckHere: false });

    // Later, an edit to the shipped deck makes a new copy under the same keys.
    await page.getByRole('button', { name: 'Edit Pacing' }).focus();
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(async () => (await copyState(page)).deckInSync, { timeout: 20_000, interval: 500 }).toBe(true);
    // A few more seconds: rounds that might take it back have run.
    await page.waitForTimeout(4_000);
    expect(await copyState(page)).toMatchObject({ liveCards: shipped, deckHere: true, deckInSync: true });
    expect(await rowTitles(page)).toHaveLength(shipped);
    expect(session.consoleErrors).toEqual([]);
  });
});

describe('case 4: a rehearsal on a full storage', () => {
  let session: ExtensionSession | undefined;
  afterAll(() => session?.close());

  it('says at once that the run cannot be saved, keeps it on screen, and saves it once there is room', async () => {
    session = await launchExtension();
    const page = await emptyPanel(session);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.keyboard.press('4');
    await page.getByRole('heading', { name: 'Rehearse', level: 2 }).waitFor();

    // Fill storage.local from the page until it refuses even a small write.
    const filled = await page.evaluate(async () => {
      const local = chrome.storage.local as unknown as { set(items: object): Promise<void> };
      let count = 0;
      for (const size of [1_000_000, 100_000, 10_000, 1_000, 100]) {
        const block = 'x'.repeat(size);
        for (;;) {
          try {
            await local.set({ [`filler-${count}`]: block });
            count += 1;
          } catch {
            break;
          }
        }
      }
      return count;
    });
    expect(filled).toBeGreaterThan(0);

    await page.getByRole('button', { name: 'Start rehearsal' }).click();
    const problem = page.getByRole('alert').filter({ hasText: 'Storage is full' });
    await problem.waitFor({ timeout: 5_000 });
    expect(await problem.textContent()).toMatch(/this rehearsal was not saved.*kept in this panel/);
    // The run is still on screen, in memory.
    const step = page.getByRole('checkbox', { name: '1 · Problem definition' });
    await step.check();

    // Room again: the next change lands, and the warning leaves.
    await page.evaluate(async (count) => {
      const local = chrome.storage.local as unknown as { remove(keys: string[]): Promise<void> };
      await local.remove(Array.from({ length: count }, (_, index) => `filler-${index}`));
    }, filled);
    await page.getByRole('checkbox', { name: '2 · Constraint articulation' }).check();
    await expect.poll(() => problem.count()).toBe(0);
    const stored = await page.evaluate(async () => (await chrome.storage.local.get(null))['rehearsalSession']);
    expect(stored).toMatchObject({ stepsDone: expect.objectContaining({ problem: expect.any(Number) }) });
  });
});

describe('case 1: two windows, one card', () => {
  let session: ExtensionSession | undefined;
  let windows: { a: Page; b: Page } | undefined;
  afterAll(() => session?.close());

  const storedPacing = (page: Page) =>
    page.evaluate(async () => {
      const all = await chrome.storage.local.get(null);
      const entry = Object.entries(all).find(([key]) => /^card:[^:]+:pacing$/.test(key));
      return (entry?.[1] as { card?: { title: string; body: string } } | undefined)?.card;
    });

  it('A changes the title and B the body within half a second: both survive', async () => {
    session = await launchExtension();
    const a = await emptyPanel(session);
    await customize(a);
    // The user's copy of the shipped deck, so both windows edit the same stored card.
    await a.getByRole('button', { name: 'Edit Pacing' }).focus();
    await a.keyboard.press('Alt+ArrowUp');
    await expect.poll(() => storedPacing(a)).toMatchObject({ title: 'Pacing' });

    const b = await session.openPanel();
    await customize(b);
    await a.getByRole('button', { name: 'Edit Pacing' }).click();
    await b.getByRole('button', { name: 'Edit Pacing' }).click();
    await a.getByLabel('Title').fill('Pacing, from window A');
    await b.getByLabel('Body').fill('Body from window B');

    await expect.poll(() => storedPacing(a), { timeout: 10_000 }).toMatchObject({
      title: 'Pacing, from window A',
      body: 'Body from window B',
    });
    // Nothing later takes either back.
    await a.waitForTimeout(1_500);
    expect(await storedPacing(b)).toMatchObject({ title: 'Pacing, from window A', body: 'Body from window B' });
    windows = { a, b };
  });

  it('both change the title at once: the later save is kept, and the other text waits in both windows to be put back', async () => {
    const { a, b } = windows!;
    // Typed in both windows before either autosaves: each save starts from the title as it was.
    await a.getByLabel('Title').fill('Pacing, title from A');
    await b.getByLabel('Title').fill('Pacing, title from B');
    const notices = [a, b].map((page) => page.getByRole('region', { name: 'An edit replaced by another window' }));
    for (const notice of notices) await notice.waitFor({ timeout: 10_000 });
    const kept = (await storedPacing(a))!.title;
    const other = kept === 'Pacing, title from A' ? 'Pacing, title from B' : 'Pacing, title from A';
    expect(kept).toMatch(/^Pacing, title from [AB]$/);
    for (const notice of notices) expect(await notice.textContent()).toContain(`The other was “${other}”`);
    await pictures(a, 'nothing-lost-other-window-text');

    for (const page of [a, b]) await page.getByRole('button', { name: 'Done' }).first().click();
    await a.getByRole('button', { name: 'Use the other' }).click();
    await expect.poll(() => storedPacing(a)).toMatchObject({ title: other, body: 'Body from window B' });
    // Answered in one window, the notice leaves both.
    for (const page of [a, b]) await expect.poll(() => page.getByTestId('lost-edit').count()).toBe(0);
  });
});

describe('case 3: two windows score one rehearsal', () => {
  let session: ExtensionSession | undefined;
  afterAll(() => session?.close());

  const scoreIn = async (page: Page, values: [string, string, string]) => {
    await page.getByRole('group', { name: 'Impact awareness' }).getByLabel(values[0]).check();
    await page.getByRole('group', { name: 'Feasibility reasoning' }).getByLabel(values[1]).check();
    await page.getByRole('group', { name: 'Trade-off rigor' }).getByLabel(values[2]).check();
  };

  it("A saves while B is still typing a note: B's note stays, and B's save keeps both windows' words", async () => {
    session = await launchExtension();
    const a = await session.openPanel();
    const now = Date.now();
    // One ended run, shared by every window through storage, as "End and score" leaves it.
    await a.evaluate(async (at) => {
      await chrome.storage.sync.clear();
      await chrome.storage.local.clear();
      const local = chrome.storage.local as unknown as { set(items: object): Promise<void> };
      await local.set({
        panelView: { section: 'rehearse', glance: false },
        rehearsalSession: {
          id: 'rtwo',
          deckId: 'default',
          promptId: 'free',
          promptTitle: 'Free practice',
          question: 'Design any system you like, out loud.',
          timer: { startedAt: at - 120_000, lengthMs: 35 * 60_000, pausedMs: 0, pausedAt: null, endedAt: at },
          steps: [{ id: 'problem', title: '1 · Problem definition' }],
          checkpoints: [],
          stepsDone: {},
          asked: [],
          sound: false,
        },
      });
    }, now);
    await a.reload();
    const b = await session.openPanel();
    for (const page of [a, b]) await page.getByRole('heading', { name: 'Score this rehearsal' }).waitFor();

    await b.getByLabel('Note (optional)').fill('B is still typing');
    await scoreIn(a, ['4', '3', '2']);
    await a.getByLabel('Note (optional)').fill('From A');
    await a.getByRole('button', { name: 'Save to history' }).click();
    await a.getByRole('list', { name: 'Past rehearsals, newest first' }).waitFor();

    // B's half-typed note is still in B's form, and B is told why the form stayed.
    await b.getByText('Another window has saved or put away this rehearsal').waitFor();
    expect(await b.getByLabel('Note (optional)').inputValue()).toBe('B is still typing');
    await pictures(b, 'nothing-lost-score-kept');

    await scoreIn(b, ['5', '3', '2']);
    await b.getByRole('button', { name: 'Save to history' }).click();
    const notice = b.getByRole('status').filter({ hasText: /^Saved\. Another window scored this rehearsal/ });
    await notice.waitFor();
    expect(await notice.textContent()).toContain('impact awareness was 4; the note was “From A”');
    await pictures(b, 'nothing-lost-score-notice');
    const stored = await b.evaluate(async () => (await chrome.storage.local.get(null))['rehearsal:rtwo']);
    expect(stored).toMatchObject({ scores: { impact: 5, feasibility: 3, tradeoff: 2 }, note: 'B is still typing' });
    // One record for the run, shown once in both windows.
    await expect.poll(() => a.getByTestId('rehearsal-row').count()).toBe(1);
    expect(await b.getByTestId('rehearsal-row').count()).toBe(1);
  });
});

describe('case 5: typing just before the panel reloads', () => {
  let session: ExtensionSession | undefined;
  afterAll(() => session?.close());

  it('a title typed a moment before a reload is saved when the panel opens again, in the user’s copy of the deck', async () => {
    session = await launchExtension();
    const page = await emptyPanel(session);
    await customize(page);
    // The shipped deck: this first save also makes the user's copy, several storage calls the reload would cut short.
    await page.getByRole('button', { name: 'Edit Pacing' }).click();
    await page.getByLabel('Title').fill('Pacing, typed as it closed');
    await page.reload();

    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('status').filter({ hasText: 'Saved your last edit to “Pacing, typed as it closed”' }).waitFor({ state: 'attached', timeout: 10_000 });
    const stored = await page.evaluate(async () => {
      const all = await chrome.storage.local.get(null);
      return {
        titles: Object.entries(all)
          .filter(([key]) => /^card:[^:]+:pacing$/.test(key))
          .map(([, value]) => (value as { card: { title: string } }).card.title),
        kept: Object.keys(all).filter((key) => key.startsWith('pendingEdit:')),
      };
    });
    expect(stored).toEqual({ titles: ['Pacing, typed as it closed'], kept: [] });
    await customize(page);
    expect(await rowTitles(page)).toContain('Pacing, typed as it closed');
  });
});

describe('two windows: Edit opens in the window it was chosen in', () => {
  let session: ExtensionSession | undefined;
  afterAll(() => session?.close());

  it('opens the phrasing in that window’s editor, though the other has Customize loaded, and stores no request', async () => {
    session = await launchExtension();
    const a = await emptyPanel(session);
    // Window A has opened Customize once, so it would show it at once when the view changes.
    await customize(a);
    await a.keyboard.press('1');

    const b = await session.openPanel();
    await b.keyboard.press('3');
    const first = b.locator('.phrasing').first();
    await first.waitFor();
    const title = (await first.locator('.phrasing-title').textContent()) ?? '';
    await first.getByRole('button', { name: `More actions for ${title}` }).click();
    await b.getByRole('menuitem', { name: 'Edit phrasing' }).click();
    await expect.poll(() => b.getByLabel('Title', { exact: true }).inputValue()).toBe(title);

    // A follows to Customize (the section is shared) but opens no editor of its own.
    await a.getByRole('list', { name: 'Cards' }).waitFor();
    await a.waitForTimeout(500);
    expect(await a.getByLabel('Title', { exact: true }).count()).toBe(0);
    const stored = await b.evaluate(async () => (await chrome.storage.local.get(null))['panelView']);
    expect(stored).toMatchObject({ section: 'customize' });
    expect(stored).not.toHaveProperty('editCardId');
  });
});

describe('two windows, one decision matrix', () => {
  let session: ExtensionSession | undefined;
  afterAll(() => session?.close());

  const storedKpis = (page: Page) =>
    page.evaluate(async () => {
      const all = await chrome.storage.local.get(null);
      const entry = Object.entries(all).find(([key, value]) => key.startsWith('card:') && (value as { card?: { kind?: string } }).card?.kind === 'matrix');
      return (entry?.[1] as { card: { rows: { kpi: string }[] } } | undefined)?.card.rows.map((row) => row.kpi);
    });

  it('A edits one row and B another at the same moment: both rows keep their words, in storage and on both screens', async () => {
    session = await launchExtension();
    const a = await emptyPanel(session);
    const b = await session.openPanel();
    for (const page of [a, b]) {
      await page.keyboard.press('5');
      await page.getByRole('textbox', { name: 'KPI it moves' }).first().waitFor();
    }
    await a.getByRole('textbox', { name: 'KPI it moves' }).nth(1).fill('Row 2, typed in A');
    await b.getByRole('textbox', { name: 'KPI it moves' }).nth(2).fill('Row 3, typed in B');
    await expect.poll(() => storedKpis(a), { timeout: 10_000 }).toEqual(expect.arrayContaining(['Row 2, typed in A', 'Row 3, typed in B']));
    for (const page of [a, b]) {
      await expect.poll(() => page.getByRole('textbox', { name: 'KPI it moves' }).nth(1).inputValue()).toBe('Row 2, typed in A');
      await expect.poll(() => page.getByRole('textbox', { name: 'KPI it moves' }).nth(2).inputValue()).toBe('Row 3, typed in B');
    }
    expect(await a.getByTestId('lost-edit').count()).toBe(0);
  });
});
