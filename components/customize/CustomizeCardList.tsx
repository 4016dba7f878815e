import { useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import { shippedCard } from '../../cards/editable-deck';
import { kindLabel } from '../../cards/new-card';
import { sameValue } from '../../cards/storage/same-value';
import type { Card } from '../../cards/schema';

interface CardListProps {
  cards: readonly Card[];
  /** Whether the deck began as the shipped one, so its cards can be reset to it. */
  resettable: boolean;
  onEdit(card: Card): void;
  onDuplicate(card: Card): void;
  onDelete(card: Card, index: number): void;
  onMove(card: Card, offset: number): void;
  onReset(card: Card): void;
  /** After a change, where focus should land: a row's action, by card id. */
  focus: { cardId: string; action: string } | undefined;
  onFocused(): void;
}

/**
 * The deck's cards as compact rows. Buttons name the card they act on; with
 * focus anywhere in a row, Alt+↑ and Alt+↓ move the card.
 */
export function CustomizeCardList({ cards, resettable, onEdit, onDuplicate, onDelete, onMove, onReset, focus, onFocused }: CardListProps) {
  const list = useRef<HTMLOListElement>(null);

  // Rows re-render after storage confirms a change; put focus back where the user was.
  useLayoutEffect(() => {
    if (!focus) return;
    const row = list.current?.querySelector(`[data-card-id="${CSS.escape(focus.cardId)}"]`);
    if (!row) return;
    const target =
      row.querySelector<HTMLButtonElement>(`[data-action="${focus.action}"]:not(:disabled)`) ??
      row.querySelector<HTMLButtonElement>('[data-action="edit"]');
    target?.focus();
    onFocused();
  }, [focus, cards, onFocused]);

  const onKeyDown = (event: KeyboardEvent, card: Card) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    onMove(card, event.key === 'ArrowUp' ? -1 : 1);
  };

  if (cards.length === 0) return <p className="empty">This deck has no cards yet. Add one below.</p>;

  return (
    <ol ref={list} className="card-rows" aria-label="Cards" aria-describedby="card-rows-keys">
      {cards.map((card, index) => {
        const shipped = resettable ? shippedCard(card.id) : undefined;
        const name = card.title;
        return (
          <li key={card.id} className="card-row" data-card-id={card.id} onKeyDown={(event) => onKeyDown(event, card)}>
            <p className="card-row-title">
              <span className="badge card-kind">{kindLabel(card.kind)}</span> {name}
            </p>
            <div className="card-row-actions">
              <button type="button" data-action="edit" aria-label={`Edit ${name}`} onClick={() => onEdit(card)}>
                Edit
              </button>
              <button type="button" data-action="duplicate" aria-label={`Duplicate ${name}`} onClick={() => onDuplicate(card)}>
                Duplicate
              </button>
              <button type="button" data-action="delete" aria-label={`Delete ${name}`} onClick={() => onDelete(card, index)}>
                Delete
              </button>
              {/* Only where it would change something: a row of disabled Resets is noise. */}
              {shipped && !sameValue(shipped, card) && (
                <button type="button" data-action="reset" aria-label={`Reset ${name} to default`} onClick={() => onReset(card)}>
                  Reset
                </button>
              )}
            </div>
            <div className="card-row-move">
              <button
                type="button"
                data-action="up"
                aria-label={`Move ${name} up`}
                aria-keyshortcuts="Alt+ArrowUp"
                disabled={index === 0}
                onClick={() => onMove(card, -1)}
              >
                ↑
              </button>
              <button
                type="button"
                data-action="down"
                aria-label={`Move ${name} down`}
                aria-keyshortcuts="Alt+ArrowDown"
                disabled={index === cards.length - 1}
                onClick={() => onMove(card, 1)}
              >
                ↓
              </button>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
