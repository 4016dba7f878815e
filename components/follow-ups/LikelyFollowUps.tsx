import { answerTemplate } from '../../cards/answer-template';
import type { Deck, PromptCard } from '../../cards/schema';
import './LikelyFollowUps.css';

interface Props {
  deck: Deck;
  prompts: readonly PromptCard[];
  /** Opens the template variant a follow-up names ("cardId/variantId"). */
  onAnswer(answerWith: string): void;
}

/**
 * The follow-ups each practice prompt invites. A question the template can
 * answer is itself the button that opens the answer, its variant a small tag.
 */
export function LikelyFollowUps({ deck, prompts, onAnswer }: Props) {
  return (
    <section className="likely-follow-ups" aria-labelledby="likely-follow-ups-heading">
      <h3 id="likely-follow-ups-heading" className="likely-heading">
        Likely follow-ups
      </h3>
      {prompts.map((prompt) => (
        <div key={prompt.id} className="likely-group">
          <h4>{prompt.domain}</h4>
          <ul>
            {prompt.followUps.map((followUp) => {
              const answer = answerTemplate(deck, followUp.answerWith);
              return (
                <li key={followUp.id}>
                  {answer ? (
                    <button type="button" className="likely-question" onClick={() => onAnswer(followUp.answerWith!)}>
                      <span className="likely-text">{followUp.question}</span>{' '}
                      <span className="likely-tag">
                        <span className="visually-hidden">Answer with:</span> {answer.variant.name}
                      </span>
                    </button>
                  ) : (
                    <span className="likely-text">{followUp.question}</span>
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </section>
  );
}
