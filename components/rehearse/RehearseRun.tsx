import { ownValue } from '../../cards/id-record';
import { useEffect, useMemo, useRef, useState } from 'react';
import { checkpointStatus, missedCheckpoints, nextCheckpoint, phaseAt } from '../../cards/rehearsal/checkpoints';
import { answerTemplate } from '../../cards/answer-template';
import { drillSourceNote, type BankEntry } from '../../cards/rehearsal/follow-up-bank';
import { currentFollowUp, firstOpenStep, nextFollowUp, toggleStepDone, type Session } from '../../cards/rehearsal/session';
import { elapsedMs, endTimer, formatClock, isPaused, pauseTimer, remainingMs, resumeTimer } from '../../cards/rehearsal/timer';
import { Copy } from '../shared/icons';
import type { Deck, PromptCard, StepsCard } from '../../cards/schema';
import { copyActions } from '../shared/copy-actions';
import { OverflowMenu } from '../shared/OverflowMenu';
import { useShortcut } from '../shell/use-shortcut';
import { RehearseFollowUp } from './RehearseFollowUp';
import { RehearseTimer } from './RehearseTimer';
import { useRehearsalClock } from './rehearsal-clock';
import { playSoftTone } from './rehearsal-tone';

interface Props {
  session: Session;
  deck: Deck;
  bank: BankEntry[];
  /** The panel's current Three-Lens step (local:panelView), shared with Steps and Float. */
  stepId: string | undefined;
  setStepId(stepId: string | undefined): void;
  save(session: Session): void;
  announce(message: string): void;
  onFloat(): void;
}

const STATUS_TEXT = { hit: 'on time', late: 'late', missed: 'missed', upcoming: '' } as const;

/**
 * A rehearsal under way, laid out for a two-second glance at 400 x 700: the
 * drill question on top once the follow-ups begin, then the clock with the
 * current step's cue, then the steps as compact rows. One primary action per
 * phase: "Step done" while pacing the steps, "Next follow-up" in the drill.
 */
export function RehearseRun({ session, deck, bank, stepId, setStepId, save, announce, onFloat }: Props) {
  const paused = isPaused(session.timer);
  const now = useRehearsalClock(!paused);
  const elapsed = elapsedMs(session.timer, now);
  const missed = missedCheckpoints(session.checkpoints, session.stepsDone, elapsed);
  const phase = phaseAt(session.checkpoints, session.stepsDone, elapsed);
  const current = currentFollowUp(session, bank);
  const template = answerTemplate(deck, current?.answerWith);
  const spent = bank.length > 0 && session.asked.length >= bank.length;
  const [templateOpen, setTemplateOpen] = useState(false);
  const [cueKey, setCueKey] = useState(0);
  const currentStep = session.steps.some((step) => step.id === stepId) ? stepId : firstOpenStep(session);
  const currentTitle = session.steps.find((step) => step.id === currentStep)?.title;
  // The cue comes from the deck as it is now; the title was fixed when the run began.
  const currentCue = deck.cards
    .find((card): card is StepsCard => card.kind === 'steps')
    ?.steps.find((step) => step.id === currentStep)?.cue;
  const drilling = phase === 'follow-ups';
  // Past the last step the card says so, rather than showing the last step as if it were still to do.
  const allDone = session.steps.length > 0 && session.steps.every((step) => session.stepsDone[step.id] !== undefined);

  // Latest values for the key handler, which is bound once.
  const latest = useRef({ session, currentStep, phase, template });
  latest.current = { session, currentStep, phase, template };

  // The quiet cue: fires once per checkpoint as it passes. Checkpoints already
  // passed when the panel opened were cued before; they stay marked, silently.
  const missedIds = missed.map((entry) => entry.stepId).join(' ');
  const cued = useRef<Set<string> | null>(null);
  useEffect(() => {
    const ids = missedIds ? missedIds.split(' ') : [];
    if (cued.current === null) {
      cued.current = new Set(ids);
      return;
    }
    const fresh = ids.filter((id) => !cued.current!.has(id));
    if (fresh.length === 0) return;
    fresh.forEach((id) => cued.current!.add(id));
    const label = latest.current.session.checkpoints.find((entry) => entry.stepId === fresh.at(-1))?.label ?? '';
    setCueKey((key) => key + 1);
    announce(`Checkpoint passed: ${label} is not marked done`);
    if (latest.current.session.sound) playSoftTone();
  }, [missedIds, announce]);

  // The first follow-up appears by itself when the follow-up phase begins.
  useEffect(() => {
    if (phase === 'follow-ups' && session.asked.length === 0 && bank.length > 0 && !paused) {
      save(nextFollowUp(session, bank));
    }
  }, [phase, session, bank, paused, save]);

  const actions = useMemo(
    () => ({
      togglePause() {
        const { session: live } = latest.current;
        const at = Date.now();
        const paused = isPaused(live.timer);
        save({ ...live, timer: paused ? resumeTimer(live.timer, at) : pauseTimer(live.timer, at) });
        announce(paused ? 'Resumed' : 'Paused');
      },
      toggleStep(id: string) {
        const { session: live, currentStep: here } = latest.current;
        const next = toggleStepDone(live, id, Date.now());
        save(next);
        const done = ownValue(next.stepsDone, id);
        const title = live.steps.find((step) => step.id === id)?.title ?? id;
        announce(done === undefined ? `${title} not done` : `${title} done at ${formatClock(done)}`);
        // Moving on from the step in view: the panel (and Float) follow to the next open one.
        if (done !== undefined && id === here) setStepId(firstOpenStep(next) ?? id);
      },
      nextQuestion() {
        const { session: live } = latest.current;
        const next = nextFollowUp(live, bank);
        if (next === live) announce('No follow-ups left in the bank');
        else save(next);
      },
      toggleTemplate() {
        if (latest.current.template) setTemplateOpen((open) => !open);
      },
    }),
    [announce, bank, save, setStepId],
  );

  useShortcut('rehearsal-pause', () => actions.togglePause());
  useShortcut('rehearsal-done', () => {
    const here = latest.current.currentStep;
    if (!here) return false;
    actions.toggleStep(here);
  });
  useShortcut('rehearsal-next-question', () => (latest.current.phase === 'follow-ups' ? actions.nextQuestion() : false));
  useShortcut('rehearsal-template', () => (latest.current.phase === 'follow-ups' ? actions.toggleTemplate() : false));

  // The prompt as the deck has it now, for copying onto the board; free practice has none.
  const promptCard = deck.cards.find((card): card is PromptCard => card.kind === 'prompt' && card.id === session.promptId);
  const prompt = (
    <div className="rehearse-prompt">
      <div className="rehearse-prompt-head">
        <p className="rehearse-eyebrow">{session.promptTitle}</p>
        {promptCard && (
          <OverflowMenu
            label={`Copy the prompt ${promptCard.domain}`}
            icon={<Copy aria-hidden="true" size={16} />}
            actions={copyActions(
              {
                shapes: (formats) => formats.shapesClipboard(formats.promptFan(promptCard)),
                mermaid: (formats) => formats.promptMermaid(promptCard),
                text: (formats) => ({ text: formats.boardText(promptCard), html: formats.boardHtml(promptCard) }),
              },
              announce,
            )}
          />
        )}
      </div>
      <p className="rehearse-prompt-question">{session.question}</p>
    </div>
  );

  return (
    <div className={`rehearse-run${drilling ? ' is-drilling' : ''}`}>
      {drilling ? (
        <RehearseFollowUp
          current={current}
          template={template}
          spent={spent}
          sourceNote={drillSourceNote(bank, session.promptId, current)}
          templateOpen={templateOpen}
          onNext={actions.nextQuestion}
          onToggleTemplate={actions.toggleTemplate}
        />
      ) : (
        prompt
      )}
      <RehearseTimer
        elapsed={elapsed}
        remaining={remainingMs(session.timer, now)}
        paused={paused}
        next={nextCheckpoint(session.checkpoints, session.stepsDone, elapsed)}
        missed={missed.at(-1)}
        cueKey={cueKey}
        step={
          allDone
            ? { title: 'Every step is done', cue: 'Take the follow-ups, then End and score.' }
            : currentTitle === undefined
              ? undefined
              : { title: currentTitle, cue: currentCue }
        }
        onToggle={actions.togglePause}
      />
      <div className="rehearse-actions rehearse-run-actions">
        {!drilling && currentStep && (
          <button type="button" className="rehearse-primary" onClick={() => actions.toggleStep(currentStep)} aria-keyshortcuts="d">
            {session.stepsDone[currentStep] === undefined ? 'Step done' : 'Not done yet'}
            <span className="visually-hidden">: {currentTitle}</span> <kbd>d</kbd>
          </button>
        )}
        <button type="button" onClick={() => save({ ...session, timer: endTimer(session.timer, Date.now()) })}>
          End and score
        </button>
        <button type="button" onClick={onFloat} title="Keeps the current step and the clock on top of other windows">
          Float
        </button>
      </div>
      <section className="rehearse-steps" aria-labelledby="rehearse-steps-title">
        <h3 id="rehearse-steps-title" className="visually-hidden">
          Steps
        </h3>
        <ol>
          {session.steps.map((step) => {
            const doneAt = ownValue(session.stepsDone, step.id);
            const checkpoint = session.checkpoints.find((entry) => entry.stepId === step.id);
            const status = checkpoint && checkpointStatus(checkpoint, doneAt, elapsed);
            return (
              <li
                key={step.id}
                className={`rehearse-step${step.id === currentStep ? ' is-current' : ''}${status ? ` is-${status}` : ''}`}
                aria-current={step.id === currentStep ? 'step' : undefined}
              >
                <input
                  id={`rehearse-done-${step.id}`}
                  type="checkbox"
                  checked={doneAt !== undefined}
                  onChange={() => actions.toggleStep(step.id)}
                />
                <label htmlFor={`rehearse-done-${step.id}`}>{step.title}</label>
                <span className="rehearse-step-meta">
                  {doneAt !== undefined ? (
                    <span>{formatClock(doneAt)}</span>
                  ) : (
                    checkpoint && <span>by {formatClock(checkpoint.atMs)}</span>
                  )}
                  {status && STATUS_TEXT[status] && <span className="rehearse-deadline-tag">{STATUS_TEXT[status]}</span>}
                </span>
              </li>
            );
          })}
        </ol>
      </section>
      {drilling ? prompt : <p className="rehearse-hint">Follow-ups start after the last checkpoint, or once its steps are done.</p>}
    </div>
  );
}
