import { defaultDeck } from '../../cards/default-deck';
import type { LibraryApi } from './use-library';

/** The header's deck name, and the switch between decks when there are several. */
export function DeckPicker({ library }: { library: LibraryApi }) {
  const userDecks = library.library?.decks ?? [];
  const options = [
    ...userDecks.map((entry) => ({ id: entry.meta.id, name: entry.meta.name })),
    { id: defaultDeck.id, name: `${defaultDeck.name} · read-only` },
  ];
  const current = library.userDeck ? library.deck.id : defaultDeck.id;
  return (
    <label className="deck-picker">
      <span className="visually-hidden">Deck</span>
      <select value={current} onChange={(event) => library.setActiveId(event.target.value)}>
        {options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.name}
          </option>
        ))}
      </select>
    </label>
  );
}
