import { useEffect, useRef, useState, type ReactNode } from 'react';

interface RowListProps<T> {
  /** The list's name ("Steps"); its items are "Step 1", "Step 2"… */
  label: string;
  itemName: string;
  items: readonly T[];
  onChange(next: T[]): void;
  newItem(items: readonly T[]): T;
  /** The fields of one item; `update` replaces it. */
  render(item: T, index: number, update: (next: T) => void): ReactNode;
  /** A problem with the list itself ("needs at least one step"). */
  error?: string;
  /** Item names shown in legends, e.g. a step's title, to tell items apart. */
  describe?(item: T): string;
}

/**
 * An editable list of structured items (steps, variants, rows): each item in
 * its own fieldset, with buttons that say which item they act on, and focus
 * moved to the new item when one is added.
 */
export function RowList<T>({ label, itemName, items, onChange, newItem, render, error, describe }: RowListProps<T>) {
  const listRef = useRef<HTMLOListElement>(null);
  // Rows are keyed by position (a slot's id is typed by the user, so it cannot
  // be the key); after a move, focus follows the item to its new row.
  const [focus, setFocus] = useState<{ index: number; target: string }>();

  useEffect(() => {
    if (!focus) return;
    const row = listRef.current?.children[focus.index];
    const wanted = row?.querySelector<HTMLElement>(focus.target);
    const usable = wanted && !(wanted as HTMLButtonElement).disabled ? wanted : row?.querySelector<HTMLElement>('.row-actions button:not(:disabled)');
    usable?.focus();
    setFocus(undefined);
  }, [focus]);

  const replace = (index: number, next: T) => onChange(items.map((item, at) => (at === index ? next : item)));
  const addRef = useRef<HTMLButtonElement>(null);
  const remove = (index: number) => {
    onChange(items.filter((_, at) => at !== index));
    // Focus stays near where it was: the next item's Remove, or Add when none is left.
    if (items.length === 1) addRef.current?.focus();
    else setFocus({ index: Math.min(index, items.length - 2), target: '[data-remove]' });
  };
  const move = (index: number, offset: number) => {
    const to = index + offset;
    if (to < 0 || to >= items.length) return;
    const next = [...items];
    const [item] = next.splice(index, 1);
    next.splice(to, 0, item!);
    onChange(next);
    setFocus({ index: to, target: offset < 0 ? '[data-move="up"]' : '[data-move="down"]' });
  };

  return (
    <fieldset className={error ? 'row-list invalid' : 'row-list'} aria-invalid={error ? true : undefined}>
      <legend>{label}</legend>
      {error && (
        <p className="field-error">
          {label} {error}
        </p>
      )}
      <ol ref={listRef}>
        {items.map((item, index) => {
          const name = `${itemName} ${index + 1}`;
          const detail = describe?.(item)?.trim();
          return (
            <li key={index} className="row-item">
              <fieldset>
                <legend>
                  {name}
                  {detail ? <span className="row-detail">: {detail}</span> : null}
                </legend>
                {render(item, index, (next) => replace(index, next))}
                <div className="row-actions">
                  <button type="button" disabled={index === 0} data-move="up" onClick={() => move(index, -1)} aria-label={`Move ${name} up`}>
                    ↑
                  </button>
                  <button
                    type="button"
                    disabled={index === items.length - 1}
                    data-move="down"
                    onClick={() => move(index, 1)}
                    aria-label={`Move ${name} down`}
                  >
                    ↓
                  </button>
                  <button type="button" data-remove onClick={() => remove(index)} aria-label={`Remove ${name}`}>
                    Remove
                  </button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        ref={addRef}
        className="add-row"
        onClick={() => {
          onChange([...items, newItem(items)]);
          setFocus({ index: items.length, target: 'input, textarea, select' });
        }}
      >
        Add {itemName.toLowerCase()}
      </button>
    </fieldset>
  );
}
