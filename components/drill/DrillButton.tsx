import { Layers } from '../shared/icons';
import type { Deck } from '../../cards/schema';
import { shownKeys } from '../shell/shortcuts';
import { useDueCount } from './use-due-count';
import './DrillButton.css';

interface Props {
  /** The deck whose items are counted; undefined until the first screen is up (the count waits for it). */
  deck: Deck | undefined;
  open: boolean;
  onToggle(): void;
}

/** The header's way into the drill, with the number of items waiting: the same number as the toolbar badge. */
export function DrillButton({ deck, open, onToggle }: Props) {
  const due = useDueCount(deck);
  const count = due?.count ?? 0;
  const name = count === 0 ? 'Drill, nothing due' : `Drill, ${count} due`;
  return (
    <button
      type="button"
      className="icon-button drill-button"
      aria-pressed={open}
      onClick={onToggle}
      aria-label={name}
      title={`${name} (${shownKeys('drill')})`}
    >
      <Layers aria-hidden="true" size={18} />
      {count > 0 && (
        <span className="drill-button-count" aria-hidden="true" data-testid="drill-due-count">
          {count > 99 ? '99+' : count}
        </span>
      )}
    </button>
  );
}
