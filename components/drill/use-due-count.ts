import { useEffect, useState } from 'react';
import type { DueSummary } from '../../cards/drill/due-count';
import type { Deck } from '../../cards/schema';
import { whenIdle } from '../shell/idle';

// Longer timeouts overflow setTimeout's 32-bit delay.
const MAX_WAIT = 2 ** 31 - 1;

/**
 * The active deck's drill count for the header, kept current: on any grade
 * (this window or another), on a settings change, and when the next item
 * falls due or the day turns. The counting code is imported, and the count
 * made, in idle time after the first screen: neither the panel's first load
 * nor its first paint waits for a number in the header. `deck` stays
 * undefined until that screen is up: the count reads every drill record, and
 * the idle time while the first screen's own reads are out is not free.
 */
export function useDueCount(deck: Deck | undefined): DueSummary | undefined {
  const [summary, setSummary] = useState<DueSummary>();

  useEffect(() => {
    if (!deck) return;
    let live = true;
    let asked = 0;
    let stop: (() => void) | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const start = () =>
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
    const cancelStart = whenIdle(() => void start());
    return () => {
      live = false;
      cancelStart();
      clearTimeout(timer);
      stop?.();
    };
  }, [deck]);

  return summary;
}
