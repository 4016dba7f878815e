import { ownValue } from '../../cards/id-record';
import { panelView, readPanelView } from '../../cards/storage/preferences';
import { nextCheckpoint, missedCheckpoints } from '../../cards/rehearsal/checkpoints';
import { firstOpenStep, readSession, rehearsalSession } from '../../cards/rehearsal/session';
import { elapsedMs, formatClock, isPaused, remainingMs } from '../../cards/rehearsal/timer';
import type { StepsCard } from '../../cards/schema';
import { useLibrary } from '../shell/use-library';
import { useRehearsalClock } from './rehearsal-clock';
import { useStoredItem } from '../shared/use-stored-item';
import './FloatCard.css';

interface Props {
  /** The window this card is drawn in (the Picture-in-Picture one, say); its timers keep ticking. */
  view?: Window | null;
}

/**
 * The current step and the rehearsal clock, small enough for an always-on-top
 * window. Everything comes from storage (the panel's step, the rehearsal in
 * progress), so it stays in step with the panel without any messaging.
 */
export function FloatCard({ view = null }: Props) {
  const library = useLibrary();
  const [session] = useStoredItem(rehearsalSession, readSession);
  const [panel] = useStoredItem(panelView, readPanelView);
  const running = !!session && session.timer.endedAt === null && !isPaused(session.timer);
  const now = useRehearsalClock(running, view);

  const steps = library.deck.cards.find((card): card is StepsCard => card.kind === 'steps')?.steps ?? [];
  const stepId = panel?.stepId ?? (session ? firstOpenStep(session) : undefined);
  const step = steps.find((entry) => entry.id === stepId) ?? steps[0];
  const elapsed = session ? elapsedMs(session.timer, now) : 0;
  const missed = session ? missedCheckpoints(session.checkpoints, session.stepsDone, elapsed).at(-1) : undefined;
  const next = session ? nextCheckpoint(session.checkpoints, session.stepsDone, elapsed) : undefined;
  const remaining = session ? remainingMs(session.timer, now) : 0;

  return (
    <article className={`float-card${missed ? ' is-cued' : ''}`} aria-label="Sidecue float">
      {session ? (
        <div className="float-clock">
          <span className="float-big" data-testid="float-elapsed">
            {formatClock(elapsed)}
          </span>
          <span className="float-side">
            {formatClock(Math.abs(remaining))} {remaining < 0 ? 'over' : 'left'}
            {session.timer.endedAt !== null ? ' · ended' : isPaused(session.timer) ? ' · paused' : ''}
          </span>
        </div>
      ) : (
        <p className="float-side">No rehearsal running. Start one in the panel's Rehearse section.</p>
      )}
      {step ? (
        <>
          <h2 className="float-step" data-testid="float-step">
            {step.title}
            {session && ownValue(session.stepsDone, step.id) !== undefined && <span className="float-done"> ✓</span>}
          </h2>
          <p className="float-cue">{step.cue}</p>
        </>
      ) : (
        library.library && <p className="float-cue">This deck has no steps card.</p>
      )}
      {missed ? (
        <p className="float-alert">
          <span aria-hidden="true">◆ </span>Passed: {missed.label}
        </p>
      ) : (
        next && (
          <p className="float-side">
            Next: {next.label} by {formatClock(next.atMs)}
          </p>
        )
      )}
    </article>
  );
}
