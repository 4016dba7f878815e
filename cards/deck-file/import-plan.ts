import { DEFAULT_DECK_ID } from '../default-deck';
import type { Deck } from '../schema';
import type { UserDeck } from '../storage/store';
import { uniqueId } from '../unique-id';

/** What a deck file holds, set beside what the user already has. */
export interface ImportItem {
  deck: Deck;
  cardCount: number;
  /** The existing deck with the same id, if any ("shipped" for the read-only default). */
  conflict?: { id: string; name: string; shipped: boolean };
}

/** Per deck in the file: add it as a new deck, or put it in place of one of the user's decks. */
export type ImportChoice = { type: 'add' } | { type: 'replace'; targetId: string } | { type: 'skip' };

export type ImportStep = { type: 'add'; deck: Deck } | { type: 'replace'; deck: Deck; previous: UserDeck };

export function planImport(decks: readonly Deck[], existing: readonly UserDeck[], shippedName: string): ImportItem[] {
  return decks.map((deck) => {
    const mine = existing.find((entry) => entry.meta.id === deck.id);
    const conflict = mine
      ? { id: mine.meta.id, name: mine.meta.name, shipped: false }
      : deck.id === DEFAULT_DECK_ID
        ? { id: DEFAULT_DECK_ID, name: shippedName, shipped: true }
        : undefined;
    return { deck, cardCount: deck.cards.length, conflict };
  });
}

/** The first choice to offer: replace the user's deck it came from, else add it. */
export function suggestedChoice(item: ImportItem): ImportChoice {
  return item.conflict && !item.conflict.shipped ? { type: 'replace', targetId: item.conflict.id } : { type: 'add' };
}

/**
 * Turns the user's choices into writes. Added decks get a fresh id when theirs
 * is taken (by a deck of the user's, the shipped deck, or another deck in the
 * same file), so an import never overwrites anything the user did not pick.
 */
export function resolveImport(
  items: readonly ImportItem[],
  choices: readonly ImportChoice[],
  existing: readonly UserDeck[],
): { ok: true; steps: ImportStep[] } | { ok: false; error: string } {
  const taken = new Set([DEFAULT_DECK_ID, ...existing.map((entry) => entry.meta.id)]);
  const replaced = new Set<string>();
  const steps: ImportStep[] = [];
  for (const [index, item] of items.entries()) {
    const choice = choices[index] ?? { type: 'add' };
    if (choice.type === 'skip') continue;
    if (choice.type === 'replace') {
      const previous = existing.find((entry) => entry.meta.id === choice.targetId);
      if (!previous) return { ok: false, error: `The deck chosen for “${item.deck.name}” no longer exists.` };
      if (replaced.has(previous.meta.id)) {
        return { ok: false, error: `Two decks from the file would replace “${previous.meta.name}”; choose one.` };
      }
      replaced.add(previous.meta.id);
      steps.push({ type: 'replace', deck: { ...item.deck, id: previous.meta.id }, previous });
      continue;
    }
    const id = taken.has(item.deck.id) ? uniqueId(item.deck.id, taken) : item.deck.id;
    taken.add(id);
    steps.push({ type: 'add', deck: { ...item.deck, id } });
  }
  if (steps.length === 0) return { ok: false, error: 'Nothing was chosen to import.' };
  return { ok: true, steps };
}
