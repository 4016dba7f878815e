import { Suspense, useEffect, useState, type ComponentType, type LazyExoticComponent } from 'react';
import { whenIdle } from '../shell/idle';
import { MenuButton, type MenuButtonLook } from './MenuButton';
import type { MenuAsk } from './OverflowMenu';

interface Props<P> extends MenuButtonLook {
  /** The component that renders the real menu (an OverflowMenu given `asked`), with the actions behind it. */
  menu: LazyExoticComponent<ComponentType<P & { asked?: MenuAsk }>>;
  props: P;
}

/**
 * A menu button on the first screen whose menu, and the code of its actions
 * (deck files, board shapes, dialogs), loads just after the first paint
 * instead of with it. Until then the same button stands in its place; a user
 * who reaches it first is not lost: focus moves to the real button, and a
 * click or Enter opens the menu as soon as it is in.
 */
export function DeferredMenu<P extends object>({ menu: Menu, props, ...look }: Props<P>) {
  const [wanted, setWanted] = useState(false);
  const [asked, setAsked] = useState<MenuAsk>();
  useEffect(() => whenIdle(() => setWanted(true)), []);
  const placeholder = (
    <MenuButton
      {...look}
      expanded={false}
      onFocus={() => {
        setAsked((before) => before ?? 'focus');
        setWanted(true);
      }}
      onClick={() => {
        setAsked('open');
        setWanted(true);
      }}
      onKeyDown={(event) => {
        if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
        event.preventDefault();
        setAsked('open');
        setWanted(true);
      }}
    />
  );
  if (!wanted) return placeholder;
  return (
    <Suspense fallback={placeholder}>
      <Menu {...props} asked={asked} />
    </Suspense>
  );
}
