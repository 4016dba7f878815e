import type { Deck } from '../schema';
import { DEFAULT_DECK_ID } from '../shipped-deck';
import type { UserDeck } from '../storage/store';
import { uniqueId } from '../unique-id';
import { distinctName, nameKey } from '../distinct-name';

/** What a deck file holds, set beside what the user already has. */
export interface ImportItem {
  deck: Deck;
  cardCount: number;
  /**
   * A deck already in the user's list that this one looks like: the same id
   * (it was exported from there) or the same name. `shipped` when it is the
   * deck that comes with Sidecue, which is never replaced.
   */
  conflict?: { id: string; name: string; shipped: boolean; sameName: boolean };
}

/** Per deck in the file: add it as a new deck, or put it in place of one of the user's decks. */
export type ImportChoice = { type: 'add' } | { type: 'replace'; targetId: string } | { type: 'skip' };

export type ImportStep = { type: 'add'; deck: Deck } | { type: 'replace'; deck: Deck; previous: UserDeck };

export function planImport(decks: readonly Deck[], existing: readonly UserDeck[], shippedName: string): ImportItem[] {
  return decks.map((deck) => {
    const mine =
      existing.find((entry) => entry.meta.id === deck.id) ?? existing.find((entry) => sameName(entry.meta.name, deck.name));
    const conflict = mine
      ? { id: mine.meta.id, name: mine.meta.name, shipped: false, sameName: sameName(mine.meta.name, deck.name) }
      : deck.id === DEFAULT_DECK_ID
        ? { id: DEFAULT_DECK_ID, name: shippedName, shipped: true, sameName: sameName(shippedName, deck.name) }
        : undefined;
    return { deck, cardCount: deck.cards.length, conflict };
  });
}

const sameName = (a: string, b: string) => nameKey(a) === nameKey(b);

/**
 * The first choice to offer: add it as a new deck. Replacing is offered
 * beside it, never chosen for the user: a deck of the same name or id may
 * hold edits the file does not.
 */
export function suggestedChoice(_item: ImportItem): ImportChoice {
  return { type: 'add' };
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
  // Names in the deck menu after the import: an added deck never shares one.
  const names = new Set(existing.map((entry) => nameKey(entry.meta.name)));
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
      names.delete(nameKey(previous.meta.name));
      names.add(nameKey(item.deck.name));
      steps.push({ type: 'replace', deck: { ...item.deck, id: previous.meta.id }, previous });
      continue;
    }
    const id = taken.has(item.deck.id) ? uniqueId(item.deck.id, taken) : item.deck.id;
    taken.add(id);
    const name = distinctName(item.deck.name, names);
    names.add(nameKey(name));
    steps.push({ type: 'add', deck: { ...item.deck, id, name } });
  }
  if (steps.length === 0) return { ok: false, error: 'Nothing was chosen to import.' };
  return { ok: true, steps };
}
