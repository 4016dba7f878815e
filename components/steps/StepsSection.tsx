import type { NoteCard, StepsCard } from '../../cards/schema';
import { EditCardButton } from '../shared/EditCardButton';
import type { SectionProps } from '../shared/section-props';
import { useShortcut } from '../shell/use-shortcut';
import './StepsSection.css';

/** The first screen: where the user is in the Three-Lens answer, and what to say next. */
export function StepsSection({ library, view, updateView, announce }: SectionProps) {
  const card = library.deck.cards.find((entry): entry is StepsCard => entry.kind === 'steps');
  const steps = card?.steps ?? [];
  const foundIndex = steps.findIndex((step) => step.id === view.stepId);
  const index = foundIndex === -1 ? 0 : foundIndex;
  const step = steps[index];

  const go = (next: number) => {
    const target = steps[Math.min(steps.length - 1, Math.max(0, next))];
    if (!target || target.id === step?.id) return;
    updateView({ stepId: target.id });
    announce(`Step ${steps.indexOf(target) + 1} of ${steps.length}: ${target.title}`);
  };
  useShortcut('next-step', () => go(index + 1));
  useShortcut('previous-step', () => go(index - 1));

  if (!card || !step) {
    return (
      <section aria-labelledby="steps-heading" className="steps">
        <h2 id="steps-heading">Steps</h2>
        <p className="empty">This deck has no steps card. Add one in Customize to rehearse an answer step by step.</p>
      </section>
    );
  }

  const notes = library.deck.cards.filter(
    (entry): entry is NoteCard => entry.kind === 'note' && (entry.id === 'three-signals' || entry.id === 'pacing'),
  );
  const previous = steps[index - 1];
  const next = steps[index + 1];

  return (
    <section aria-labelledby="steps-heading" className="steps">
      <div className="section-head">
        <h2 id="steps-heading" className="section-title">
          {card.title}
        </h2>
        {!view.glance && <EditCardButton cardId={card.id} title={card.title} updateView={updateView} />}
      </div>
      <ol className="step-list" aria-label="Steps of the answer">
        {steps.map((entry, position) => (
          <li key={entry.id}>
            <button
              type="button"
              className="chip"
              aria-current={position === index ? 'step' : undefined}
              onClick={() => updateView({ stepId: entry.id })}
            >
              {entry.title}
            </button>
          </li>
        ))}
      </ol>
      <article className="current-step" aria-labelledby="current-step-title">
        <p className="step-count">
          Step {index + 1} of {steps.length}
        </p>
        <h3 id="current-step-title" elementtiming="first-screen">{step.title}</h3>
        <p className="step-cue">{step.cue}</p>
        {step.prompts.length > 0 && (
          <>
            <h4 className="step-subhead">Ask yourself</h4>
            <ul className="step-prompts">
              {step.prompts.map((prompt) => (
                <li key={prompt}>{prompt}</li>
              ))}
            </ul>
          </>
        )}
        {step.example && (
          <details className="step-example" open>
            <summary>Worked example</summary>
            <p>{step.example}</p>
          </details>
        )}
      </article>
      <div className="step-nav">
        <button type="button" disabled={!previous} onClick={() => previous && updateView({ stepId: previous.id })}>
          ← Previous{previous ? <span className="visually-hidden">: {previous.title}</span> : null}
        </button>
        <button type="button" disabled={!next} onClick={() => next && updateView({ stepId: next.id })}>
          Next{next ? <span className="visually-hidden">: {next.title}</span> : null} →
        </button>
      </div>
      {!view.glance && notes.length > 0 && (
        <details className="signals">
          <summary>Signals and pacing</summary>
          {notes.map((note) => (
            <div key={note.id} className="note">
              <h3>{note.title}</h3>
              {note.body && <p>{note.body}</p>}
              <ul>
                {note.points.map((point) => (
                  <li key={point}>{point}</li>
                ))}
              </ul>
            </div>
          ))}
        </details>
      )}
    </section>
  );
}
