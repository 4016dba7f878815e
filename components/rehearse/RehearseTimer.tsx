import { Pause, Play } from '../shared/icons';
import type { KeyboardEvent } from 'react';
import { formatClock } from '../../cards/rehearsal/timer';
import type { Checkpoint } from '../../cards/rehearsal/checkpoints';

interface Props {
  elapsed: number;
  remaining: number;
  paused: boolean;
  next: Checkpoint | undefined;
  /** The latest checkpoint passed with its step not done: the quiet cue. */
  missed: Checkpoint | undefined;
  /** Changes each time a checkpoint newly passes, to replay the cue's one pulse. */
  cueKey: number;
  /** The step the user is on, with its one-line cue: what to say now. */
  step: { title: string; cue?: string } | undefined;
  onToggle(): void;
}

/**
 * The large clock, and under it the current step's one-line cue: the two
 * things a glance needs. Space pauses when the clock has focus.
 */
export function RehearseTimer({ elapsed, remaining, paused, next, missed, cueKey, step, onToggle }: Props) {
  const over = remaining < 0;
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== ' ' || event.target !== event.currentTarget) return;
    event.preventDefault();
    onToggle();
  };
  return (
    <div
      className={`rehearse-clock${missed ? ' is-cued' : ''}${paused ? ' is-paused' : ''}`}
      role="group"
      // A name that changed every second would be re-read by screen readers every second;
      // the time itself is the group's visible text, read when the user asks.
      aria-label={`Timer, ${paused ? 'paused' : 'running'}. Space pauses or resumes.`}
      tabIndex={0}
      onKeyDown={onKeyDown}
    >
      {/* Remounted by its key, so each newly passed checkpoint replays one soft pulse. */}
      {cueKey > 0 && missed && <span key={cueKey} className="rehearse-pulse" aria-hidden="true" />}
      <div className="rehearse-clock-row">
        <p className="rehearse-elapsed">
          <span className="rehearse-big" data-testid="rehearse-elapsed">
            {formatClock(elapsed)}
          </span>
          <span className="rehearse-unit">{paused ? 'paused' : 'elapsed'}</span>
        </p>
        <p className={over ? 'rehearse-remaining is-over' : 'rehearse-remaining'} data-testid="rehearse-remaining">
          <span className="rehearse-mid">{formatClock(Math.abs(remaining))}</span>
          <span className="rehearse-unit">{over ? 'over' : 'left'}</span>
        </p>
        {/* An icon, so the clock keeps one row at 320 px; the name and the key are in its label and tooltip. */}
        <button
          type="button"
          className="rehearse-pause"
          onClick={onToggle}
          aria-label={paused ? 'Resume' : 'Pause'}
          aria-keyshortcuts="p"
          title={`${paused ? 'Resume' : 'Pause'} (p)`}
        >
          {paused ? <Play aria-hidden="true" size={18} /> : <Pause aria-hidden="true" size={18} />}
        </button>
      </div>
      {step && (
        <div className="rehearse-now" data-testid="rehearse-now">
          <p className="rehearse-now-title">{step.title}</p>
          {step.cue && <p className="rehearse-now-cue">{step.cue}</p>}
        </div>
      )}
      {missed ? (
        <p className="rehearse-cue">
          <span aria-hidden="true">◆ </span>Checkpoint passed: {missed.label} is not marked done
        </p>
      ) : next ? (
        <p className="rehearse-next">
          Next checkpoint: {next.label} by {formatClock(next.atMs)}
        </p>
      ) : null}
    </div>
  );
}
