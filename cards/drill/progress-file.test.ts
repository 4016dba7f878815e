import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { readDeckFile, writeDeckFile } from '../deck-file/deck-file';
import { resolveImport, planImport } from '../deck-file/import-plan';
import * as store from '../storage/store';
import { StoreError } from '../storage/store-error';
import { drillDeck } from './drill.fixtures';
import { importProgress, progressForExport, progressForImport } from './progress-file';
import { reviewItems } from './review-items';
import { loadReviews, saveReview } from './review-store';
import { gradeItem } from './scheduler';

const T0 = new Date(2026, 0, 5, 9, 0, 0).getTime();

async function drilled() {
  for (const item of reviewItems(drillDeck()).slice(0, 3)) await saveReview(gradeItem(item, undefined, 4, T0, 0.9), T0);
  return progressForExport([drillDeck()], T0);
}

describe('drill progress in the deck file', () => {
  it('goes into the file only when asked, and reads back as it was', async () => {
    const progress = await drilled();
    expect(progress.map((record) => record.item)).toEqual(['acme:latency:strong', 'acme:latency:cloze-1', 'acme:own:strong']);
    expect(JSON.parse(writeDeckFile([drillDeck()]))).not.toHaveProperty('drillProgress');
    const read = readDeckFile(writeDeckFile([drillDeck()], new Date(T0), { progress }));
    expect(read).toEqual({ ok: true, decks: [drillDeck()], progress });
  });

  it('names a broken record in the file in words, and imports nothing', () => {
    const text = JSON.stringify({ format: 'sidecue-deck', version: 3, deck: drillDeck(), drillProgress: [{ v: 1, item: 'acme:own:strong' }] });
    const read = readDeckFile(text);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.error).toMatch(/^This file is not a valid deck: Drill progress 1: its answer is missing/);
  });

  it('follows a deck imported under a new id, and merges with progress already here', async () => {
    const progress = await drilled();
    await store.saveDeck(drillDeck(), { now: 1 });
    // The file's deck is added beside the user's (its id is taken): it gets a new id, the progress follows.
    const file = [drillDeck()];
    const existing = (await store.loadLibrary()).decks;
    const plan = resolveImport(planImport(file, existing, 'Shipped'), [{ type: 'add' }], existing);
    if (!plan.ok) throw new Error(plan.error);
    const newId = plan.steps[0]!.deck.id;
    expect(newId).not.toBe('acme');
    const moved = progressForImport(progress, file, plan.steps);
    expect(moved.map((record) => record.item)).toEqual(progress.map((record) => record.item.replace(/^acme:/, `${newId}:`)));
    expect(await importProgress(moved, T0 + 1)).toBe(3);
    expect([...(await loadReviews(newId, T0 + 1)).keys()]).toHaveLength(3);

    // Imported over the same deck: a later grade here keeps its schedule, the file's grade joins its log.
    const item = reviewItems(drillDeck())[0]!;
    const later = gradeItem(item, (await loadReviews('acme', T0)).get(item.id), 3, T0 + 86_400_000 * 20, 0.9);
    await saveReview(later, T0 + 86_400_000 * 20);
    await importProgress(progress, T0 + 86_400_000 * 21);
    const kept = (await loadReviews('acme', T0)).get(item.id)!;
    expect(kept.due).toBe(later.due);
    expect(kept.log).toEqual(later.log);
  });

  it('refuses the whole progress in words on a full storage, leaving what was stored', async () => {
    const progress = await drilled();
    const before = await browser.storage.local.get(null);
    vi.spyOn(browser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    const error = await importProgress(progress, T0).catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as Error).message).toMatch(/^Storage is full, so the drill progress from this file was not saved/);
    expect(await browser.storage.local.get(null)).toEqual(before);
  });
});
