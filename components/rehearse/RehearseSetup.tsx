import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { formatDeadline, parseDeadline, resolveCheckpoints, usesDefaultCheckpoints, type CheckpointPlan } from '../../cards/rehearsal/checkpoints';
import type { RehearsalSettings } from '../../cards/rehearsal/settings';
import type { PromptCard, Step } from '../../cards/schema';

export interface SetupChoice {
  /** A prompt card id, or "surprise". */
  promptId: string;
  lengthMinutes: number;
  checkpoints: CheckpointPlan[];
  sound: boolean;
}

interface Props {
  prompts: PromptCard[];
  steps: Step[];
  settings: RehearsalSettings;
  onStart(choice: SetupChoice): void;
  /** Hears each valid set of choices as the user makes it, so leaving the section keeps them. */
  onRemember?(choice: SetupChoice): void;
}

/**
 * The form's text as choices, with what is wrong with it, per field. A wrong
 * field keeps its last valid value (from `kept`) in `choice`, so the fields
 * that are right can be remembered while one is still being fixed.
 */
interface Checked {
  choice: SetupChoice;
  /** Every problem in one sentence or two; undefined when the rehearsal can start. */
  problem?: string;
  fieldErrors: Record<string, string>;
}

/** The length field as minutes, or undefined when it is not a length a rehearsal can have. */
function readLength(length: string): number | undefined {
  const minutes = Number(length);
  return length.trim() !== '' && Number.isFinite(minutes) && minutes >= 0.25 && minutes <= 240 ? minutes : undefined;
}

function checkChoice(
  steps: Step[],
  { promptId, length, deadlines, sound, defaults }: { promptId: string; length: string; deadlines: Record<string, string>; sound: boolean; defaults: boolean },
  kept: RehearsalSettings,
): Checked {
  const minutes = readLength(length);
  const checkpoints: CheckpointPlan[] = [];
  const fieldErrors: Record<string, string> = {};
  const limit = minutes === undefined ? undefined : formatDeadline(minutes * 60);
  // Every field is checked at once, so one press of Start names every problem. The deck's
  // defaults are fitted to whatever length the run has: nothing to check, stored as no plan.
  for (const step of defaults ? [] : steps) {
    const seconds = parseDeadline(deadlines[step.id] ?? '');
    if (seconds === undefined) continue;
    if (seconds === null) fieldErrors[step.id] = 'Write minutes and seconds, like 2:30, or leave it blank.';
    else if (minutes !== undefined && (seconds < 1 || seconds > minutes * 60)) fieldErrors[step.id] = `Pick a time from 0:01 to ${limit}, the length of the rehearsal.`;
    else checkpoints.push({ stepId: step.id, atSeconds: seconds });
  }
  const problems: string[] = [];
  if (minutes === undefined) problems.push('Length must be between 0.25 and 240 minutes.');
  const wrong = steps.filter((step) => fieldErrors[step.id]);
  if (wrong.length > 0) {
    const names = wrong.map((step) => `"${step.title}"`);
    const listed = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
    problems.push(`Check the ${names.length === 1 ? 'checkpoint' : 'checkpoints'} for ${listed}: a time like 2:30${limit ? `, up to ${limit},` : ''} or nothing.`);
  }
  const keptPlan = kept.checkpoints.filter((entry) => fieldErrors[entry.stepId]);
  return {
    choice: { promptId, sound, lengthMinutes: minutes ?? kept.lengthMinutes, checkpoints: [...checkpoints, ...keptPlan] },
    problem: problems.length > 0 ? problems.join(' ') : undefined,
    fieldErrors,
  };
}

export function RehearseSetup({ prompts, steps, settings, onStart, onRemember }: Props) {
  const id = useId();
  const planText = (plan: CheckpointPlan[] | undefined, minutes: number | undefined) =>
    Object.fromEntries(resolveCheckpoints(plan, steps, minutes).map((entry) => [entry.stepId, formatDeadline(entry.atMs / 1000)]));
  const knownPrompt = settings.promptId === 'surprise' || prompts.some((prompt) => prompt.id === settings.promptId);
  const [promptId, setPromptId] = useState(knownPrompt ? settings.promptId : 'surprise');
  const [length, setLength] = useState(String(settings.lengthMinutes));
  const [deadlines, setDeadlines] = useState<Record<string, string>>(() => planText(settings.checkpoints, settings.lengthMinutes));
  // Until the user types a time of their own, the checkpoints are the defaults and follow the length.
  const [defaults, setDefaults] = useState(() => usesDefaultCheckpoints(settings.checkpoints, steps));
  const [sound, setSound] = useState(settings.sound);
  const [problem, setProblem] = useState<string | null>(null);
  // Per-step messages, shown under the field they belong to.
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = checkChoice(steps, { promptId, length, deadlines, sound, defaults }, settings);
    setFieldErrors(checked.fieldErrors);
    setProblem(checked.problem ?? null);
    if (!checked.problem) onStart(checked.choice);
  };

  // Each valid change is remembered as it is made (not only on Start): the
  // user who sets a length, then looks something up, finds it still set.
  const remember = useRef(onRemember);
  remember.current = onRemember;
  const asOpened = useRef(JSON.stringify([promptId, length, deadlines, sound, defaults]));
  useEffect(() => {
    // Untouched, nothing is written: empty checkpoints keep meaning "the deck's defaults".
    if (JSON.stringify([promptId, length, deadlines, sound, defaults]) === asOpened.current) return;
    // With a field still wrong, the others are remembered all the same: its last valid value stays.
    remember.current?.(checkChoice(steps, { promptId, length, deadlines, sound, defaults }, settings).choice);
    // Not on a change of the deck's steps: that is no choice of the user's.
  }, [promptId, length, deadlines, sound, defaults]);

  const changeLength = (next: string) => {
    setLength(next);
    const minutes = readLength(next);
    if (defaults && minutes !== undefined) setDeadlines(planText(undefined, minutes));
  };

  const resetDeadlines = () => {
    setDeadlines(planText(undefined, readLength(length)));
    setDefaults(true);
    setFieldErrors({});
  };

  return (
    <form className="rehearse-setup" onSubmit={submit} aria-labelledby={`${id}-title`} noValidate>
      <h3 id={`${id}-title`} className="visually-hidden">
        New rehearsal
      </h3>
      <div className="rehearse-setup-row">
        <div className="rehearse-field">
          <label htmlFor={`${id}-prompt`}>Practice prompt</label>
          <select id={`${id}-prompt`} value={promptId} onChange={(event) => setPromptId(event.target.value)}>
            <option value="surprise">{prompts.length > 0 ? 'Surprise me' : 'Free practice (no prompts in this deck)'}</option>
            {prompts.map((prompt) => (
              <option key={prompt.id} value={prompt.id}>
                {prompt.domain}
              </option>
            ))}
          </select>
        </div>
        <div className="rehearse-field">
          <label htmlFor={`${id}-length`}>Length in minutes</label>
          <input
            id={`${id}-length`}
            type="number"
            inputMode="decimal"
            min={0.25}
            max={240}
            step="any"
            value={length}
            onChange={(event) => changeLength(event.target.value)}
          />
        </div>
      </div>
      <fieldset className="rehearse-deadlines" aria-describedby={`${id}-deadline-hint`}>
        <legend>Pacing checkpoints</legend>
        <p id={`${id}-deadline-hint`} className="rehearse-hint">
          Each step done by minutes:seconds, like 2:30. Blank for none.
        </p>
        {steps.map((step) => {
          const error = fieldErrors[step.id];
          return (
            <div className="rehearse-deadline" key={step.id}>
              <label htmlFor={`${id}-at-${step.id}`}>{step.title}</label>
              <input
                id={`${id}-at-${step.id}`}
                type="text"
                inputMode="numeric"
                autoComplete="off"
                spellCheck={false}
                placeholder="m:ss"
                maxLength={8}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${id}-at-${step.id}-error` : undefined}
                value={deadlines[step.id] ?? ''}
                onChange={(event) => {
                  setDeadlines({ ...deadlines, [step.id]: event.target.value });
                  setDefaults(false);
                  if (error) setFieldErrors((all) => Object.fromEntries(Object.entries(all).filter(([key]) => key !== step.id)));
                }}
              />
              {error && (
                <p id={`${id}-at-${step.id}-error`} className="rehearse-field-error">
                  {error}
                </p>
              )}
            </div>
          );
        })}
        <button type="button" className="rehearse-quiet-button" onClick={resetDeadlines}>
          Reset to the defaults
        </button>
      </fieldset>
      <div className="rehearse-check">
        <input id={`${id}-sound`} type="checkbox" checked={sound} onChange={(event) => setSound(event.target.checked)} />
        <label htmlFor={`${id}-sound`}>Soft sound when a checkpoint passes</label>
      </div>
      {problem && (
        <p role="alert" className="rehearse-problem">
          {problem}
        </p>
      )}
      <button type="submit" className="rehearse-primary">
        Start rehearsal
      </button>
    </form>
  );
}
