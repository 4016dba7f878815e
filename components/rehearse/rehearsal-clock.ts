import { useEffect, useState } from 'react';

/**
 * The wall clock as React state, re-read a few times a second while
 * `running`. The rehearsal's time is always derived from this timestamp, so a
 * missed or throttled tick only delays the display, never skews it.
 * `view` is the window whose timers to use: the Picture-in-Picture window
 * stays visible when the tab that opened it is hidden and throttled.
 */
export function useRehearsalClock(running: boolean, view: Window | null = typeof window === 'undefined' ? null : window): number {
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    const target = view ?? window;
    const tick = () => setNow(Date.now());
    tick();
    // Coming back from sleep or another tab shows the right time at once.
    target.document.addEventListener('visibilitychange', tick);
    target.addEventListener('focus', tick);
    const id = running ? target.setInterval(tick, 250) : undefined;
    return () => {
      target.document.removeEventListener('visibilitychange', tick);
      target.removeEventListener('focus', tick);
      if (id !== undefined) target.clearInterval(id);
    };
  }, [running, view]);

  return now;
}
