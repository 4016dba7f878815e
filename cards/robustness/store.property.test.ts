import { stripInvisible } from '../quote-value';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { cardSchema, deckSchema, type Card, type Deck } from '../schema';
import * as store from '../storage/store';
import { card as cardInput, deckInput } from './arbitraries.fixtures';

/**
 * Random sequences of what the editor does (save, move and delete cards;
 * create, rename and delete decks; undo the deletes) against the fake
 * browser's storage, checked after every step against a model a few lines
 * long: the decks read back always equal the model, and none is ever broken.
 */

type Op =
  | { type: 'saveDeck'; deck: Deck }
  | { type: 'saveCard'; deck: number; card: Card; edit: number | null; order: number }
  | { type: 'moveCard'; deck: number; card: number; order: number }
  | { type: 'deleteCard'; deck: number; card: number }
  | { type: 'renameDeck'; deck: number; name: string }
  | { type: 'deleteDeck'; deck: number }
  | { type: 'undo' };

const order = fc.integer({ min: -4000, max: 4000 }).map((n) => n / 4);
const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 2, arbitrary: deckInput.map((deck) => ({ type: 'saveDeck' as const, deck: deckSchema.parse(deck) })) },
  {
    weight: 4,
    arbitrary: fc.record({
      type: fc.constant('saveCard' as const),
      deck: fc.nat(),
      card: cardInput.map((card) => cardSchema.parse(card)),
      edit: fc.option(fc.nat(), { nil: null }),
      order,
    }),
  },
  { weight: 3, arbitrary: fc.record({ type: fc.constant('moveCard' as const), deck: fc.nat(), card: fc.nat(), order }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('deleteCard' as const), deck: fc.nat(), card: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('renameDeck' as const), deck: fc.nat(), name: deckInput.map((deck) => deck.name) }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('deleteDeck' as const), deck: fc.nat() }) },
  { weight: 2, arbitrary: fc.constant({ type: 'undo' as const }) },
);

/** Storage as the model sees it: deck records and card records, by id. */
interface Model {
  metas: Map<string, { name: string; description: string; createdAt: number }>;
  cards: Map<string, Map<string, { card: Card; order: number }>>;
}

const LOAD_AT = 1e12;

function expected(model: Model) {
  const ids = new Set([...model.metas.keys(), ...[...model.cards].filter(([, cards]) => cards.size > 0).map(([id]) => id)]);
  return [...ids]
    .map((id) => {
      const meta = model.metas.get(id) ?? { name: `Recovered deck (${id})`, description: '', createdAt: LOAD_AT };
      const cards = [...(model.cards.get(id)?.values() ?? [])].sort((a, b) => a.order - b.order || a.card.id.localeCompare(b.card.id));
      return { id, name: meta.name, description: meta.description, createdAt: meta.createdAt, cards: cards.map((entry) => entry.card), order: Object.fromEntries(cards.map((entry) => [entry.card.id, entry.order])) };
    })
    .sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
}

const cardsOf = (model: Model, deckId: string) => {
  const cards = model.cards.get(deckId) ?? new Map<string, { card: Card; order: number }>();
  model.cards.set(deckId, cards);
  return cards;
};

function modelSaveDeck(model: Model, deck: Deck, createdAt: number) {
  model.metas.set(deck.id, { name: deck.name, description: deck.description, createdAt });
  deck.cards.forEach((card, index) => cardsOf(model, deck.id).set(card.id, { card, order: index + 1 }));
}

async function run(ops: Op[]) {
  fakeBrowser.reset();
  const model: Model = { metas: new Map(), cards: new Map() };
  const undos: { redo: () => Promise<void>; model: () => void }[] = [];
  let now = 0;

  for (const step of ops) {
    now += 1;
    const { decks } = await store.loadLibrary(LOAD_AT);
    const target = decks.length > 0 && 'deck' in step && typeof step.deck === 'number' ? decks[step.deck % decks.length]! : undefined;
    const cards = target?.deck.cards ?? [];
    const pickCard = (n: number) => cards[n % cards.length];

    switch (step.type) {
      case 'saveDeck':
        await store.saveDeck(step.deck, { now });
        modelSaveDeck(model, step.deck, now);
        break;
      case 'saveCard': {
        if (!target) break;
        // Either a new card or an edit of an existing one (same id, new content).
        const existing = step.edit === null || cards.length === 0 ? undefined : pickCard(step.edit);
        const card = existing ? ({ ...step.card, id: existing.id } as Card) : step.card;
        await store.saveCard(target.meta.id, card, step.order, now);
        cardsOf(model, target.meta.id).set(card.id, { card, order: step.order });
        break;
      }
      case 'moveCard': {
        const card = target && cards.length > 0 ? pickCard(step.card) : undefined;
        if (!target || !card) break;
        await store.saveCard(target.meta.id, card, step.order, now);
        cardsOf(model, target.meta.id).set(card.id, { card, order: step.order });
        break;
      }
      case 'deleteCard': {
        const card = target && cards.length > 0 ? pickCard(step.card) : undefined;
        if (!target || !card) break;
        const deckId = target.meta.id;
        const was = target.order[card.id]!;
        await store.deleteCard(deckId, card.id);
        cardsOf(model, deckId).delete(card.id);
        undos.push({
          redo: () => store.saveCard(deckId, card, was, now),
          model: () => cardsOf(model, deckId).set(card.id, { card, order: was }),
        });
        break;
      }
      case 'renameDeck':
        if (!target) break;
        await store.renameDeck(target.meta, step.name, now);
        // A recovered deck has no record until renamed; renaming gives it one.
        model.metas.set(target.meta.id, { name: stripInvisible(step.name).trim(), description: target.meta.description, createdAt: target.meta.createdAt });
        break;
      case 'deleteDeck': {
        if (!target) break;
        await store.deleteDeck(target);
        model.metas.delete(target.meta.id);
        model.cards.delete(target.meta.id);
        // The editor's undo: the whole deck back, with its creation time.
        undos.push({
          redo: () => store.saveDeck(target.deck, { basedOn: target.meta.basedOn, createdAt: target.meta.createdAt, now }),
          model: () => modelSaveDeck(model, target.deck, target.meta.createdAt),
        });
        break;
      }
      case 'undo': {
        const undo = undos.pop();
        if (!undo) break;
        await undo.redo();
        undo.model();
        break;
      }
    }

    const library = await store.loadLibrary(LOAD_AT);
    expect(library.quarantined).toEqual([]);
    for (const entry of library.decks) expect(deckSchema.parse(entry.deck)).toEqual(entry.deck);
    expect(
      library.decks.map((entry) => ({
        id: entry.meta.id,
        name: entry.meta.name,
        description: entry.meta.description,
        createdAt: entry.meta.createdAt,
        cards: entry.deck.cards,
        order: entry.order,
      })),
    ).toEqual(expected(model));
  }
}

describe('the deck store under random editing', () => {
  it('every sequence of edits, moves, deletes, deck switches and undos keeps every deck valid and equal to the model', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 8, maxLength: 40, size: 'large' }), run),
      { numRuns: 300 },
    );
  });
});
