import { useEffect, useState } from 'react';
import type { DueSummary } from '../../cards/drill/due-count';
import type { Deck } from '../../cards/schema';
import { whenIdle } from '../shell/idle';

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
    let stop: (() => void) | undefined;
    let live = true;
    const cancelStart = whenIdle(() =>
      void import('../../cards/drill/due-count').then(({ followDueSummary }) => {
        if (live) stop = followDueSummary(deck, setSummary);
      }, console.error),
    );
    return () => {
      live = false;
      cancelStart();
      stop?.();
    };
  }, [deck]);

  return summary;
}
