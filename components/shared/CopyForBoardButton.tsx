import { boardHtml } from '../../cards/board/board-html';
import { boardText, type BoardOptions } from '../../cards/board/board-text';
import type { Card } from '../../cards/schema';
import { copyText } from './copy-text';

export interface CopyForBoardButtonProps {
  /** One card, or a set (several phrasings) that pastes as one note each. */
  card: Card | readonly Card[];
  /** The button's words; say which card when several share a screen. */
  label?: string;
  /** Which step or template variant, and the user's slot values. */
  options?: BoardOptions;
  /** The panel's live region (SectionProps.announce). */
  announce(message: string): void;
  className?: string;
}

/**
 * Copies a card shaped for a whiteboard: sticky-note text, plus an HTML list
 * or table for boards that take rich paste. Any section can drop it in.
 */
export function CopyForBoardButton({ card, label = 'Copy for the board', options, announce, className }: CopyForBoardButtonProps) {
  const copy = async () => {
    try {
      await copyText(boardText(card, options), boardHtml(card, options));
      announce('Copied for the board');
    } catch {
      announce('Could not copy: the browser refused clipboard access');
    }
  };
  return (
    <button type="button" className={className ?? 'secondary copy-for-board'} onClick={() => void copy()}>
      {label}
    </button>
  );
}
