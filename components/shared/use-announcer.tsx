import { useCallback, useRef, useState } from 'react';

/**
 * One polite live region for the whole panel. Re-announcing the same words
 * (copying twice) still speaks, because the text is cleared first.
 */
export function useAnnouncer() {
  const [message, setMessage] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  const announce = useCallback((next: string) => {
    setMessage('');
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setMessage(next), 30);
  }, []);

  const region = (
    <div className="live-status" role="status" aria-live="polite" aria-atomic="true">
      {message}
    </div>
  );
  return { announce, region };
}
