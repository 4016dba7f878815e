import { useId, useState, type FormEvent } from 'react';
import { resolveCheckpoints, type CheckpointPlan } from '../../cards/rehearsal/checkpoints';
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
}

const minutesText = (seconds: number) => String(Math.round((seconds / 60) * 1000) / 1000);

/** Choose a prompt, a length and the pacing checkpoints, then start. */
export function RehearseSetup({ prompts, steps, settings, onStart }: Props) {
  const id = useId();
  const initialPlan = () =>
    Object.fromEntries(
      resolveCheckpoints(settings.checkpoints, steps).map((entry) => [entry.stepId, minutesText(entry.atMs / 1000)]),
    );
  const knownPrompt = settings.promptId === 'surprise' || prompts.some((prompt) => prompt.id === settings.promptId);
  const [promptId, setPromptId] = useState(knownPrompt ? settings.promptId : 'surprise');
  const [length, setLength] = useState(String(settings.lengthMinutes));
  const [deadlines, setDeadlines] = useState<Record<string, string>>(initialPlan);
  const [sound, setSound] = useState(settings.sound);
  const [problem, setProblem] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const lengthMinutes = Number(length);
    if (!Number.isFinite(lengthMinutes) || lengthMinutes < 0.25 || lengthMinutes > 240) {
      setProblem('Length must be between 0.25 and 240 minutes.');
      return;
    }
    const checkpoints: CheckpointPlan[] = [];
    for (const step of steps) {
      const text = deadlines[step.id]?.trim() ?? '';
      if (!text) continue;
      const minutes = Number(text);
      if (!Number.isFinite(minutes) || minutes <= 0 || minutes > lengthMinutes) {
        setProblem(`"${step.title}" needs a minute between 0 and the length (${lengthMinutes}), or nothing.`);
        return;
      }
      checkpoints.push({ stepId: step.id, atSeconds: Math.max(1, Math.round(minutes * 600) / 10) });
    }
    setProblem(null);
    onStart({ promptId, lengthMinutes, checkpoints, sound });
  };

  const resetDeadlines = () =>
    setDeadlines(Object.fromEntries(resolveCheckpoints(undefined, steps).map((entry) => [entry.stepId, minutesText(entry.atMs / 1000)])));

  return (
    <form className="rehearse-setup" onSubmit={submit} aria-labelledby={`${id}-title`} noValidate>
      <h3 id={`${id}-title`}>New rehearsal</h3>
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
          onChange={(event) => setLength(event.target.value)}
        />
      </div>
      <fieldset className="rehearse-deadlines">
        <legend>Pacing checkpoints: done by minute</legend>
        <p className="rehearse-hint">Leave a step blank for no checkpoint. Fractions work: 0.5 is 30 seconds.</p>
        {steps.map((step) => (
          <div className="rehearse-deadline" key={step.id}>
            <label htmlFor={`${id}-at-${step.id}`}>{step.title}</label>
            <input
              id={`${id}-at-${step.id}`}
              type="number"
              inputMode="decimal"
              min={0}
              step="any"
              value={deadlines[step.id] ?? ''}
              onChange={(event) => setDeadlines({ ...deadlines, [step.id]: event.target.value })}
            />
          </div>
        ))}
        <button type="button" className="rehearse-quiet-button" onClick={resetDeadlines}>
          Reset to 3 · 6 · 10 minutes
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
