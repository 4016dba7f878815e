import { useCallback, useState } from 'react';
import { loadOnce } from '../../cards/load-once';
import { ChevronDown } from '../shared/icons';
import { DeferredMenu } from '../shared/DeferredMenu';
import type { MenuButtonLook } from '../shared/MenuButton';
import type { DeckMenu } from './DeckMenu';
import { useDeckFileDrop } from './use-deck-file-drop';
import './DeckMenuButton.css';

// The deck menu itself (switching, new, rename, import, export, delete, and a
// deck file dropped on the panel) loads just after the first paint.
const deckMenu = loadOnce(() => import('./DeckMenu').then((m) => m.DeckMenu));

type Props = Omit<Parameters<typeof DeckMenu>[0], 'asked' | 'dropped' | 'onDropTaken'>;

/**
 * The header's deck button: the deck's name, and its menu once loaded. A deck
 * file dropped on the panel is caught here from the first screen on, and
 * handed to the menu (loaded at once for it), which imports it.
 */
export function DeckMenuButton(props: Props) {
  const [dropped, setDropped] = useState<File[]>();
  const dragging = useDeckFileDrop(setDropped);
  const taken = useCallback(() => setDropped(undefined), []);
  return (
    <>
      <DeferredMenu
        menu={deckMenu}
        props={{ ...props, dropped, onDropTaken: taken }}
        loadNow={dropped !== undefined}
        {...deckMenuLook(props.library.deck.name)}
      />
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          Drop the deck file to import it
        </div>
      )}
    </>
  );
}

/** The deck button's name and look, the same before the menu loads and after. */
export function deckMenuLook(name: string): MenuButtonLook {
  return {
    className: 'deck-menu',
    label: `Deck: ${name}`,
    text: <DeckName name={name} />,
    icon: <ChevronDown aria-hidden="true" size={16} className="deck-menu-chevron" />,
  };
}

/**
 * A deck's name that keeps a copy's number in view when cut: copies differ
 * only there ("PM system design (mine) (2)"), so a trailing "(2)" stays whole
 * and the words before it take the ellipsis.
 */
function DeckName({ name }: { name: string }) {
  const tail = /\s*\(\d+\)$/.exec(name)?.[0] ?? '';
  const head = name.slice(0, name.length - tail.length);
  return (
    <>
      <span className="deck-name-head">{head}</span>
      {tail && <span className="deck-name-tail">{tail}</span>}
    </>
  );
}
