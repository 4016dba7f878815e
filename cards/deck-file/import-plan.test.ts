import { describe, expect, it } from 'vitest';
import { planImport, resolveImport, suggestedChoice } from './import-plan';
import type { Deck } from '../schema';
import type { UserDeck } from '../storage/store';

const deck = (id: string, name = id, cards = 1): Deck => ({
  id,
  name,
  description: '',
  cards: Array.from({ length: cards }, (_, index) => ({
    kind: 'note' as const,
    id: `n${index}`,
    title: `Note ${index}`,
    tags: [],
    body: '',
    points: [],
  })),
});

const mine = (id: string, name = id): UserDeck => ({
  meta: { v: 1, id, name, description: '', createdAt: 1, updatedAt: 1 },
  deck: deck(id, name),
  order: { n0: 1 },
});

describe('planning an import', () => {
  const existing = [mine('acme', 'Acme loop')];

  it('lists each deck with its card count and the deck of yours it looks like (same id or name)', () => {
    const items = planImport([deck('acme', 'Acme v2', 3), deck('globex'), deck('default')], existing, 'Shipped');
    expect(items.map((item) => [item.deck.name, item.cardCount, item.conflict?.name])).toEqual([
      ['Acme v2', 3, 'Acme loop'],
      ['globex', 1, undefined],
      ['default', 1, 'Shipped'],
    ]);
    expect(items[2]!.conflict?.shipped).toBe(true);
    const byName = planImport([deck('elsewhere', 'acme LOOP')], existing, 'Shipped');
    expect(byName[0]!.conflict).toMatchObject({ id: 'acme', sameName: true });
  });

  it('suggests adding, never replacing a deck for the user', () => {
    const items = planImport([deck('acme'), deck('default')], existing, 'Shipped');
    expect(items.map(suggestedChoice)).toEqual([{ type: 'add' }, { type: 'add' }]);
  });

  it('gives a deck imported twice a distinct name', () => {
    const once = [mine('acme', 'Acme')];
    const items = planImport([deck('acme', 'Acme')], once, 'Shipped');
    const result = resolveImport(items, items.map(suggestedChoice), once);
    expect(result.ok && result.steps.map((step) => step.deck.name)).toEqual(['Acme (2)']);
    const twice = [...once, mine('acme-2', 'Acme (2)')];
    const again = resolveImport(planImport([deck('acme', 'Acme')], twice, 'Shipped'), [{ type: 'add' }], twice);
    expect(again.ok && again.steps[0]!.deck.name).toBe('Acme (3)');
  });

  it('gives an added deck a new id when its id is taken', () => {
    const items = planImport([deck('acme'), deck('default'), deck('fresh'), deck('fresh')], existing, 'Shipped');
    const result = resolveImport(items, items.map(() => ({ type: 'add' })), existing);
    expect(result.ok && result.steps.map((step) => step.deck.id)).toEqual(['acme-2', 'default-2', 'fresh', 'fresh-2']);
  });

  it('replaces under the chosen deck’s id, keeping the file’s cards and name', () => {
    const items = planImport([deck('other', 'From file', 2)], existing, 'Shipped');
    const result = resolveImport(items, [{ type: 'replace', targetId: 'acme' }], existing);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.steps[0]).toMatchObject({ type: 'replace', deck: { id: 'acme', name: 'From file' } });
    expect(result.steps[0]!.deck.cards).toHaveLength(2);
  });

  it('refuses two decks replacing the same one, a vanished target, and an empty choice', () => {
    const items = planImport([deck('a'), deck('b')], existing, 'Shipped');
    const twice = resolveImport(items, [{ type: 'replace', targetId: 'acme' }, { type: 'replace', targetId: 'acme' }], existing);
    expect(twice).toEqual({ ok: false, error: expect.stringContaining('Two decks') });
    expect(resolveImport(items, [{ type: 'replace', targetId: 'gone' }, { type: 'skip' }], existing).ok).toBe(false);
    expect(resolveImport(items, [{ type: 'skip' }, { type: 'skip' }], existing).ok).toBe(false);
  });
});
