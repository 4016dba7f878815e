import { useEffect, type RefObject } from 'react';

/**
 * Publishes the height of the panel's sticky top (header, tabs, the now
 * strip) as the CSS variable --app-top-height, kept current as it changes
 * (a run starts, the strip wraps at 320 px): what sticks below it (the
 * phrasing search) sticks there, and what is scrolled into view clears it.
 */
export function useTopHeight(top: RefObject<HTMLElement | null>) {
  // After the first paint, not before it: a variable set on the root then would lay the whole page
  // out a second time before anything is shown, and nothing is scrolled yet to need it.
  useEffect(() => {
    const element = top.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const publish = () => document.documentElement.style.setProperty('--app-top-height', `${element.offsetHeight}px`);
    publish();
    const observer = new ResizeObserver(publish);
    observer.observe(element);
    return () => observer.disconnect();
  }, [top]);
}
