import { useCallback, useEffect, useRef, useState } from 'react';

/** How long a confirmation ("Copied") stays in view before it fades. */
export const MESSAGE_MS = 2_500;
/** The fade itself, after which the message is gone. */
export const MESSAGE_FADE_MS = 300;

/**
 * The panel's messages. Each is spoken once through one polite live region
 * (kept, visually hidden, so screen readers always hear it) and shown in a
 * slim bar at the bottom that fades after MESSAGE_MS: a confirmation never
 * lingers nor covers the work. A new message replaces the one in view, so
 * "Glance mode off" takes the place of "Glance mode on" at once.
 * Re-announcing the same words (copying twice) still speaks: the region is
 * cleared first.
 */
export interface AnnounceOptions {
  /** Spoken only, with no bar: for what the screen itself already shows (the step the user moved to). */
  quiet?: boolean;
}

export function useAnnouncer() {
  const [spoken, setSpoken] = useState('');
  const [shown, setShown] = useState<{ text: string; leaving: boolean }>();
  const speaking = useRef<ReturnType<typeof setTimeout>>(undefined);
  const timers = useRef<ReturnType<typeof setTimeout>[]>([]);

  const clearTimers = () => {
    timers.current.forEach(clearTimeout);
    timers.current = [];
  };
  useEffect(
    () => () => {
      clearTimers();
      clearTimeout(speaking.current);
    },
    [],
  );

  const announce = useCallback((next: string, { quiet = false }: AnnounceOptions = {}) => {
    clearTimeout(speaking.current);
    setSpoken('');
    speaking.current = setTimeout(() => setSpoken(next), 30);
    if (quiet) return;
    clearTimers();
    setShown({ text: next, leaving: false });
    timers.current = [
      setTimeout(() => setShown({ text: next, leaving: true }), MESSAGE_MS),
      setTimeout(() => setShown(undefined), MESSAGE_MS + MESSAGE_FADE_MS),
    ];
  }, []);

  const region = (
    <>
      <div className="live-status visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {spoken}
      </div>
      {shown && (
        <div className={shown.leaving ? 'flash-message leaving' : 'flash-message'} aria-hidden="true" data-testid="flash-message">
          {shown.text}
        </div>
      )}
    </>
  );
  return { announce, region };
}
