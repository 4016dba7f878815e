import { useId, useState } from 'react';
import { boardText, type BoardOptions } from '../../cards/board/board-text';
import type { Card, Deck } from '../../cards/schema';
import { copyActions, type CopyTargets } from '../shared/copy-actions';
import { CopyForBoardButton } from '../shared/CopyForBoardButton';
import { OverflowMenu } from '../shared/OverflowMenu';

interface Choice {
  value: string;
  label: string;
  group: string;
  card: Card | Card[];
  options?: BoardOptions;
}

const GROUPS: Record<Card['kind'], string> = {
  steps: 'Steps',
  template: 'Follow-up sentences',
  prompt: 'Practice prompts',
  phrasing: 'Phrasings',
  note: 'Notes',
  checklist: 'Checklists',
  matrix: 'Matrices',
};

/** Every copyable thing in the deck: a step, a template variant, a card, all phrasings at once. */
function choicesOf(deck: Deck): Choice[] {
  const choices: Choice[] = [];
  const phrasings = deck.cards.filter((card) => card.kind === 'phrasing');
  for (const card of deck.cards) {
    const group = GROUPS[card.kind];
    if (card.kind === 'steps') {
      for (const step of card.steps) {
        choices.push({ value: `${card.id}/${step.id}`, label: step.title, group, card, options: { stepId: step.id } });
      }
    } else if (card.kind === 'template') {
      for (const variant of card.variants) {
        choices.push({ value: `${card.id}/${variant.id}`, label: variant.name, group, card, options: { variantId: variant.id } });
      }
    } else {
      choices.push({ value: card.id, label: card.title, group, card });
    }
  }
  if (phrasings.length > 1) {
    choices.push({ value: '*phrasings', label: `All ${phrasings.length} phrasings`, group: GROUPS.phrasing, card: phrasings });
  }
  return choices;
}

/** A Mermaid flowchart for the cards that have a flow: a prompt's levers, a matrix's links. */
function mermaidOf(card: Card | Card[]): CopyTargets['mermaid'] {
  if (Array.isArray(card)) return undefined;
  if (card.kind === 'prompt') return (formats) => formats.promptMermaid(card);
  if (card.kind === 'matrix') return (formats) => formats.matrixMermaid(card.rows);
  return undefined;
}

/** Pick any card of the deck, see the note it makes, copy it for the board. */
export function BoardCardCopier({ deck, announce }: { deck: Deck; announce(message: string): void }) {
  const choices = choicesOf(deck);
  const [value, setValue] = useState<string>();
  const chosen = choices.find((choice) => choice.value === value) ?? choices[0];
  const selectId = useId();
  const previewId = useId();
  const groups = [...new Set(choices.map((choice) => choice.group))];

  return (
    <section className="board-block" aria-labelledby={`${selectId}-heading`}>
      <h3 id={`${selectId}-heading`} className="subhead">
        Copy a card
      </h3>
      {!chosen ? (
        <p className="empty">This deck has no cards to copy.</p>
      ) : (
        <>
          <label htmlFor={selectId} className="board-label">
            Card
          </label>
          <div className="board-copier-row">
            <select id={selectId} className="board-select" value={chosen.value} onChange={(event) => setValue(event.target.value)}>
              {groups.map((group) => (
                <optgroup key={group} label={group}>
                  {choices
                    .filter((choice) => choice.group === group)
                    .map((choice) => (
                      <option key={choice.value} value={choice.value}>
                        {choice.label}
                      </option>
                    ))}
                </optgroup>
              ))}
            </select>
            {/* Copy and its menu wrap as one, never the menu alone on a line of its own. */}
            <div className="board-copier-actions">
              <CopyForBoardButton card={chosen.card} options={chosen.options} announce={announce} className="primary copy-for-board" />
              <OverflowMenu
                label={`More ways to copy ${chosen.label}`}
                actions={copyActions(
                  {
                    shapes: (formats) => formats.cardsClipboard(chosen.card, chosen.options),
                    mermaid: mermaidOf(chosen.card),
                    // The button above carries HTML too; this is the bare text, for boards that mangle rich paste.
                    text: () => ({ text: boardText(chosen.card, chosen.options) }),
                  },
                  announce,
                )}
              />
            </div>
          </div>
          <p className="board-label" id={previewId}>
            As it lands on the board
          </p>
          <pre className="board-preview" aria-labelledby={previewId} tabIndex={0}>
            {boardText(chosen.card, chosen.options)}
          </pre>
        </>
      )}
    </section>
  );
}
