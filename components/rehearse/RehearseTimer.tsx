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
  onToggle(): void;
}

/** The large clock: elapsed and remaining at a glance; Space pauses when it has focus. */
export function RehearseTimer({ elapsed, remaining, paused, next, missed, cueKey, onToggle }: Props) {
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
          <span className="rehearse-unit">elapsed</span>
        </p>
        <p className={over ? 'rehearse-remaining is-over' : 'rehearse-remaining'}>
          <span className="rehearse-mid">{formatClock(Math.abs(remaining))}</span>
          <span className="rehearse-unit">{over ? 'over time' : 'left'}</span>
        </p>
      </div>
      {paused && <p className="rehearse-status">Paused</p>}
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
