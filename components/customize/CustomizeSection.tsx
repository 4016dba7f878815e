import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { cardText } from '../../cards/card-text';
import { CARD_KINDS, newCard } from '../../cards/new-card';
import type { Card, CardKind } from '../../cards/schema';
import { DEFAULT_DECK_ID, isShippedCopy } from '../../cards/shipped-deck';
import { keepPendingEdit, setUnsavedDraftAside } from '../../cards/storage/pending-edit';
import type { SectionId } from '../../cards/storage/preferences';
import { CardEditor } from './CardEditor';
import { CustomizeCardList } from './CustomizeCardList';
import { CustomizeQuarantine } from './CustomizeQuarantine';
import type { SectionProps } from '../shared/section-props';
import './CustomizeSection.css';

type Focus = { cardId: string; action: string } | undefined;

interface Editing {
  cardId: string;
  deckId: string;
  /** A new card not yet in the deck: the editor's starting point until it is saved. */
  draft?: Card;
  /** The section the user came from; Done goes back there. */
  from?: SectionId;
  /** Open every step or variant (the user came to edit this card from elsewhere). */
  expanded?: boolean;
}

/** Whether a card holds the filter's words, in its title or any of its text. */
const matches = (card: Card, words: string[]) => {
  const text = cardText(card).toLowerCase();
  return words.every((word) => text.includes(word));
};

/** Customize: the active deck's cards to edit, add, reorder and delete (decks as a whole: the header's deck menu). */
export function CustomizeSection({ library, announce, view, updateView, offerUndo }: SectionProps) {
  const [editing, setEditing] = useState<Editing>();
  const [filter, setFilter] = useState('');
  const filterInput = useRef<HTMLInputElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const filterId = useId();
  const [focus, setFocus] = useState<Focus>();
  const [addKind, setAddKind] = useState<CardKind>('phrasing');
  const deck = library.deck;
  const own = library.userDeck;

  const attempt = async <T,>(task: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await task();
    } catch {
      // use-library has put the worded reason in the panel's alert.
      return undefined;
    }
  };

  // Follow the editor across the one deck change that keeps its card: the
  // first edit of the shipped deck, which makes the user's copy. Any other
  // switch of deck closes it (its pending typing is saved to its own deck).
  useEffect(() => {
    if (!editing || editing.deckId === deck.id) return;
    const forked = editing.deckId === DEFAULT_DECK_ID && isShippedCopy(own) && deck.cards.some((card) => card.id === editing.cardId);
    setEditing(forked ? { ...editing, deckId: deck.id } : undefined);
  }, [deck, own, editing]);

  // Another section's Edit button lands here with the card to open.
  useEffect(() => {
    if (!view.editCardId) return;
    if (deck.cards.some((card) => card.id === view.editCardId)) {
      setEditing({ cardId: view.editCardId, deckId: deck.id, from: view.editFrom, expanded: true });
    }
    updateView({ editCardId: undefined, editFrom: undefined });
  }, [view.editCardId, view.editFrom, deck, updateView]);

  const clearFocus = useCallback(() => setFocus(undefined), []);

  const saved = editing ? deck.cards.find((card) => card.id === editing.cardId) : undefined;
  const editingCard = saved ?? editing?.draft;

  if (editing && editingCard) {
    return (
      <section className="customize" aria-label="Customize">
        <CardEditor
          key={editingCard.id}
          card={editingCard}
          isNew={!saved}
          expanded={editing.expanded}
          onSave={async (card, base) => {
            // A new card has nothing to merge with: a deletion under its name long ago is not another window's.
            const conflict = await library.saveCard(card, undefined, editing.deckId, saved ? base : undefined);
            if (!saved) announce(`Added “${card.title}” to the deck`);
            // Said at the panel level too: the editor may have closed meanwhile (its card deleted in another window).
            else if (conflict) announce(conflict);
            return conflict;
          }}
          onKeep={(card, base) => void keepPendingEdit(editing.deckId, card, saved ? base : undefined).catch(console.error)}
          onSetAside={(draft, reason) =>
            void setUnsavedDraftAside(editing.deckId, draft, draft.title.trim() || 'a new card', reason).catch(console.error)
          }
          note={
            !saved
              ? 'It joins the deck once it has a title and what its kind needs.'
              : own
                ? undefined
                : 'This is the shipped deck: your first change makes your own copy of it.'
          }
          onDone={() => {
            setEditing(undefined);
            // Back where the user asked for this card: its section, or its row here.
            if (editing.from && editing.from !== 'customize') updateView({ section: editing.from });
            else if (saved) setFocus({ cardId: editingCard.id, action: 'edit' });
          }}
        />
      </section>
    );
  }

  const words = filter.toLowerCase().split(/\s+/).filter(Boolean);
  const shown = words.length > 0 ? deck.cards.filter((card) => matches(card, words)) : deck.cards;

  const moveCard = async (card: Card, offset: number, focusOn: 'edit' | 'more') => {
    const from = deck.cards.findIndex((entry) => entry.id === card.id);
    const moved = await attempt(() => library.moveCard(card.id, offset));
    if (!moved) return;
    const to = Math.min(deck.cards.length - 1, Math.max(0, from + offset));
    setFocus({ cardId: card.id, action: focusOn });
    announce(`Moved “${card.title}” to position ${to + 1} of ${deck.cards.length}`);
  };

  return (
    <section className="customize" aria-label="Customize">
      <CustomizeQuarantine
        entries={library.library?.quarantined ?? []}
        onDiscard={(key) => void attempt(() => library.discardQuarantined(key))}
      />
      <h3 className="subhead" id="customize-cards-heading">
        Cards
      </h3>
      <form
        className="add-card"
        onSubmit={(event) => {
          event.preventDefault();
          // A blank draft: it joins the deck once it has a title (see newCard).
          const card = newCard(addKind, deck.cards.map((entry) => entry.id));
          setEditing({ cardId: card.id, deckId: deck.id, draft: card });
        }}
      >
        <label>
          <span className="visually-hidden">New card of kind</span>
          <select value={addKind} onChange={(event) => setAddKind(event.target.value as CardKind)}>
            {CARD_KINDS.map((entry) => (
              <option key={entry.kind} value={entry.kind}>
                {entry.label}
              </option>
            ))}
          </select>
        </label>
        <button ref={addButton} type="submit" className="primary">
          Add card
        </button>
      </form>
      {deck.cards.length === 0 ? (
        <p className="empty">This deck has no cards yet. Add one above.</p>
      ) : (
        <>
          <div className="card-filter" role="search">
            <label htmlFor={filterId} className="visually-hidden">
              Filter cards
            </label>
            <input
              ref={filterInput}
              id={filterId}
              type="search"
              placeholder="Filter cards"
              value={filter}
              onChange={(event) => setFilter(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'Escape' && filter) {
                  event.stopPropagation();
                  setFilter('');
                }
              }}
            />
            <span className="card-filter-count" role="status">
              {words.length > 0 ? `${shown.length} of ${deck.cards.length}` : `${deck.cards.length} cards`}
            </span>
          </div>
          {shown.length === 0 && <p className="empty">No card holds “{filter.trim()}”.</p>}
        </>
      )}
      <CustomizeCardList
        cards={shown}
        all={deck.cards}
        resettable={isShippedCopy(own)}
        focus={focus}
        onFocused={clearFocus}
        onEdit={(card) => setEditing({ cardId: card.id, deckId: deck.id })}
        onDuplicate={(card) =>
          void attempt(async () => {
            const copy = await library.duplicateCard(card.id);
            if (!copy) return;
            setFocus({ cardId: copy.id, action: 'edit' });
            announce(`Duplicated “${card.title}”`);
          })
        }
        onDelete={(card) =>
          void attempt(async () => {
            const undo = await library.deleteCard(card.id);
            if (!undo) return;
            // The next row the user can see (the filter may hide the deck's next card); with none
            // left in view, the filter box, or Add card in a deck now empty: never the page itself.
            const place = shown.findIndex((entry) => entry.id === card.id);
            const neighbour = shown[place + 1] ?? shown[place - 1];
            if (neighbour) setFocus({ cardId: neighbour.id, action: 'edit' });
            else requestAnimationFrame(() => (filterInput.current ?? addButton.current)?.focus());
            offerUndo({
              message: `Deleted “${card.title}”`,
              undo: async () => {
                await undo();
                setFocus({ cardId: card.id, action: 'edit' });
              },
            });
          })
        }
        onMove={(card, offset, from) => void moveCard(card, offset, from)}
        onReset={(card) =>
          void attempt(async () => {
            const undo = await library.resetCard(card.id);
            if (!undo) return;
            setFocus({ cardId: card.id, action: 'edit' });
            offerUndo({ message: `Reset “${card.title}” to the default`, undo });
          })
        }
      />
      <p className="hint" id="card-rows-keys">
        Alt+↑ and Alt+↓ move the card you are on.
      </p>
    </section>
  );
}
