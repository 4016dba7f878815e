import { browser } from 'wxt/browser';
import { loadOnce } from '../../cards/load-once';
import { takeRawSession } from '../../cards/storage/raw-first-screen';
import { REHEARSAL_SESSION_STORAGE_NAME } from '../../cards/storage/storage-keys';
import { holdFirstRender, startEarly } from './early-reads';
import type { NowStrip } from './NowStrip';

/*
 * The now strip (./NowStrip.tsx) is its own chunk: most panels open with no
 * rehearsal under way and never need it. When one is under way, the strip is
 * in the first screen, so it is loaded, and the run read, before the first
 * render (main.tsx waits for both, briefly): arriving after the first paint,
 * it would push everything below it down as the user reads.
 */

const strip = loadOnce(() => import('./NowStrip').then((module) => module.NowStrip));

/** The strip's script, loaded once and kept. */
export const loadNowStrip: () => Promise<typeof NowStrip> = strip.load;

/** The strip if its script is in already, for a render that cannot wait. */
export const nowStripIfLoaded: () => typeof NowStrip | undefined = strip.ifLoaded;

/** Whether a raw stored session looks like a run under way (the strip checks it properly). */
function runUnderWay(raw: unknown): boolean {
  const timer = (raw as { timer?: { endedAt?: unknown } } | null | undefined)?.timer;
  return typeof timer === 'object' && timer !== null && timer.endedAt === null;
}

/** Started with the panel's first reads: with a run under way, the strip and the run are in before the first render. */
export function preloadNowStripForRun(): void {
  holdFirstRender(
    (async () => {
      // Most often already read, with the active deck's id, by the panel's first script: no round trip
      // of its own before the first render when no run is under way.
      const raw = await (takeRawSession() ??
        browser.storage.local.get(REHEARSAL_SESSION_STORAGE_NAME).then((found) => found[REHEARSAL_SESSION_STORAGE_NAME]));
      if (!runUnderWay(raw)) return;
      const [, { rehearsalSession }] = await Promise.all([loadNowStrip(), import('../../cards/rehearsal/session')]);
      // The same read the strip's hook makes, handed over to it (see early-reads.ts).
      await startEarly(rehearsalSession, () => rehearsalSession.getValue(), (onChange) => rehearsalSession.watch(onChange));
    })(),
  );
}
