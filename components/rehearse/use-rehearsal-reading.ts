import { missedCheckpoints, nextCheckpoint } from '../../cards/rehearsal/checkpoints';
import { firstOpenStep, readSession, rehearsalSession } from '../../cards/rehearsal/session';
import { elapsedMs, isPaused, remainingMs } from '../../cards/rehearsal/timer';
import type { Deck, StepsCard } from '../../cards/schema';
import { useStoredItem } from '../shared/use-stored-item';
import { useRehearsalClock } from './rehearsal-clock';

/**
 * The rehearsal in storage read for a glance: the step in view, the clock,
 * the last checkpoint passed and the next one. The Float window and the
 * panel's "now" strip both show a run from this one reading.
 * `stepId` is the panel's current step (local:panelView).
 */
export function useRehearsalReading(
  deck: Deck,
  stepId: string | undefined,
  view: Window | null = null,
  /** Hears whether each change made through `save` was stored (see useStoredItem). */
  onWrite?: (error: unknown) => void,
) {
  const [session, save] = useStoredItem(rehearsalSession, readSession, onWrite);
  const running = !!session && session.timer.endedAt === null && !isPaused(session.timer);
  const now = useRehearsalClock(running, view);

  const steps = deck.cards.find((card): card is StepsCard => card.kind === 'steps')?.steps ?? [];
  const current = stepId ?? (session ? firstOpenStep(session) : undefined);
  const step = steps.find((entry) => entry.id === current) ?? steps[0];
  const elapsed = session ? elapsedMs(session.timer, now) : 0;
  return {
    session,
    /** Changes the run: kept in memory here even when storage refuses it. */
    save,
    steps,
    step,
    elapsed,
    remaining: session ? remainingMs(session.timer, now) : 0,
    missed: session ? missedCheckpoints(session.checkpoints, session.stepsDone, elapsed).at(-1) : undefined,
    next: session ? nextCheckpoint(session.checkpoints, session.stepsDone, elapsed) : undefined,
  };
}
