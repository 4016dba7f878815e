import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionSession } from './support/extension';

/**
 * Issue 18 in real Chromium: what the user did survives the browser.
 * Case 2: a deletion made a moment before the browser quits stays deleted
 * after a restart (sync had the card; the syncer never heard of the deletion).
 */

// The extension page's own API, reached inside page.evaluate.
declare const chrome: {
  storage: Record<'local' | 'sync', { get(keys: null): Promise<Record<string, unknown>>; clear(): Promise<void> }>;
};

const rowTitles = (page: Page) =>
  page.locator('.card-row-title').evaluateAll((rows) =>
    rows.map((row) => (row.textContent ?? '').slice(row.querySelector('.card-kind')?.textContent?.length ?? 0).trim()),
  );

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
    let page = await session.openPanel();
    await page.evaluate(async () => {
      await chrome.storage.sync.clear();
      await chrome.storage.local.clear();
    });
    await page.reload();
    await customize(page);

    // An edit (a move) makes the user's copy of the deck; wait until sync holds the card.
    await page.getByRole('button', { name: 'Edit Pacing' }).focus();
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(() => pacingKeys(page, 'sync'), { timeout: 20_000, interval: 500 }).toEqual([
      expect.objectContaining({ isCard: true }),
    ]);

    // Delete, then quit at once: the syncer's few seconds of quiet never pass.
    await page.getByRole('button', { name: 'Delete Pacing' }).click();
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
