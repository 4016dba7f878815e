import type { KeyboardEvent, ReactNode, Ref } from 'react';
import { Ellipsis } from './icons';
import './MenuButton.css';

/** How a menu's button looks and what it is called: the same before its menu has loaded (DeferredMenu) and after. */
export interface MenuButtonLook {
  /** The button's accessible name, naming the item: "More actions for Latency is conversion". */
  label: string;
  /** Shown beside the icon; by default the button is the icon alone. */
  text?: ReactNode;
  /** Replaces the ellipsis icon (aria-hidden). */
  icon?: ReactNode;
  className?: string;
}

interface Props extends MenuButtonLook {
  ref?: Ref<HTMLButtonElement>;
  expanded: boolean;
  controls?: string;
  onClick(): void;
  onKeyDown?(event: KeyboardEvent): void;
  onFocus?(): void;
  onBlur?(): void;
  children?: ReactNode;
}

/** An overflow menu's button, in its wrapper (the menu list, when open, is a child of the wrapper). */
export function MenuButton({ ref, label, text, icon, className, expanded, controls, onClick, onKeyDown, onFocus, onBlur, children }: Props) {
  return (
    <div className={['overflow-menu', className].filter(Boolean).join(' ')}>
      <button
        ref={ref}
        type="button"
        className="overflow-menu-button"
        aria-label={label}
        aria-haspopup="menu"
        aria-expanded={expanded}
        aria-controls={controls}
        title={label}
        onClick={onClick}
        onKeyDown={onKeyDown}
        onFocus={onFocus}
        onBlur={onBlur}
      >
        {icon ?? <Ellipsis aria-hidden="true" size={18} />}
        {text && <span className="overflow-menu-text">{text}</span>}
      </button>
      {children}
    </div>
  );
}
