import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionSession } from './support/extension';

type Area = { get(keys: null | string): Promise<Record<string, unknown>>; set(items: object): Promise<void> };
type Chrome = { storage: { local: Area; sync: Area } };

describe('browser sync in real Chromium', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchExtension();
  });
  afterAll(() => session?.close());

  it('mirrors a saved deck into sync storage and reports it synced', async () => {
    const page = await session.openPanel();
    await page.evaluate(async () => {
      const chrome = (globalThis as unknown as { chrome: Chrome }).chrome;
      const now = Date.now();
      await chrome.storage.local.set({
        'deck:acme': { v: 1, id: 'acme', name: 'Acme loop', description: '', createdAt: now, updatedAt: now },
        'card:acme:hello': {
          v: 1,
          order: 1,
          updatedAt: now,
          card: { kind: 'phrasing', id: 'hello', title: 'Hello', tags: [], strong: 'Say hello', why: '' },
        },
      });
    });
    // The background debounces writes for a few seconds before one batch.
    await expect
      .poll(
        () =>
          page.evaluate(async () => {
            const chrome = (globalThis as unknown as { chrome: Chrome }).chrome;
            return Object.keys(await chrome.storage.sync.get(null)).sort();
          }),
        { timeout: 20_000, interval: 500 },
      )
      .toEqual(expect.arrayContaining(['sync:card:acme:hello', 'sync:deck:acme']));
    const status = await page.evaluate(async () => {
      const chrome = (globalThis as unknown as { chrome: Chrome }).chrome;
      return (await chrome.storage.local.get('sync-status'))['sync-status'];
    });
    expect(status).toMatchObject({ state: 'synced' });
  });
});
