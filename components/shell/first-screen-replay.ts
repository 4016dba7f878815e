import type { FirstScreenReplay } from '../../cards/storage/raw-first-screen';
import { buildSnapshot, type StoredSnapshot } from './screen-snapshot';

/*
 * The Steps screen, shown the moment storage answers instead of once React
 * has loaded, run and rendered (most of the panel's start-up in a tab).
 *
 * When the panel draws its first screen on the Steps screen, it keeps a
 * picture of it (first-screen-record.ts) under the fingerprint of everything that
 * screen was drawn from: the build, the active deck's records and the
 * panel's view, as the head's first read found them. The next open's head
 * script reads the same things; when their fingerprint is the picture's, it
 * builds the picture into #root (replayFirstScreen), and React hydrates it:
 * it adopts those elements as its own first render instead of drawing new
 * ones (entrypoints/sidepanel/main.tsx). Should they differ after all, React
 * draws the screen afresh, as it would have without the picture. Anything changed (a card,
 * the step, the build) and the fingerprints differ: the panel opens as it
 * did before, and keeps a new picture.
 *
 * Until React has taken it over and bound the panel's keys, the picture is
 * inert: it cannot be focused or clicked, and screen readers wait for the
 * live screen (a few tens of ms).
 */

/**
 * What the head script of sidepanel.html does with its reads
 * (raw-first-screen.ts), given its own tag: the build named on it
 * (wxt.config.ts stamps it). None in development, where the names do not
 * change with the code: then nothing is replayed.
 */
export function firstScreenReplay(script: Element | null): FirstScreenReplay | undefined {
  const build = script?.getAttribute('data-build');
  return build ? { build, show: (snapshot, key) => withRoot(document, (root) => replayFirstScreen(snapshot, key, root)) } : undefined;
}

/**
 * Runs `then` with #root once the parser has reached it: storage can answer
 * the head's reads before the parser, which yields after a script, gets past
 * the <head> (with nothing stored, there is a single read).
 */
function withRoot(doc: Document, then: (root: Element) => void): void {
  const root = doc.getElementById('root');
  if (root) return then(root);
  const observer = new MutationObserver(() => {
    const parsed = doc.getElementById('root');
    if (!parsed) return;
    observer.disconnect();
    then(parsed);
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true });
}

/**
 * Builds `snapshot` into `root` (the panel's #root, still empty) when it was
 * taken under `key`; whether it did. A snapshot that fails its check is not
 * shown, and the panel opens as it always has.
 */
export function replayFirstScreen(snapshot: unknown, key: string, root: Element): boolean {
  const stored = snapshot as Partial<StoredSnapshot> | null | undefined;
  if (stored?.key !== key || root.firstChild) return false;
  try {
    const picture = buildSnapshot(stored.nodes, root.ownerDocument);
    // On the container, which React never draws: the picture's own elements stay exactly React's.
    root.setAttribute('inert', '');
    root.append(picture);
    return true;
  } catch (error) {
    console.warn('Sidecue: the first screen kept from the last open could not be shown', error);
    return false;
  }
}

/** Whether `container` holds the picture the head showed (still inert: React has not taken it over). */
export function holdsReplayedScreen(container: Element): boolean {
  return container.hasAttribute('inert') && container.firstElementChild !== null;
}

/** Makes the picture React adopted answer the user: called once the panel's keys are bound. */
export function wakeReplayedScreen(container: Element): void {
  container.removeAttribute('inert');
}

/** React found the picture differs from what it renders, and drew the screen afresh: nothing is lost, but the next open should not pay for it twice. */
export function replayMismatch(error: unknown): void {
  console.warn('Sidecue: the first screen kept from the last open did not match; drawn afresh', error);
}
