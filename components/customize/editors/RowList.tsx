import { useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { EditorExpanded } from './editor-expanded';

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
  /**
   * Items start folded to their name, so a long card (five template variants
   * of six slots each) stays walkable at 320 px. An item with a problem in it
   * is always open, so an error is never hidden.
   */
  collapsible?: boolean;
  /** Whether the item at `index` has a problem (keeps it open). */
  hasError?(index: number): boolean;
}

/**
 * An editable list of structured items (steps, variants, rows): each item in
 * its own fieldset, with buttons that say which item they act on, and focus
 * moved to the new item when one is added.
 */
export function RowList<T>({ label, itemName, items, onChange, newItem, render, error, describe, collapsible, hasError }: RowListProps<T>) {
  const listRef = useRef<HTMLOListElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  // Rows are keyed by position (a slot's id is typed by the user, so it cannot
  // be the key); open state and focus follow an item when it moves.
  const expanded = useContext(EditorExpanded);
  const [opened, setOpened] = useState<ReadonlySet<number>>(() => (expanded ? new Set(items.keys()) : new Set()));
  const [focus, setFocus] = useState<{ index: number; target: string }>();

  useEffect(() => {
    if (!focus) return;
    const row = listRef.current?.children[focus.index];
    const wanted = row?.querySelector<HTMLElement>(focus.target);
    const usable =
      wanted && !(wanted as HTMLButtonElement).disabled
        ? wanted
        : row?.querySelector<HTMLElement>('summary, .row-actions button:not(:disabled)');
    usable?.focus();
    setFocus(undefined);
  }, [focus]);

  const remap = (map: (index: number) => number | undefined) =>
    setOpened((current) => new Set([...current].map(map).filter((index): index is number => index !== undefined)));
  const setOpen = (index: number, open: boolean) =>
    setOpened((current) => {
      if (current.has(index) === open) return current;
      const next = new Set(current);
      if (open) next.add(index);
      else next.delete(index);
      return next;
    });

  const replace = (index: number, next: T) => onChange(items.map((item, at) => (at === index ? next : item)));
  const remove = (index: number) => {
    onChange(items.filter((_, at) => at !== index));
    remap((at) => (at === index ? undefined : at > index ? at - 1 : at));
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
    remap((at) => (at === index ? to : at === to ? index : at));
    setFocus({ index: to, target: offset < 0 ? '[data-move="up"]' : '[data-move="down"]' });
  };
  const add = () => {
    onChange([...items, newItem(items)]);
    setOpen(items.length, true);
    setFocus({ index: items.length, target: 'input, textarea, select' });
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
          const title = (
            <>
              {name}
              {detail ? <span className="row-detail">: {detail}</span> : null}
            </>
          );
          const body = (
            <>
              {render(item, index, (next) => replace(index, next))}
              <div className="row-actions">
                <button type="button" data-move="up" disabled={index === 0} onClick={() => move(index, -1)} aria-label={`Move ${name} up`}>
                  ↑
                </button>
                <button
                  type="button"
                  data-move="down"
                  disabled={index === items.length - 1}
                  onClick={() => move(index, 1)}
                  aria-label={`Move ${name} down`}
                >
                  ↓
                </button>
                <button type="button" data-remove onClick={() => remove(index)} aria-label={`Remove ${name}`}>
                  Remove
                </button>
              </div>
            </>
          );
          if (!collapsible) {
            return (
              <li key={index} className="row-item">
                <fieldset>
                  <legend>{title}</legend>
                  {body}
                </fieldset>
              </li>
            );
          }
          const invalid = hasError?.(index) ?? false;
          return (
            <li key={index} className={invalid ? 'row-item invalid' : 'row-item'}>
              <details
                open={opened.has(index) || invalid}
                onToggle={(event) => setOpen(index, event.currentTarget.open)}
              >
                <summary>
                  {title}
                  {invalid && <span className="row-problem"> · has a problem</span>}
                </summary>
                <fieldset>
                  <legend className="visually-hidden">{name}</legend>
                  {body}
                </fieldset>
              </details>
            </li>
          );
        })}
      </ol>
      <button type="button" ref={addRef} className="add-row" onClick={add}>
        Add {itemName.toLowerCase()}
      </button>
    </fieldset>
  );
}
