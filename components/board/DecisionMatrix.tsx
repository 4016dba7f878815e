import { useId, useState } from 'react';
import type { MatrixCard, PromptCard } from '../../cards/schema';
import { DEFAULT_COPY_ID, DEFAULT_DECK_ID } from '../../cards/shipped-deck';
import { keepPendingEdit } from '../../cards/storage/pending-edit';
import { DecisionMatrixTable, type MatrixSource } from './DecisionMatrixTable';
import type { LibraryApi } from '../shell/use-library';
import './DecisionMatrix.css';

const sourceLabel = (card: MatrixSource) => (card.kind === 'matrix' ? `General: ${card.title}` : card.domain);

interface DecisionMatrixProps {
  library: LibraryApi;
  announce(message: string): void;
}

/** Lever → KPI → risk → effect → mitigation, per practice prompt, saved into the deck as it is edited. */
export function DecisionMatrix({ library, announce }: DecisionMatrixProps) {
  // The general matrix first (it is the default), then one per practice prompt.
  const sources = [
    ...library.deck.cards.filter((card): card is MatrixCard => card.kind === 'matrix'),
    ...library.deck.cards.filter((card): card is PromptCard => card.kind === 'prompt'),
  ];
  const [chosenId, setChosenId] = useState<string>();
  const source = sources.find((card) => card.id === chosenId) ?? sources[0];
  const selectId = useId();

  return (
    <section className="board-block" aria-labelledby={`${selectId}-heading`}>
      <h3 id={`${selectId}-heading`} className="subhead">
        Decision matrix
      </h3>
      {!source ? (
        <p className="empty">This deck has no decision matrix or practice prompt. Add one in Customize.</p>
      ) : (
        <>
          <div className="matrix-source">
            <label htmlFor={selectId} className="board-label">
              Rows for
            </label>
            <select id={selectId} className="board-select" value={source.id} onChange={(event) => setChosenId(event.target.value)}>
              {sources.map((card) => (
                <option key={card.id} value={card.id}>
                  {sourceLabel(card)}
                </option>
              ))}
            </select>
          </div>
          {/* Keyed by card: switching prompts starts a fresh draft (and flushes the old one). */}
          <DecisionMatrixTable
            // One editor per deck and card: a save pending when the user switches deck flushes
            // into the deck it was made in. The shipped deck and the user's copy of it count as
            // one, so the first edit (which makes the copy) keeps the editor and its focus.
            key={`${editingIdentity(library.deck.id)}/${source.id}`}
            card={source}
            // Merged with what another window saved meanwhile, as the card editor's saves are.
            save={(card, base) => library.saveCard(card, undefined, library.deck.id, base)}
            keep={(card, base) => void keepPendingEdit(library.deck.id, card, base).catch(console.error)}
            announce={announce}
          />
        </>
      )}
    </section>
  );
}

function editingIdentity(deckId: string): string {
  return deckId === DEFAULT_COPY_ID ? DEFAULT_DECK_ID : deckId;
}
