import { useEffect, useState } from 'react';

/** How long a wait must last before it is worth a line: a storage read takes a few ms. */
const SAY_AFTER_MS = 400;

/**
 * "Loading …" for a part of the panel waiting on storage, said only once the
 * wait is long enough to notice. A line shown for the few ms a read takes
 * would flash and leave the eye looking for what moved.
 */
export function LoadingLine({ children }: { children: string }) {
  const [due, setDue] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setDue(true), SAY_AFTER_MS);
    return () => clearTimeout(timer);
  }, []);
  return due ? <p className="loading">{children}</p> : null;
}
