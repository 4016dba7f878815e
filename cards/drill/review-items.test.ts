import { describe, expect, it } from 'vitest';
import { defaultDeck } from '../default-deck';
import { drillDeck } from './drill.fixtures';
import { reviewItems } from './review-items';

describe('review items of a deck', () => {
  it('asks for the strong phrasing, its figure, each step cue and a follow-up’s template shape', () => {
    const items = reviewItems(drillDeck());
    expect(items.map((item) => [item.id, item.prompt, item.answer.join(' / ')])).toEqual([
      ['acme:latency:strong', 'Latency does not matter here.', 'Checkout stays ≤ 120 ms, because conversion drops with every wait.'],
      ['acme:latency:cloze-1', 'Checkout stays ≤ [...], because conversion drops with every wait.', '120 ms'],
      ['acme:own:strong', 'Own the final call', 'I set the constraints and own the trade-off.'],
      ['acme:lens:step-problem', 'Problem', 'Name the user and the pain.'],
      ['acme:lens:step-levers', 'Levers', 'Pick levers tied to a KPI.'],
      ['acme:sale:follow-up-down', 'What if payments go down?', 'Failure / Fallback / Bounded impact'],
    ]);
  });

  it('shows the situation when a phrasing has no weak version, and asks accordingly', () => {
    const own = reviewItems(drillDeck()).find((item) => item.id === 'acme:own:strong')!;
    expect(own.ask).toBe('Say the strong phrasing');
    expect(reviewItems(drillDeck())[0]!.ask).toBe('Say it the strong way');
  });

  it('keeps an item’s id and fingerprint through edits that keep its meaning', () => {
    const before = reviewItems(drillDeck());
    const deck = drillDeck();
    const card = deck.cards[0]!;
    if (card.kind !== 'phrasing') throw new Error('fixture');
    card.title = 'Latency moves conversion';
    card.weak = 'Latency? Not a worry.';
    card.strong = 'checkout stays ≤ 120 ms because conversion drops with every wait';
    const after = reviewItems(deck);
    expect(after[0]!.id).toBe(before[0]!.id);
    expect(after[0]!.fingerprint).toBe(before[0]!.fingerprint);
    expect(after[1]!.fingerprint).toBe(before[1]!.fingerprint);
  });

  it('gives a changed say-line a new fingerprint (the item starts over), and a changed figure too', () => {
    const before = reviewItems(drillDeck());
    const deck = drillDeck();
    const card = deck.cards[0]!;
    if (card.kind !== 'phrasing') throw new Error('fixture');
    card.strong = 'Checkout stays ≤ 200 ms, because conversion drops with every wait.';
    const after = reviewItems(deck);
    expect(after[0]!.fingerprint).not.toBe(before[0]!.fingerprint);
    expect(after[1]!.fingerprint).not.toBe(before[1]!.fingerprint);
    // The other cards' items are untouched.
    expect(after.slice(2)).toEqual(before.slice(2));
  });

  it('files the user’s copy of the shipped deck under the shipped deck’s progress', () => {
    const shipped = reviewItems(defaultDeck);
    const copy = reviewItems({ ...defaultDeck, id: 'default-mine' });
    expect(copy.map((item) => item.id)).toEqual(shipped.map((item) => item.id));
    expect(shipped.length).toBeGreaterThan(20);
    expect(new Set(shipped.map((item) => item.id)).size).toBe(shipped.length);
  });
});
