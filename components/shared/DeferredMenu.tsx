import { useCallback, useEffect, useState, type ComponentType } from 'react';
import { whenIdle } from '../shell/idle';
import { MenuButton, type MenuButtonLook } from './MenuButton';
import type { MenuAsk } from './OverflowMenu';

/** A menu component's script, loaded once (cards/load-once.ts). */
export interface MenuScript<P> {
  load(): Promise<ComponentType<P & { asked?: MenuAsk }>>;
  ifLoaded(): ComponentType<P & { asked?: MenuAsk }> | undefined;
}

interface Props<P> extends MenuButtonLook {
  /** The component that renders the real menu (an OverflowMenu given `asked`), with the actions behind it. */
  menu: MenuScript<P>;
  props: P;
}

/**
 * A menu button on the first screen whose menu, and the code of its actions
 * (deck files, board shapes, dialogs), loads just after the first paint
 * instead of with it. Until then the same button stands in its place, and
 * stays the very same element until the menu is in, so a key pressed on it
 * is not lost: what the user asked of it (focus, or to open it by click,
 * Enter, Space or an arrow) is handed to the menu, which carries it out.
 */
export function DeferredMenu<P extends object>({ menu, props, ...look }: Props<P>) {
  const [Menu, setMenu] = useState(() => menu.ifLoaded());
  const [asked, setAsked] = useState<MenuAsk>();
  const want = useCallback(() => {
    menu.load().then((loaded) => setMenu(() => loaded), console.error);
  }, [menu]);
  useEffect(() => (Menu ? undefined : whenIdle(want)), [Menu, want]);
  if (Menu) return <Menu {...props} asked={asked} />;
  const open = () => {
    setAsked('open');
    want();
  };
  return (
    <MenuButton
      {...look}
      expanded={false}
      onFocus={() => {
        setAsked((before) => before ?? 'focus');
        want();
      }}
      onClick={open}
      onKeyDown={(event) => {
        if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
        event.preventDefault();
        open();
      }}
    />
  );
}
