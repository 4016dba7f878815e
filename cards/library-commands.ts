import { planMove } from './card-order';
import { defaultDeck } from './default-deck';
import type { ImportStep } from './deck-file/import-plan';
import { ensureEditable, shippedCard, shippedContentsFor } from './editable-deck';
import type { Card, Deck } from './schema';
import { DEFAULT_DECK_ID, isShippedCopy, resolveActiveDeck } from './shipped-deck';
import { conflictNotice } from './storage/conflict-notice';
import { DELETED_ELSEWHERE, mergeCard, type FieldConflict } from './storage/merge-card';
import { sameValue } from './storage/same-value';
import { recordLostEdits } from './sync/lost-edits';
import { StoreError } from './storage/store-error';
import * as store from './storage/store';
import type { Library, UserDeck } from './storage/store';
import { uniqueId } from './unique-id';

/**
 * What the user can do to their decks, as plain async functions over storage.
 * Each takes the library as last read, and the deck the panel shows, and
 * returns its result with its undo. An undo puts back what the command
 * replaced, reading storage afresh when it runs (another window may have
 * written in between). The panel's hook queues these; nothing here is React.
 */

/** Puts back what a command replaced. */
export type Undo = () => Promise<void>;

/** Where a new deck's cards come from. */
export type DeckStart = 'shipped' | 'current' | 'empty';

/** The deck the panel shows, and a way to show another. */
export interface ActiveDeck {
  /** Read when needed: the user may switch decks while a command waits on storage. */
  readonly id: string | undefined;
  switchTo(id: string): void;
}

/** A command's result, and its undo when it changed something. */
export interface Done<T> {
  value: T;
  undo?: Undo;
}

const done = <T>(value: T, undo?: Undo): Done<T> => ({ value, undo });

/**
 * Saves one card into a deck (the active one unless `deckId` is given),
 * copying the shipped deck first if need be; `order` defaults to the card's
 * place, or the end for a new card.
 */
export async function saveCard(
  library: Library,
  active: ActiveDeck,
  card: Card,
  order?: number,
  deckId?: string,
  base?: Card,
  /** When the edit was made, if not now: an edit kept as a panel closed, saved at the next start. */
  at = Date.now(),
): Promise<Done<string | undefined>> {
  // A deck deleted (in another window) while its card was open: saving
  // into some other deck instead would put the card where it never was.
  if (deckId && deckId !== DEFAULT_DECK_ID && !library.decks.some((entry) => entry.meta.id === deckId)) {
    throw new StoreError(`“${card.title}” was not saved: its deck was deleted, perhaps in another window.`);
  }
  const target = await editable(library, active, deckId, [card.id]);
  const place = order ?? target.order[card.id] ?? endOrder(target);
  const undo = putBackCard(target, card.id, card);
  if (!base) {
    await store.saveCard(target.meta.id, card, place, at);
    return done(undefined, undo);
  }
  // An editor's save: merged field by field with what another window stored since `base`.
  const conflicts = await store.saveCardEdit(target.meta.id, base, card, place, at);
  await offerReplacedText(target.meta.id, card, conflicts);
  return done(conflictNotice(conflicts), undo);
}

/**
 * The other window's text of each field both saved at once waits in the
 * panel's notice (see ./sync/lost-edits.ts), whole, for either window to put
 * back. The card itself was saved: should storage refuse even this small
 * note, the editor's message still quotes the text, so the save is not failed for it.
 */
async function offerReplacedText(deckId: string, card: Card, conflicts: readonly FieldConflict[]) {
  const replaced = conflicts.filter(({ field }) => field !== DELETED_ELSEWHERE).map(({ field, theirs }) => ({ field, mine: theirs }));
  if (replaced.length === 0) return;
  try {
    await recordLostEdits({ deckId, cardId: card.id, title: card.title, by: 'window' }, replaced, Date.now());
  } catch (error) {
    console.error('Sidecue: could not keep the replaced text on offer', error);
  }
}

/** Adds a card at the end of the active deck. */
export async function addCard(library: Library, active: ActiveDeck, card: Card): Promise<Done<void>> {
  const target = await editable(library, active);
  await store.saveCard(target.meta.id, card, endOrder(target));
  return done(undefined, putBackCard(target, card.id));
}

/** Copies a card of the active deck and places the copy right after it. */
export async function duplicateCard(library: Library, active: ActiveDeck, cardId: string): Promise<Done<Card | undefined>> {
  const target = await editable(library, active);
  const index = target.deck.cards.findIndex((card) => card.id === cardId);
  const original = target.deck.cards[index];
  if (!original) return done(undefined);
  const copy: Card = {
    ...original,
    id: uniqueId(`${original.id}-copy`, target.deck.cards.map((card) => card.id)),
    title: `${original.title} (copy)`.slice(0, 200),
  };
  const after = target.deck.cards[index + 1];
  const order = after ? (target.order[cardId]! + target.order[after.id]!) / 2 : endOrder(target);
  await store.saveCard(target.meta.id, copy, order);
  return done(copy, putBackCard(target, copy.id));
}

export async function deleteCard(library: Library, active: ActiveDeck, cardId: string): Promise<Done<boolean>> {
  const target = await editable(library, active, undefined, [cardId]);
  if (!target.deck.cards.some((entry) => entry.id === cardId)) return done(false);
  await store.deleteCard(target.meta.id, cardId);
  return done(true, putBackCard(target, cardId));
}

/** Moves a card by `offset` places; false when it is already at that end. */
export async function moveCard(library: Library, active: ActiveDeck, cardId: string, offset: number): Promise<Done<boolean>> {
  const target = await editable(library, active);
  const plan = planMove(
    target.deck.cards.map((card) => card.id),
    target.order,
    cardId,
    offset,
  );
  if (!plan) return done(false);
  if (plan.type === 'one') {
    const card = target.deck.cards.find((entry) => entry.id === cardId)!;
    // A card's place is its own sort key: moving rewrites its record only.
    await store.saveCard(target.meta.id, card, plan.order);
  } else {
    const byId = new Map(target.deck.cards.map((card) => [card.id, card]));
    await store.saveCards(
      target.meta.id,
      plan.ids.map((id, index) => ({ card: byId.get(id)!, order: index + 1 })),
    );
  }
  const before = target.order;
  // Puts back the places only: an edit made to a card since the move stays.
  const undo: Undo = async () => {
    const now = await currentDeck(target.meta.id);
    const moved = (now?.deck.cards ?? [])
      .filter((card) => before[card.id] !== undefined && before[card.id] !== now!.order[card.id])
      .map((card) => ({ card, order: before[card.id]! }));
    if (moved.length > 0) await store.saveCards(target.meta.id, moved);
  };
  return done(true, undo);
}

/** Puts a card back to its shipped version; undefined when the shipped deck has no such card. */
export async function resetCard(library: Library, active: ActiveDeck, cardId: string): Promise<Done<boolean>> {
  const shipped = shippedCard(cardId);
  if (!shipped) return done(false);
  const target = await editable(library, active);
  await store.saveCard(target.meta.id, shipped, target.order[cardId] ?? endOrder(target));
  return done(true, putBackCard(target, cardId, shipped));
}

/** Gives a copy of the shipped deck the shipped contents again; nothing for other decks. */
export async function resetDeck(library: Library, active: ActiveDeck): Promise<Done<boolean>> {
  const own = library.decks.find((entry) => entry.meta.id === active.id);
  if (!isShippedCopy(own)) return done(false);
  const shipped = shippedContentsFor(own);
  await store.replaceDeck(shipped, own);
  return done(true, putBackDeck(own, shipped));
}

/** Makes a deck (a copy of the shipped deck or of the active one, or empty) and switches to it; returns its id. */
export async function createDeck(library: Library, active: ActiveDeck, name: string, from: DeckStart): Promise<Done<string>> {
  const shown = active.id;
  const current = resolveActiveDeck(library, shown, defaultDeck);
  const source = from === 'shipped' ? { deck: defaultDeck, user: undefined } : current;
  const id = uniqueId(name, [DEFAULT_DECK_ID, ...library.decks.map((entry) => entry.meta.id)]);
  const copying = from !== 'empty';
  // A copy of the shipped deck (or of a copy of it) can be reset to it later.
  const basedOn = copying && (!source.user || isShippedCopy(source.user)) ? DEFAULT_DECK_ID : undefined;
  const deck: Deck = { id, name, description: copying ? source.deck.description : '', cards: copying ? source.deck.cards : [] };
  await store.saveDeck(deck, { basedOn });
  active.switchTo(id);
  const undo: Undo = async () => {
    const now = await currentDeck(id);
    if (now) await store.deleteDeck(now);
    if (active.id === id) active.switchTo(shown ?? DEFAULT_DECK_ID);
  };
  return done(id, undo);
}

/** Renames the active deck (copying the shipped deck first, when that is what is shown). */
export async function renameDeck(library: Library, active: ActiveDeck, name: string): Promise<Done<void>> {
  const target = await editable(library, active);
  await store.renameDeck(target.meta, name);
  const undo: Undo = async () => {
    const now = await currentDeck(target.meta.id);
    if (now) await store.renameDeck(now.meta, target.meta.name);
  };
  return done(undefined, undo);
}

/** Deletes the active deck and shows the next one (or the shipped deck). */
export async function deleteDeck(library: Library, active: ActiveDeck): Promise<Done<boolean>> {
  const own = library.decks.find((entry) => entry.meta.id === active.id);
  if (!own) return done(false);
  await store.deleteDeck(own);
  const rest = library.decks.filter((entry) => entry !== own);
  active.switchTo(rest[0]?.meta.id ?? DEFAULT_DECK_ID);
  const undo: Undo = async () => {
    await saveAgain(own);
    active.switchTo(own.meta.id);
  };
  return done(true, undo);
}

/**
 * Writes the decks of an import, all or nothing: should a later deck fail (a
 * full storage, say), the ones already written are taken back, so no deck is
 * left replaced, and the error says nothing was imported, and why.
 */
export async function importDecks(_library: Library, active: ActiveDeck, steps: readonly ImportStep[]): Promise<Done<void>> {
  const written: ImportStep[] = [];
  try {
    for (const step of steps) {
      if (step.type === 'add') await store.saveDeck(step.deck);
      else await store.replaceDeck(step.deck, step.previous);
      written.push(step);
    }
  } catch (error) {
    await takeBack(written);
    const reason = error instanceof Error ? error.message : String(error);
    throw new StoreError(`Nothing was imported. ${reason}`);
  }
  const first = steps[0];
  if (first) active.switchTo(first.deck.id);
  return done(undefined, () => takeBack(written, true));
}

/** Drops one set-aside copy for good (the user has seen or exported it): no undo. */
export async function discardQuarantined(_library: Library, _active: ActiveDeck, storageKey: string): Promise<Done<void>> {
  await store.discardQuarantined(storageKey);
  return done(undefined);
}

/**
 * The deck to write to for `deckId`; the shipped deck becomes the user's copy,
 * shown from then on. `touches` names the cards the write replaces, so a write
 * made from the shipped view never lands on the user's own version of one.
 */
async function editable(
  library: Library,
  active: ActiveDeck,
  deckId: string | undefined = active.id,
  touches: string[] = [],
): Promise<UserDeck> {
  const own = library.decks.find((entry) => entry.meta.id === deckId);
  if (own) return own;
  const target = await ensureEditable(library, deckId, touches);
  if (active.id === deckId || active.id === DEFAULT_DECK_ID) active.switchTo(target.meta.id);
  return target;
}

function endOrder(deck: UserDeck): number {
  return Math.max(0, ...Object.values(deck.order)) + 1;
}

async function currentDeck(deckId: string): Promise<UserDeck | undefined> {
  // That deck's keys alone: an undo should not wait on every other deck.
  return (await store.loadDeckSlice(deckId)).decks.find((entry) => entry.meta.id === deckId);
}

/**
 * Puts one card of `deck` back as it was there (or removes it, if it was not
 * there). `after` is the card as the command left it (none for a deletion):
 * what was edited since, in this window or another, is merged with what the
 * undo puts back, field by field as two windows' saves are. A field both
 * changed takes the undo's text, and the later text waits in the panel's
 * notice; a card brought back by an edit since its deletion stays as edited.
 */
function putBackCard(deck: UserDeck, cardId: string, after?: Card): Undo {
  const before = deck.deck.cards.find((card) => card.id === cardId);
  const order = deck.order[cardId];
  if (!before || order === undefined) return () => store.deleteCard(deck.meta.id, cardId);
  return async () => {
    const conflicts = await store.saveCardEdit(deck.meta.id, after ?? before, before, order);
    await offerReplacedText(deck.meta.id, before, conflicts);
  };
}

/**
 * Puts a whole deck back as it was before a command that wrote `after` over
 * it (a reset, an import). What was done in it since is not written over
 * unseen: a card edited since is merged field by field as two windows' saves
 * are (a field both changed takes the undo's text; the later text waits in the
 * panel's notice), and a card added since stays.
 */
function putBackDeck(previous: UserDeck, after: Deck): Undo {
  return async () => {
    const now = await currentDeck(previous.meta.id);
    if (!now) return saveAgain(previous);
    const wrote = new Map(after.cards.map((card) => [card.id, card]));
    const later = new Map(now.deck.cards.map((card) => [card.id, card]));
    const merged = previous.deck.cards.map((card) => {
      const base = wrote.get(card.id);
      const since = later.get(card.id);
      return base && since && !sameValue(base, since) ? mergeCard(base, card, since) : { card, conflicts: [] };
    });
    const back = new Set(merged.map(({ card }) => card.id));
    const added = now.deck.cards.filter((card) => !wrote.has(card.id) && !back.has(card.id));
    await store.replaceDeck({ ...previous.deck, cards: [...merged.map(({ card }) => card), ...added] }, now);
    for (const { card, conflicts } of merged) await offerReplacedText(previous.meta.id, card, conflicts);
  };
}

function saveAgain(previous: UserDeck): Promise<void> {
  return store.saveDeck(previous.deck, { basedOn: previous.meta.basedOn, createdAt: previous.meta.createdAt });
}

/**
 * Takes back the decks an import wrote, newest first: removes the added ones,
 * puts the replaced ones back. A rollback keeps going past a failure (what
 * stays is reported by the caller's message); an undo stops and says so.
 */
async function takeBack(written: readonly ImportStep[], isUndo = false): Promise<void> {
  for (const step of [...written].reverse()) {
    try {
      if (step.type === 'replace') {
        await putBackDeck(step.previous, step.deck)();
      } else {
        const now = await currentDeck(step.deck.id);
        if (now) await store.deleteDeck(now);
      }
    } catch (error) {
      if (isUndo) throw error;
      console.error('Sidecue: could not take back part of an import', error);
    }
  }
}
