import { loadOnce } from '../../cards/load-once';
import type { NoteCard, StepsCard } from '../../cards/schema';
import { showsOnStepsScreen } from '../../cards/steps-screen';
import { shortStepTitle, stepTitleParts } from '../../cards/step-title';
import { useShortcut } from '../shell/use-shortcut';
import { DeferredMenu } from '../shared/DeferredMenu';
import type { SectionProps } from '../shared/section-props';
import { StepStepper } from './StepStepper';
import './StepsSection.css';

// The steps card's menu (copy the cue, the flow for the board, edit) and its
// copy formats load just after the first paint: the first screen shows its button alone.
const stepsMenu = loadOnce(() => import('./StepsMenu').then((m) => m.StepsMenu));

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
    // The step on screen says where the user is; a screen reader hears it, with no bar to draw the eye.
    announce(`Step ${steps.indexOf(target) + 1} of ${steps.length}: ${shortStepTitle(target.title)}`, { quiet: true });
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

  const notes = library.deck.cards.filter((entry): entry is NoteCard => entry.kind === 'note' && showsOnStepsScreen(entry));
  const title = stepTitleParts(step.title);
  const select = (stepId: string) => updateView({ stepId });

  return (
    <section aria-labelledby="steps-heading" className="steps">
      <div className="steps-head">
        <h2 id="steps-heading" className={view.glance ? 'visually-hidden' : 'steps-card-title'}>
          {card.title}
        </h2>
        {!view.glance && (
          <DeferredMenu
            menu={stepsMenu}
            label={`More actions for ${card.title}`}
            props={{ card, step, announce, updateView }}
          />
        )}
      </div>
      <StepStepper steps={steps} index={index} onSelect={select} />
      <article className="current-step" aria-labelledby="current-step-title">
        {/* The number stays in the heading for screen readers; the stepper shows it to the eye. */}
        <h3 id="current-step-title" className="step-title" elementtiming="first-screen">
          {title.number && <span className="visually-hidden">{title.number}</span>}
          {title.rest}
        </h3>
        <p className="step-cue">{step.cue}</p>
        {!view.glance && step.prompts.length > 0 && (
          <>
            <h4 className="step-subhead">Ask yourself</h4>
            <ul className="step-prompts">
              {step.prompts.map((prompt) => (
                <li key={prompt}>{prompt}</li>
              ))}
            </ul>
          </>
        )}
        {!view.glance && step.example && (
          <details className="step-example">
            <summary>Worked example</summary>
            <p>{step.example}</p>
          </details>
        )}
      </article>
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
