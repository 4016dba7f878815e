import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { shippedCard } from '../../cards/editable-deck';
import { kindLabel } from '../../cards/new-card';
import { sameValue } from '../../cards/storage/same-value';
import type { Card } from '../../cards/schema';
import { OverflowMenu, type MenuAction } from '../shared/OverflowMenu';
import { whenIdle } from '../shell/idle';

/**
 * A deck of up to WHOLE_LIST cards (the shipped one has 63) is listed in one
 * go. A larger one gets its first rows at once and the rest a batch per idle
 * moment: measured on a 1,000-card deck, listing every row in one render held
 * the page for over half a second on a loaded 2-core machine, batches of 30
 * about half that (most of what remains is the section's own first render).
 * Rows are memoized with handlers that never change: a batch renders its
 * own 30 rows, not every row listed before it (which made each batch longer
 * than the one before, up to 250 ms on a 1,000-card deck).
 * Every row ends up in the list (find in page, a screen reader's list
 * navigation and Alt+arrows see them all).
 */
const WHOLE_LIST = 100;
const ROWS_PER_BATCH = 30;

interface CardListProps {
  /** The cards to show (the deck's, or those the filter keeps). */
  cards: readonly Card[];
  /** The deck's cards in order, for positions and moves. */
  all: readonly Card[];
  /** Whether the deck began as the shipped one, so its cards can be reset to it. */
  resettable: boolean;
  onEdit(card: Card): void;
  onDuplicate(card: Card): void;
  onDelete(card: Card, index: number): void;
  /** `from` is the row's control that asked ('edit' or 'more'), for focus to go back to. */
  onMove(card: Card, offset: number, from: 'edit' | 'more'): void;
  onReset(card: Card): void;
  /** After a change, where focus should land: a row's action, by card id. */
  focus: { cardId: string; action: string } | undefined;
  onFocused(): void;
}

type RowHandlers = Pick<CardListProps, 'onEdit' | 'onDuplicate' | 'onDelete' | 'onMove' | 'onReset'>;

/**
 * The deck's cards as calm rows: the title, Edit, and one menu for the rest
 * (duplicate, move, reset, delete). With focus anywhere in a row, Alt+↑ and
 * Alt+↓ move the card.
 */
export function CustomizeCardList({ cards, all, resettable, onEdit, onDuplicate, onDelete, onMove, onReset, focus, onFocused }: CardListProps) {
  const list = useRef<HTMLOListElement>(null);
  const [limit, setLimit] = useState(ROWS_PER_BATCH);
  useEffect(() => {
    if (cards.length <= WHOLE_LIST || limit >= cards.length) return;
    return whenIdle(() => setLimit((current) => current + ROWS_PER_BATCH));
  }, [limit, cards.length]);
  // A row that should take focus is listed whatever the batch.
  const needed = focus ? cards.findIndex((card) => card.id === focus.cardId) + 1 : 0;
  const listed = cards.length > WHOLE_LIST ? cards.slice(0, Math.max(limit, needed)) : cards;
  // Places by id: looking each card up in the deck would grow with the square of its size.
  const places = useMemo(() => new Map(all.map((card, index) => [card, index])), [all]);

  // Rows re-render after storage confirms a change; put focus back where the user was.
  useLayoutEffect(() => {
    if (!focus) return;
    const row = list.current?.querySelector(`[data-card-id="${CSS.escape(focus.cardId)}"]`);
    if (!row) return;
    const target =
      (focus.action === 'more' ? row.querySelector<HTMLButtonElement>('.overflow-menu-button') : null) ??
      row.querySelector<HTMLButtonElement>('[data-action="edit"]');
    target?.focus();
    onFocused();
  }, [focus, cards, onFocused]);

  // The parent's handlers change every render; rows call the newest through a ref, so a row's props change only with its card.
  const latest = useRef<RowHandlers>({ onEdit, onDuplicate, onDelete, onMove, onReset });
  useLayoutEffect(() => {
    latest.current = { onEdit, onDuplicate, onDelete, onMove, onReset };
  });
  const handlers = useMemo<RowHandlers>(
    () => ({
      onEdit: (card) => latest.current.onEdit(card),
      onDuplicate: (card) => latest.current.onDuplicate(card),
      onDelete: (card, index) => latest.current.onDelete(card, index),
      onMove: (card, offset, from) => latest.current.onMove(card, offset, from),
      onReset: (card) => latest.current.onReset(card),
    }),
    [],
  );

  return (
    <ol ref={list} className="card-rows" aria-label="Cards" aria-describedby="card-rows-keys">
      {listed.map((card) => {
        const index = places.get(card) ?? -1;
        return (
          <CardRow key={card.id} card={card} index={index} last={index === all.length - 1} resettable={resettable} handlers={handlers} />
        );
      })}
    </ol>
  );
}

interface CardRowProps {
  card: Card;
  /** The card's place in the deck. */
  index: number;
  last: boolean;
  resettable: boolean;
  handlers: RowHandlers;
}

/** One card: its title, Edit, and a menu for the rest. With focus anywhere in it, Alt+↑ and Alt+↓ move the card. */
const CardRow = memo(function CardRow({ card, index, last, resettable, handlers }: CardRowProps) {
  const { onEdit, onDuplicate, onDelete, onMove, onReset } = handlers;
  const shipped = resettable ? shippedCard(card.id) : undefined;
  const name = card.title;
  const actions: MenuAction[] = [
    { label: 'Duplicate', onSelect: () => onDuplicate(card) },
    { label: 'Move up', onSelect: () => onMove(card, -1, 'more'), disabled: index === 0 },
    { label: 'Move down', onSelect: () => onMove(card, 1, 'more'), disabled: last },
    // Only where it would change something: a Reset that does nothing is noise.
    ...(shipped && !sameValue(shipped, card) ? [{ label: 'Reset to the default', onSelect: () => onReset(card) }] : []),
    { label: 'Delete', onSelect: () => onDelete(card, index), danger: true },
  ];
  const onKeyDown = (event: KeyboardEvent) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    const from = (event.target as HTMLElement).closest('.overflow-menu') ? 'more' : 'edit';
    onMove(card, event.key === 'ArrowUp' ? -1 : 1, from);
  };
  return (
    <li className="card-row" data-card-id={card.id} onKeyDown={onKeyDown}>
      <p className="card-row-title">
        <span className="badge card-kind">{kindLabel(card.kind)}</span> {name}
      </p>
      <button type="button" className="card-row-edit" data-action="edit" aria-label={`Edit ${name}`} onClick={() => onEdit(card)}>
        Edit
      </button>
      <OverflowMenu label={`More actions for ${name}`} actions={actions} />
    </li>
  );
});
