import fc from 'fast-check';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { describe, expect, it } from 'vitest';
import type { Card } from '../schema';
import * as store from '../storage/store';
import { DELETED_ELSEWHERE, type FieldConflict } from '../storage/merge-card';
import { loadHistory, removeRehearsal, saveRehearsal, SCORE_KEYS, type RehearsalRecord, type Scores } from '../rehearsal/history';
import type { ScoreConflict, ScoreDraft } from '../rehearsal/merge-scores';
import { sampleRecord } from '../rehearsal/sample-record.fixtures';

/**
 * Issue 18, Done-when: two simulated windows on one storage (the fake
 * browser), driven through random interleavings of card edits (through
 * store.saveCardEdit, each from the card as that window last saw it), card
 * deletions, reloads, and saves of one rehearsal's scores (each from the
 * scores its form last saw). A model a few lines long says what storage must
 * hold after each step and which conflicts each save must report. Together:
 * every acknowledged write is either still stored, or was replaced by a later
 * write that saw it, or was handed back as a conflict to the window that
 * replaced it. Nothing disappears without a word.
 */

const DECK = 'acme';
const IDS = ['a', 'b', 'c'] as const;
type Field = 'title' | 'body';
type Window = 0 | 1;

type Op =
  | { type: 'edit'; window: Window; card: number; field: Field; text: string }
  | { type: 'delete'; window: Window; card: number }
  | { type: 'reload'; window: Window }
  | { type: 'score'; window: Window; scores: (number | null)[]; note: string | null }
  | { type: 'removeRun'; window: Window };

const window = fc.constantFrom<Window>(0, 1);
// A small pool of words, so windows often write the same value (which is no conflict) as well as different ones.
const word = fc.constantFrom('alpha', 'beta', 'gamma', 'delta', '');
const op: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({ type: fc.constant('edit' as const), window, card: fc.nat(2), field: fc.constantFrom<Field>('title', 'body'), text: word }).map(
      // A card needs a title: an empty one is refused before anything is written.
      (edit) => (edit.field === 'title' && edit.text === '' ? { ...edit, text: 'untitled' } : edit),
    ),
  },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('delete' as const), window, card: fc.nat(2) }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('reload' as const), window }) },
  {
    weight: 4,
    arbitrary: fc.record({
      type: fc.constant('score' as const),
      window,
      scores: fc.array(fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }), { minLength: 3, maxLength: 3 }),
      note: fc.option(word, { nil: null }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('removeRun' as const), window }) },
);

const note = (id: string): Card => ({ kind: 'note', id, title: `Card ${id}`, tags: [], body: 'start', points: [] });

interface View {
  /** Each card as this window last saw it, with its order. */
  cards: Map<string, { card: Card; order: number }>;
  /** What this window's score form starts from. */
  scores: ScoreDraft;
}

interface Model {
  cards: Map<string, Card>;
  run: RehearsalRecord | undefined;
}

async function readCards(): Promise<Map<string, { card: Card; order: number }>> {
  const deck = (await store.loadLibrary()).decks.find((entry) => entry.meta.id === DECK);
  return new Map((deck?.deck.cards ?? []).map((card) => [card.id, { card, order: deck!.order[card.id]! }]));
}

async function readDraft(): Promise<ScoreDraft> {
  const [run] = await loadHistory();
  return run ? { scores: { ...run.scores }, note: run.note } : { scores: {}, note: '' };
}

const byField = <T extends { field: string }>(list: readonly T[]) => [...list].sort((x, y) => x.field.localeCompare(y.field));

async function step(op: Op, views: [View, View], model: Model): Promise<void> {
  const view = views[op.window];
  switch (op.type) {
    case 'reload': {
      view.cards = await readCards();
      view.scores = await readDraft();
      return;
    }
    case 'delete': {
      const entry = [...view.cards.values()][op.card % Math.max(view.cards.size, 1)];
      if (!entry) return;
      await store.deleteCard(DECK, entry.card.id);
      view.cards.delete(entry.card.id);
      model.cards.delete(entry.card.id);
      return;
    }
    case 'edit': {
      const entry = [...view.cards.values()][op.card % Math.max(view.cards.size, 1)];
      if (!entry) return;
      const base = entry.card;
      const mine = { ...base, [op.field]: op.text } as Card;
      const stored = model.cards.get(base.id);
      // The model's rule: what this window changed is written; a field another window changed meanwhile is kept,
      // unless this window changed it too, and then the other text is reported.
      const expected: FieldConflict[] = [];
      let next: Card;
      if (!stored) {
        // An edit of a card deleted elsewhere brings the edited card back whole, and says so.
        next = mine;
        expected.push({ field: DELETED_ELSEWHERE, theirs: undefined });
      } else {
        const was = (base as Record<Field, string>)[op.field];
        const theirs = (stored as Record<Field, string>)[op.field];
        const changed = was !== op.text;
        next = changed ? ({ ...stored, [op.field]: op.text } as Card) : stored;
        if (changed && theirs !== was && theirs !== op.text) expected.push({ field: op.field, theirs });
      }
      const conflicts = await store.saveCardEdit(DECK, base, mine, entry.order);
      expect(byField(conflicts)).toEqual(byField(expected));
      model.cards.set(base.id, next);
      view.cards.set(base.id, { card: mine, order: entry.order });
      return;
    }
    case 'score': {
      const base = view.scores;
      const scores = Object.fromEntries(SCORE_KEYS.map((key, index) => [key, op.scores[index] ?? base.scores[key] ?? 3])) as Scores;
      const mine: RehearsalRecord = { ...sampleRecord, scores, note: op.note ?? base.note };
      const expected: ScoreConflict[] = [];
      const stored = model.run;
      let next: RehearsalRecord = mine;
      if (stored) {
        next = { ...mine, scores: { ...mine.scores } };
        for (const key of SCORE_KEYS) {
          const changed = mine.scores[key] !== base.scores[key];
          if (!changed) next.scores[key] = stored.scores[key];
          else if (stored.scores[key] !== base.scores[key] && stored.scores[key] !== mine.scores[key]) {
            expected.push({ field: key, theirs: stored.scores[key] });
          }
        }
        if (mine.note === base.note) next.note = stored.note;
        else if (stored.note !== base.note && stored.note !== mine.note) expected.push({ field: 'note', theirs: stored.note });
      }
      const conflicts = await saveRehearsal(mine, base);
      expect(byField(conflicts)).toEqual(byField(expected));
      model.run = next;
      view.scores = { scores: { ...mine.scores }, note: mine.note };
      return;
    }
    case 'removeRun': {
      const removed = await removeRehearsal(sampleRecord.id);
      expect(removed).toEqual(model.run);
      model.run = undefined;
      return;
    }
  }
}

describe('two windows, random interleavings, against a model', () => {
  it('no acknowledged card edit, deletion or rehearsal score is lost, and every conflict is reported', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 25 }), async (ops) => {
        fakeBrowser.reset();
        await store.saveDeck({ id: DECK, name: 'Acme loop', description: '', cards: IDS.map(note) }, { now: 1 });
        const views: [View, View] = [
          { cards: await readCards(), scores: { scores: {}, note: '' } },
          { cards: await readCards(), scores: { scores: {}, note: '' } },
        ];
        const model: Model = { cards: new Map(IDS.map((id) => [id, note(id)])), run: undefined };
        for (const next of ops) {
          await step(next, views, model);
          const stored = await readCards();
          expect(new Map([...stored].map(([id, entry]) => [id, entry.card]))).toEqual(model.cards);
          expect(await loadHistory()).toEqual(model.run ? [model.run] : []);
        }
      }),
      { numRuns: 300 },
    );
  }, 30_000);
});
