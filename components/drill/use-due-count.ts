import { useEffect, useState } from 'react';
import type { DueSummary } from '../../cards/drill/due-count';
import type { Deck } from '../../cards/schema';

// Longer timeouts overflow setTimeout's 32-bit delay.
const MAX_WAIT = 2 ** 31 - 1;

/**
 * The active deck's drill count for the header, kept current: on any grade
 * (this window or another), on a settings change, and when the next item
 * falls due or the day turns. The counting code is imported after the first
 * render, so the panel's first load does not grow by it.
 */
export function useDueCount(deck: Deck): DueSummary | undefined {
  const [summary, setSummary] = useState<DueSummary>();

  useEffect(() => {
    let live = true;
    let asked = 0;
    let stop: (() => void) | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    import('../../cards/drill/due-count').then(({ dueSummary, watchDueCount }) => {
      if (!live) return;
      const reload = () => {
        const mine = ++asked;
        dueSummary(deck, Date.now()).then(
          (next) => {
            if (!live || mine !== asked) return;
            setSummary(next);
            clearTimeout(timer);
            timer = setTimeout(reload, Math.min(MAX_WAIT, Math.max(1000, next.changesAt - Date.now() + 500)));
          },
          (error: unknown) => console.error('Sidecue: could not count the drill items due', error),
        );
      };
      stop = watchDueCount(reload);
      reload();
    }, console.error);
    return () => {
      live = false;
      clearTimeout(timer);
      stop?.();
    };
  }, [deck]);

  return summary;
}
