import { afterEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import type { Card, Deck } from '../schema';
import { stampFields } from '../storage/field-clock';
import { cardKey, syncKey } from '../storage/storage-keys';
import { loadLibrary, saveCardEdit, saveDeck } from '../storage/store';
import { cardRecordSchema, type CardRecord } from '../storage/stored-records';
import { readLostEdits } from '../sync/lost-edits';
import { putBackLostEdit } from '../sync/put-back-lost-edit';
import { cardRecord, note } from '../sync/records.fixtures';
import { createSyncer, type Syncer } from '../sync/sync';

// Issue 18, case 1 across devices: this browser and "the desktop" (another
// browser on the same account, played by writing what it would sync) edit
// one card between two sync rounds.
const base = note('a', 'Check the clock at each step.', 'Pacing');
const deck: Deck = { id: 'acme', name: 'Acme loop', description: '', cards: [base] };
let syncer: Syncer | undefined;
afterEach(() => syncer?.stop());

async function syncedOnce() {
  await saveDeck(deck, { now: 1 });
  syncer = createSyncer({ debounceMs: 60_000, now: () => 1_000 });
  await syncer.start();
  return syncer;
}

/** The desktop's edit of the synced card, as its store would stamp it and its syncer would send it. */
async function desktopEdits(change: Partial<Card>, at: number) {
  const synced = cardRecordSchema.parse((await browser.storage.sync.get(syncKey(cardKey('acme', 'a'))))[syncKey(cardKey('acme', 'a'))]);
  const edited: CardRecord = stampFields(synced, cardRecord({ ...synced.card, ...change } as Card, at, synced.order), at);
  await browser.storage.sync.set({ [syncKey(cardKey('acme', 'a'))]: edited });
}

const cardHere = async () => (await loadLibrary()).decks[0]!.deck.cards[0]!;
const cardInSync = async () =>
  cardRecordSchema.parse((await browser.storage.sync.get(syncKey(cardKey('acme', 'a'))))[syncKey(cardKey('acme', 'a'))]).card;

describe('two devices editing one card between sync rounds', () => {
  it('keeps both edits when they touched different fields, here and in sync', async () => {
    const running = await syncedOnce();
    await saveCardEdit('acme', base, { ...base, title: 'Pacing, revised' }, 1, 10);
    await desktopEdits({ body: 'Look at the clock after every step.' } as Partial<Card>, 20);
    await running.flush();
    expect(await cardHere()).toMatchObject({ title: 'Pacing, revised', body: 'Look at the clock after every step.' });
    expect(await cardInSync()).toMatchObject({ title: 'Pacing, revised', body: 'Look at the clock after every step.' });
    expect(await readLostEdits()).toEqual([]);
  });

  it('keeps the later edit of one field and holds this device’s text until the user puts it back', async () => {
    const running = await syncedOnce();
    await saveCardEdit('acme', base, { ...base, title: 'Laptop title' }, 1, 10);
    await desktopEdits({ title: 'Desktop title' }, 20);
    await running.flush();
    expect((await cardHere()).title).toBe('Desktop title');
    const [lost, ...rest] = await readLostEdits();
    expect(rest).toEqual([]);
    expect(lost).toMatchObject({ deckId: 'acme', cardId: 'a', title: 'Desktop title', field: 'title', replaced: 'Laptop title', by: 'device' });

    await putBackLostEdit(lost!);
    expect((await cardHere()).title).toBe('Laptop title');
    expect(await readLostEdits()).toEqual([]);
    await running.flush();
    expect((await cardInSync()).title).toBe('Laptop title');
  });

  it('refuses to put text back into a card that is gone, and keeps the text', async () => {
    const running = await syncedOnce();
    await saveCardEdit('acme', base, { ...base, title: 'Laptop title' }, 1, 10);
    await desktopEdits({ title: 'Desktop title' }, 20);
    await running.flush();
    const [lost] = await readLostEdits();
    await browser.storage.local.remove(cardKey('acme', 'a'));
    await expect(putBackLostEdit(lost!)).rejects.toThrow('no longer in this deck');
    expect(await readLostEdits()).toHaveLength(1);
  });
});
