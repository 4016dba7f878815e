import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import { browser } from 'wxt/browser';
import { takeFirstScreenKey, type FirstScreenKey } from '../../cards/storage/raw-first-screen';
import { FIRST_SCREEN_SNAPSHOT_STORAGE_NAME } from '../../cards/storage/storage-keys';
import { wakeReplayedScreen } from './first-screen-replay';
import { whenIdle } from './idle';
import { snapshotOf, type SnapshotNode, type StoredSnapshot } from './screen-snapshot';

/** A picture larger than this is not kept: a huge steps card should not fill storage with a copy of itself. */
const MAX_SNAPSHOT_CHARS = 200_000;

/**
 * The first screen kept from one open to the next (first-screen-replay.ts),
 * for the panel's root element `app`:
 * - keeps it from the first commit with `onSteps` defined: true when that
 *   shows the Steps screen (no drill over it), the only screen the head's
 *   reads cover;
 * - wakes the kept one React adopted once the panel's effects have run (its
 *   keys bound): until then it stayed inert.
 */
export function useKeptFirstScreen(app: RefObject<HTMLElement | null>, onSteps: boolean | undefined): void {
  // The App's own effects run after its children's, which bind the keys.
  useEffect(() => {
    const root = app.current?.parentElement;
    if (root) wakeReplayedScreen(root);
  }, [app]);
  const done = useRef(false);
  useLayoutEffect(() => {
    if (done.current || onSteps === undefined) return;
    done.current = true;
    const early = takeFirstScreenKey();
    const root = app.current?.parentElement;
    if (onSteps && early && root) recordFirstScreen(root, early, whenIdle);
  });
}

/**
 * Keeps `root` (the panel's first screen, as React just committed it) as the
 * picture for `early.key`, unless the stored one is already that. Call it
 * from the first commit, before anything else changes the screen; the copy
 * is made at once and stored when the page is idle (`later`).
 */
export function recordFirstScreen(root: Element, early: FirstScreenKey, later: (work: () => void) => void): void {
  if (early.storedKey === early.key) return;
  const copy = root.cloneNode(true);
  later(() => {
    let nodes: SnapshotNode[];
    try {
      nodes = snapshotOf(copy);
    } catch (error) {
      console.warn('Sidecue: the first screen could not be kept for the next open', error);
      return;
    }
    const snapshot: StoredSnapshot = { key: early.key, nodes };
    const write =
      JSON.stringify(snapshot).length <= MAX_SNAPSHOT_CHARS
        ? browser.storage.local.set({ [FIRST_SCREEN_SNAPSHOT_STORAGE_NAME]: snapshot })
        : // Too large to keep: drop the old picture, which would never match again.
          browser.storage.local.remove(FIRST_SCREEN_SNAPSHOT_STORAGE_NAME);
    write.catch((error: unknown) => console.warn('Sidecue: could not keep the first screen for the next open', error));
  });
}
