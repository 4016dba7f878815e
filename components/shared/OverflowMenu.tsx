import { Check, Ellipsis } from './icons';
import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import './OverflowMenu.css';

export interface MenuAction {
  label: string;
  onSelect(): void;
  icon?: ReactNode;
  disabled?: boolean;
  /** Destructive actions (delete, discard) read in the warning colour. */
  danger?: boolean;
  /** A choice among several (which deck): read as a radio item, checked or not. */
  checked?: boolean;
  /** Draws a separator above this item, to group choices apart from actions. */
  startsGroup?: boolean;
  /** Keeps items with the same label apart (two decks of one name). */
  id?: string;
  /** A second, quieter line under the label. */
  detail?: string;
}

interface Props {
  /** The button's accessible name, naming the item: "More actions for Latency is conversion". */
  label: string;
  actions: readonly MenuAction[];
  /** Shown beside the icon; by default the button is the icon alone. */
  text?: ReactNode;
  className?: string;
  /** Replaces the ellipsis icon (aria-hidden). */
  icon?: ReactNode;
}

/**
 * The one overflow menu of the panel: every action an item has beyond its
 * primary one lives here, so an item never shows more than two buttons.
 * ARIA menu-button pattern: Enter, Space or ↓ open it on the first item,
 * ↑ on the last; arrows, Home and End move; Esc closes it back onto the
 * button; Tab or a click elsewhere closes it.
 */
export function OverflowMenu({ label, actions, text, className, icon }: Props) {
  const [open, setOpen] = useState(false);
  const [upward, setUpward] = useState(false);
  const firstFocus = useRef<'first' | 'last'>('first');
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const menuId = useId();

  const items = () => [...(menu.current?.querySelectorAll<HTMLButtonElement>('[role^="menuitem"]:not(:disabled)') ?? [])];
  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };

  useLayoutEffect(() => {
    if (!open || !menu.current || !button.current) return;
    // Open upward when the menu would run past the bottom of the panel.
    const below = window.innerHeight - button.current.getBoundingClientRect().bottom;
    setUpward(below < menu.current.offsetHeight + 8);
    const list = items();
    (firstFocus.current === 'first' ? list[0] : list[list.length - 1])?.focus();
  }, [open]);

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menu.current?.contains(target) && !button.current?.contains(target)) close(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  const openWith = (focus: 'first' | 'last') => {
    firstFocus.current = focus;
    setOpen(true);
  };

  const onButtonKey = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      openWith(event.key === 'ArrowDown' ? 'first' : 'last');
    }
  };

  const onMenuKey = (event: KeyboardEvent) => {
    const list = items();
    const at = list.indexOf(document.activeElement as HTMLButtonElement);
    const move = (index: number) => list[(index + list.length) % list.length]?.focus();
    if (event.key === 'ArrowDown') move(at + 1);
    else if (event.key === 'ArrowUp') move(at - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(list.length - 1);
    else if (event.key === 'Escape') close(true);
    else if (event.key === 'Tab') {
      close(false);
      return;
    } else return;
    // Keys used by the menu are not the panel's shortcuts.
    event.preventDefault();
    event.stopPropagation();
  };

  return (
    <div className={['overflow-menu', className].filter(Boolean).join(' ')}>
      <button
        ref={button}
        type="button"
        className="overflow-menu-button"
        aria-label={label}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        title={label}
        onClick={() => (open ? close(false) : openWith('first'))}
        onKeyDown={onButtonKey}
      >
        {icon ?? <Ellipsis aria-hidden="true" size={18} />}
        {text && <span className="overflow-menu-text">{text}</span>}
      </button>
      {open && (
        <div
          ref={menu}
          id={menuId}
          role="menu"
          aria-label={label}
          className={upward ? 'overflow-menu-list upward' : 'overflow-menu-list'}
          onKeyDown={onMenuKey}
        >
          {actions.map((action) => [
            action.startsGroup && <div key={`${action.id ?? action.label}-separator`} role="separator" className="overflow-menu-separator" />,
            <button
              key={action.id ?? action.label}
              type="button"
              role={action.checked === undefined ? 'menuitem' : 'menuitemradio'}
              aria-checked={action.checked}
              tabIndex={-1}
              disabled={action.disabled}
              className={action.danger ? 'danger' : undefined}
              onClick={() => {
                close(true);
                action.onSelect();
              }}
            >
              {action.checked !== undefined && (
                <span className="overflow-menu-check" aria-hidden="true">
                  {action.checked && <Check size={16} />}
                </span>
              )}
              {action.icon}
              <span className="overflow-menu-label">
                {action.label}
                {action.detail && <span className="overflow-menu-detail">{action.detail}</span>}
              </span>
            </button>,
          ])}
        </div>
      )}
    </div>
  );
}
