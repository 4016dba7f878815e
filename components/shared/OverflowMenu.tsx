import { Check } from './icons';
import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { MenuButton, type MenuButtonLook } from './MenuButton';
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

interface Props extends MenuButtonLook {
  actions: readonly MenuAction[];
  /**
   * What the user asked of the button before this menu loaded (DeferredMenu):
   * focus stays on it, and a click or Enter opens the menu once it is in.
   */
  asked?: MenuAsk;
}

/** A request made of a menu's button while its menu was still loading: focus it, or open it on its first or last item. */
export type MenuAsk = 'focus' | 'open' | 'open-last';

/**
 * The one overflow menu of the panel: every action an item has beyond its
 * primary one lives here, so an item never shows more than two buttons.
 * ARIA menu-button pattern: Enter, Space or ↓ open it on the first item,
 * ↑ on the last; arrows, Home and End move; Esc closes it back onto the
 * button; Tab or a click elsewhere closes it.
 */
export function OverflowMenu({ label, actions, text, className, icon, asked }: Props) {
  const [open, setOpen] = useState(asked === 'open' || asked === 'open-last');
  const [room, setRoom] = useState<Room>({ upward: false, shift: 0 });
  const firstFocus = useRef<'first' | 'last'>(asked === 'open-last' ? 'last' : 'first');
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const menuId = useId();

  const items = () => [...(menu.current?.querySelectorAll<HTMLButtonElement>('[role^="menuitem"]:not(:disabled)') ?? [])];
  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };

  // Stepping in for the stand-in button the user is on (DeferredMenu): keep their place.
  useLayoutEffect(() => {
    if (asked === 'focus') button.current?.focus();
    // Only the first render's request: later ones are made to this menu itself.
  }, []);

  useLayoutEffect(() => {
    if (!open || !menu.current || !button.current) return;
    setRoom(roomFor(button.current, menu.current));
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
    <MenuButton
      ref={button}
      label={label}
      text={text}
      icon={icon}
      className={className}
      expanded={open}
      controls={open ? menuId : undefined}
      onClick={() => (open ? close(false) : openWith('first'))}
      onKeyDown={onButtonKey}
    >
      {open && (
        <div
          ref={menu}
          id={menuId}
          role="menu"
          aria-label={label}
          className={room.upward ? 'overflow-menu-list upward' : 'overflow-menu-list'}
          style={{
            ...(room.shift > 0 && { right: -room.shift }),
            ...(room.maxHeight !== undefined && { maxHeight: room.maxHeight, overflowY: 'auto' }),
          }}
          onKeyDown={onMenuKey}
        >
          {/* One flat list, each element keyed by its action: decks arriving above the focused item must not remount it. */}
          {actions.flatMap((action) => [
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
    </MenuButton>
  );
}

/** Margin kept between a menu and the edge of the room it opens into. */
const EDGE = 8;

interface Room {
  upward: boolean;
  /** Scrolls within this height when neither side holds the menu whole. */
  maxHeight?: number;
  /** How far right of its button's edge the menu moves to stay inside the panel. */
  shift: number;
}

/**
 * Where a menu fits: below its button, unless it would run past the bottom of
 * the panel and there is more room above (under the panel's sticky top, whose
 * height the shell publishes as --app-top-height). Where neither side holds it
 * whole, it takes the larger and scrolls, so no item is ever out of reach.
 * It hangs left from its button's right edge, moved right as far as it takes
 * to keep its left edge inside the panel (a button mid-row at 320 px).
 */
function roomFor(button: HTMLElement, menu: HTMLElement): Room {
  const rect = button.getBoundingClientRect();
  const top = parseFloat(getComputedStyle(document.documentElement).getPropertyValue('--app-top-height')) || 0;
  const below = window.innerHeight - rect.bottom - EDGE;
  const above = rect.top - Math.min(top, rect.top) - EDGE;
  const height = menu.scrollHeight;
  const upward = below < height && above > below;
  const space = upward ? above : below;
  const anchor = (menu.offsetParent ?? button).getBoundingClientRect().right;
  const shift = Math.max(0, Math.min(EDGE - (anchor - menu.offsetWidth), window.innerWidth - EDGE - anchor));
  return { upward, maxHeight: height > space ? Math.max(space, 0) : undefined, shift };
}
