import { useId, useState, type FormEvent } from 'react';
import { SCORE_KEYS, SCORE_LABELS, type Scores } from '../../cards/rehearsal/history';
import type { Session } from '../../cards/rehearsal/session';
import { elapsedMs, spokenDuration } from '../../cards/rehearsal/timer';

interface Props {
  session: Session;
  onSave(scores: Scores, note: string): Promise<void>;
  onContinue(): void;
  onDiscard(): void;
  /** Hears whether the form holds anything not yet saved, so another window's save never takes it away. */
  onDraftChange?(unsaved: boolean): void;
  /** Said above the form when the run was saved or discarded in another window while this one was scoring it. */
  elsewhere?: boolean;
}

const HINTS: Record<keyof Scores, string> = {
  impact: 'Did you name the metric that moves, and by how much?',
  feasibility: 'Did you defend the stack against the timeline?',
  tradeoff: 'Did you own what each choice costs?',
};

/** The end of a run: score the three signals, add a note, keep it in the history. */
export function RehearseScore({ session, onSave, onContinue, onDiscard, onDraftChange, elsewhere = false }: Props) {
  const id = useId();
  const [scores, setScores] = useState<Partial<Scores>>({});
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const doneCount = Object.keys(session.stepsDone).length;

  const changeScores = (next: Partial<Scores>) => {
    setScores(next);
    onDraftChange?.(true);
  };
  const changeNote = (next: string) => {
    setNote(next);
    onDraftChange?.(true);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const missing = SCORE_KEYS.filter((key) => scores[key] === undefined);
    if (missing.length > 0) {
      setProblem(`Give a score for ${missing.map((key) => SCORE_LABELS[key].toLowerCase()).join(' and ')}.`);
      return;
    }
    setSaving(true);
    try {
      await onSave(scores as Scores, note);
    } catch (error) {
      setProblem(`The rehearsal could not be saved (${error instanceof Error ? error.message : String(error)}). Your scores are still here.`);
      setSaving(false);
    }
  };

  return (
    <form className="rehearse-score" onSubmit={submit} aria-labelledby={`${id}-title`} noValidate>
      <h3 id={`${id}-title`}>Score this rehearsal</h3>
      {elsewhere && (
        <p className="rehearse-notice" role="status">
          Another window has saved or put away this rehearsal. Your scores and note here stay until you save them.
        </p>
      )}
      <p className="rehearse-hint">
        {session.promptTitle} · {spokenDuration(elapsedMs(session.timer, Date.now()))} · {doneCount} of {session.steps.length}{' '}
        steps done
      </p>
      <p className="rehearse-hint">Score each signal from 1 (not at all) to 5 (clearly and early).</p>
      {SCORE_KEYS.map((key) => (
        <fieldset key={key} className="rehearse-scale" aria-describedby={`${id}-${key}-hint`}>
          <legend>{SCORE_LABELS[key]}</legend>
          <p id={`${id}-${key}-hint`} className="rehearse-hint">
            {HINTS[key]}
          </p>
          <div className="rehearse-scale-options">
            {[1, 2, 3, 4, 5].map((value) => (
              <label key={value} className="rehearse-scale-option">
                <input
                  type="radio"
                  name={`${id}-${key}`}
                  value={value}
                  checked={scores[key] === value}
                  onChange={() => changeScores({ ...scores, [key]: value })}
                />
                <span>{value}</span>
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      <div className="rehearse-field">
        <label htmlFor={`${id}-note`}>Note (optional)</label>
        <textarea id={`${id}-note`} rows={3} maxLength={5000} value={note} onChange={(event) => changeNote(event.target.value)} />
      </div>
      {problem && (
        <p role="alert" className="rehearse-problem">
          {problem}
        </p>
      )}
      <div className="rehearse-actions">
        <button type="submit" className="rehearse-primary" disabled={saving}>
          Save to history
        </button>
        {/* Put away in another window, the run cannot go on from here; its scores can still be saved. */}
        {!elsewhere && (
          <button type="button" onClick={onContinue}>
            Continue rehearsing
          </button>
        )}
        {/* One click: the panel offers Undo, which brings the run back as it was. */}
        <button type="button" className="rehearse-quiet-button" onClick={onDiscard}>
          Discard
        </button>
      </div>
    </form>
  );
}
