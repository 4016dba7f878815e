import { ownValue } from '../../cards/id-record';
import { panelView, readPanelView } from '../../cards/storage/preferences';
import { formatClock, isPaused } from '../../cards/rehearsal/timer';
import { useLibrary } from '../shell/use-library';
import { useRehearsalReading } from './use-rehearsal-reading';
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
  const [panel] = useStoredItem(panelView, readPanelView);
  const { session, step, elapsed, remaining, missed, next } = useRehearsalReading(library.deck, panel?.stepId, view);

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
