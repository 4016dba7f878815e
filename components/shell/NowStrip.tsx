import { Check } from '../shared/icons';
import { useState } from 'react';
import { firstOpenStep, runNotStoredMessage, toggleStepDone } from '../../cards/rehearsal/session';
import { formatClock, isPaused, pauseTimer, resumeTimer } from '../../cards/rehearsal/timer';
import type { Deck } from '../../cards/schema';
import type { PanelView } from '../../cards/storage/preferences';
import { useRehearsalReading } from '../rehearse/use-rehearsal-reading';
import { useShortcut } from './use-shortcut';
import './NowStrip.css';

interface Props {
  deck: Deck;
  view: PanelView;
  updateView(patch: Partial<PanelView>): void;
  announce(message: string): void;
}

/**
 * While a rehearsal runs, on every section: the step to be on, its cue in
 * one line, the time left and the next checkpoint, and one button (or `d`)
 * to mark the step done and move to the next. Glance mode keeps only the
 * clock line, since the step fills the screen there.
 */
export function NowStrip({ deck, view, updateView, announce }: Props) {
  // A change the storage refused (full) is said here at once; the run stays in memory.
  const [problem, setProblem] = useState<string>();
  const { session, save, steps, step, elapsed, remaining, missed, next } = useRehearsalReading(deck, view.stepId, null, (error) =>
    setProblem(error === undefined ? undefined : runNotStoredMessage(error)),
  );
  const active = !!session && session.timer.endedAt === null;
  const paused = !!session && isPaused(session.timer);

  const advance = () => {
    if (!session || !step || !active) return false;
    const marked = session.stepsDone[step.id] === undefined ? toggleStepDone(session, step.id, Date.now()) : session;
    if (marked !== session) save(marked);
    const nextId = firstOpenStep(marked);
    const target = steps.find((entry) => entry.id === nextId);
    if (target && target.id !== step.id) updateView({ stepId: target.id });
    announce(target ? `${step.title} done. Now: ${target.title}` : `${step.title} done. Every step is done`);
  };
  const togglePause = () => {
    if (!session || !active) return false;
    const at = Date.now();
    save({ ...session, timer: paused ? resumeTimer(session.timer, at) : pauseTimer(session.timer, at) });
    announce(paused ? 'Resumed' : 'Paused');
  };
  // The Rehearse section binds these keys itself; elsewhere the strip answers them.
  useShortcut('rehearsal-done', advance, { enabled: active, fallback: true });
  useShortcut('rehearsal-pause', togglePause, { enabled: active, fallback: true });

  if (!session || !active) return null;
  const allDone = session.steps.every((entry) => session.stepsDone[entry.id] !== undefined);
  const over = remaining < 0;
  // Short enough never to be cut, and counted down like the clock beside it (no
  // subtracting from the start): "due in 0:30" for this step's own checkpoint,
  // "next due in" for a later step's (its full label is the title's tooltip).
  const dueIn = next && formatClock(next.atMs - elapsed);
  const checkpoint = missed ? `missed ${formatClock(missed.atMs)}` : next ? `${next.stepId === step?.id ? 'due' : 'next due'} in ${dueIn}` : '';
  const checkpointLabel = missed ? `Passed: ${missed.label}` : next ? `${next.label} due in ${dueIn}` : undefined;

  return (
    <section className={view.glance ? 'now-strip glance-only' : 'now-strip'} aria-label="Rehearsal now" data-testid="now-strip">
      <div className="now-line">
        {/* In glance mode the step fills the screen below: the strip keeps to the clock. */}
        {allDone ? <span className="now-step">Every step is done</span> : step && !view.glance && <span className="now-step">{step.title}</span>}
        <span className={missed ? 'now-checkpoint is-missed' : 'now-checkpoint'} title={checkpointLabel}>
          {checkpoint}
          {checkpointLabel && <span className="visually-hidden">: {checkpointLabel}</span>}
        </span>
        <span className={over ? 'now-time is-over' : 'now-time'} data-testid="now-time">
          {formatClock(Math.abs(remaining))} {over ? 'over' : 'left'}
          {paused && ' · paused'}
        </span>
        {step && !allDone && (
          <button
            type="button"
            className="primary now-next"
            onClick={() => advance()}
            aria-label="Step done"
            aria-keyshortcuts="d"
            title="Mark this step done and go to the next (d)"
          >
            <Check aria-hidden="true" size={16} /> Done
          </button>
        )}
      </div>
      {problem && (
        <p role="alert" className="field-error">
          {problem}
        </p>
      )}
      {step && !allDone && !view.glance && (
        <p className="now-cue" data-testid="now-cue">
          {step.cue}
        </p>
      )}
    </section>
  );
}
