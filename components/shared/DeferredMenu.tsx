import { useCallback, useEffect, useRef, useState, type ComponentType } from 'react';
import { whenIdle } from '../shell/idle';
import { MenuButton, type MenuButtonLook } from './MenuButton';
import type { MenuAsk } from './OverflowMenu';

type MenuComponent<P> = ComponentType<P & { asked?: MenuAsk }>;

/** A menu component's script, loaded once (cards/load-once.ts). */
export interface MenuScript<P> {
  load(): Promise<MenuComponent<P>>;
  ifLoaded(): MenuComponent<P> | undefined;
}

interface Props<P> extends MenuButtonLook {
  /** The component that renders the real menu (an OverflowMenu given `asked`), with the actions behind it. */
  menu: MenuScript<P>;
  props: P;
  /** Load the menu now rather than in idle time (something is waiting for it: a dropped file). */
  loadNow?: boolean;
}

/**
 * A menu button on the first screen whose menu, and the code of its actions
 * (deck files, board shapes, dialogs), loads just after the first paint
 * instead of with it. Until then the same button stands in its place, and
 * stays the very same element until the menu is in, so a key pressed on it
 * is not lost. What the user last asked of it (to open it, by click, Enter,
 * Space or an arrow; Esc or a second click to close it again) is carried out
 * by the menu when it lands, if they are still on the button: one who has
 * moved on is left where they are.
 */
export function DeferredMenu<P extends object>({ menu, props, loadNow, ...look }: Props<P>) {
  const asked = useRef<MenuAsk>(undefined);
  const [loaded, setLoaded] = useState(() => {
    const Menu = menu.ifLoaded();
    return Menu && { Menu, asked: undefined as MenuAsk | undefined };
  });
  const want = useCallback(() => {
    menu.load().then((Menu) => setLoaded({ Menu, asked: asked.current }), console.error);
  }, [menu]);
  useEffect(() => (loaded ? undefined : loadNow ? want() : whenIdle(want)), [loaded, loadNow, want]);
  if (loaded) return <loaded.Menu {...props} asked={loaded.asked} />;
  const ask = (what: MenuAsk) => {
    asked.current = what;
    want();
  };
  return (
    <MenuButton
      {...look}
      expanded={false}
      onFocus={() => ask(asked.current ?? 'focus')}
      // Moved on (Tab, a click elsewhere): nothing is carried out for them. The stand-in leaving
      // with the menu's arrival blurs it too, but only after the request was handed over.
      onBlur={() => (asked.current = undefined)}
      // A second click closes what the first opened, as on the real button.
      onClick={() => ask(asked.current === 'open' || asked.current === 'open-last' ? 'focus' : 'open')}
      onKeyDown={(event) => {
        // Esc closes what was asked open, and leaves focus here.
        if (event.key === 'Escape') ask('focus');
        else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
          event.preventDefault();
          ask(event.key === 'ArrowUp' ? 'open-last' : 'open');
        }
      }}
    />
  );
}
