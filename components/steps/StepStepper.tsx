import { ChevronLeft, ChevronRight } from '../shared/icons';
import type { Step } from '../../cards/schema';
import { shortStepTitle } from '../../cards/step-title';
import './StepStepper.css';

interface Props {
  steps: readonly Step[];
  index: number;
  onSelect(stepId: string): void;
}

/**
 * Where the user is in the answer, in one row that never reflows: previous,
 * one equal segment per step (its number; the title sits below, once), next.
 * The arrows stay put whichever step is shown, so a second press lands on
 * the same spot.
 */
export function StepStepper({ steps, index, onSelect }: Props) {
  const previous = steps[index - 1];
  const next = steps[index + 1];
  return (
    <nav className="stepper" aria-label="Steps of the answer">
      <button
        type="button"
        className="stepper-arrow"
        disabled={!previous}
        aria-label={previous ? `Previous step: ${shortStepTitle(previous.title)}` : 'Previous step'}
        title="Previous step (k)"
        onClick={() => previous && onSelect(previous.id)}
      >
        <ChevronLeft aria-hidden="true" size={20} />
      </button>
      <ol className="stepper-steps">
        {steps.map((entry, position) => {
          const state = position < index ? 'done' : position === index ? 'current' : 'ahead';
          const title = shortStepTitle(entry.title);
          return (
            <li key={entry.id}>
              <button
                type="button"
                className="stepper-step"
                data-state={state}
                aria-current={state === 'current' ? 'step' : undefined}
                aria-label={`Step ${position + 1}: ${title}`}
                title={title}
                onClick={() => onSelect(entry.id)}
              >
                {position + 1}
              </button>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        className="stepper-arrow"
        disabled={!next}
        aria-label={next ? `Next step: ${shortStepTitle(next.title)}` : 'Next step'}
        title="Next step (j)"
        onClick={() => next && onSelect(next.id)}
      >
        <ChevronRight aria-hidden="true" size={20} />
      </button>
    </nav>
  );
}
