import { describe, expect, it } from 'vitest';
import type { Card } from '../schema';
import { conflictNotice } from '../storage/conflict-notice';
import { DELETED_ELSEWHERE } from '../storage/merge-card';
import * as store from '../storage/store';

/**
 * Issue 18, case 1 (the store's half): two windows edit one card from the
 * same starting point. Edits to different fields both survive; an edit to
 * the same field keeps the later one and hands the other text back.
 */

const note = (body: string, title = 'Pacing'): Card => ({ kind: 'note', id: 'pacing', title, tags: [], body, points: [] });

async function twoWindowsOn(card: Card) {
  await store.saveDeck({ id: 'acme', name: 'Acme loop', description: '', cards: [card] }, { now: 1 });
  const [deck] = (await store.loadLibrary()).decks;
  return deck!.deck.cards[0]!;
}

const storedCard = async () => (await store.loadLibrary()).decks[0]!.deck.cards[0]!;

describe('case 1: two windows, one card', () => {
  it('window A changes the title, window B the body, from the same card: both survive', async () => {
    const base = await twoWindowsOn(note('Early. Often.'));
    expect(await store.saveCardEdit('acme', base, { ...base, title: 'Pacing, revised' }, 1, 10)).toEqual([]);
    expect(await store.saveCardEdit('acme', base, { ...base, body: 'Check the clock at each step.' } as Card, 1, 11)).toEqual([]);
    expect(await storedCard()).toMatchObject({ title: 'Pacing, revised', body: 'Check the clock at each step.' });
  });

  it('minutes apart: B clears a field, A edits another, B types a title; A’s body stays', async () => {
    const base = await twoWindowsOn(note('Early. Often.'));
    const b1 = { ...base, tags: ['timing'] };
    await store.saveCardEdit('acme', base, b1, 1, 10);
    await store.saveCardEdit('acme', base, { ...base, body: 'A’s new body' } as Card, 1, 11);
    // B carries on from what it last saved, unaware of A.
    await store.saveCardEdit('acme', b1, { ...b1, title: 'B’s title' }, 1, 12);
    expect(await storedCard()).toMatchObject({ title: 'B’s title', body: 'A’s new body', tags: ['timing'] });
  });

  it('both change the same field: the later save is kept, and the other text is handed back in the result', async () => {
    const base = await twoWindowsOn(note('Early. Often.'));
    await store.saveCardEdit('acme', base, { ...base, body: 'A wrote this' } as Card, 1, 10);
    const conflicts = await store.saveCardEdit('acme', base, { ...base, body: 'B wrote this' } as Card, 1, 11);
    expect(conflicts).toEqual([{ field: 'body', theirs: 'A wrote this' }]);
    expect(await storedCard()).toMatchObject({ body: 'B wrote this' });
  });

  it('a save made while the card was deleted elsewhere brings it back whole, never a broken record, and says so', async () => {
    const base = await twoWindowsOn(note('Early. Often.'));
    await store.deleteCard('acme', 'pacing');
    const conflicts = await store.saveCardEdit('acme', base, { ...base, title: 'Kept' }, 1, 20);
    expect(conflicts).toEqual([{ field: DELETED_ELSEWHERE, theirs: undefined }]);
    expect(conflictNotice(conflicts)).toMatch(/^Saved\. Another window deleted this card while you were editing it; your edit brought it back\./);
    expect(await storedCard()).toMatchObject({ title: 'Kept', body: 'Early. Often.' });
    expect((await store.loadLibrary()).quarantined).toEqual([]);
  });
});

describe('case 1: the conflict, in words', () => {
  it('names the field and gives the other window’s text back', async () => {
    expect(conflictNotice([])).toBeUndefined();
    expect(conflictNotice([{ field: 'body', theirs: 'A wrote this' }])).toBe(
      'Saved. Another window changed this card at the same time and your version was kept; there, its text was “A wrote this”. Its text waits at the top of the panel if you want it back.',
    );
  });
});
