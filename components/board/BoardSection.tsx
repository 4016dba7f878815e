import { BoardCardCopier } from './BoardCardCopier';
import { CalculatorList } from './CalculatorList';
import { DecisionMatrix } from './DecisionMatrix';
import type { SectionProps } from '../shared/section-props';
import './BoardSection.css';

/** What the user puts on the whiteboard: cards as notes, the decision matrix as a table, and the numbers. */
export function BoardSection({ library, announce }: SectionProps) {
  return (
    <section aria-labelledby="board-heading" className="board">
      <h2 id="board-heading" className="section-title">
        Board
      </h2>
      <p className="hint">Everything here pastes onto a whiteboard as a note or a table.</p>
      <BoardCardCopier deck={library.deck} announce={announce} />
      <DecisionMatrix library={library} announce={announce} />
      <CalculatorList announce={announce} />
    </section>
  );
}
