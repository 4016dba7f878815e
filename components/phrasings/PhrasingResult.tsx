import { Check, Copy, CornerDownLeft, Pencil, Pin, PinOff } from '../shared/icons';
import type { PhrasingCard } from '../../cards/schema';
import { Highlighted } from '../shared/Highlighted';
import { OverflowMenu } from '../shared/OverflowMenu';

interface Props {
  card: PhrasingCard;
  terms: string[];
  pinned: boolean;
  /** The row Enter copies from the search box: marked with a bar and a hint. */
  active: boolean;
  /** Just copied: the hint says so until the next keystroke. */
  copied: boolean;
  onCopy(): void;
  onTogglePin(): void;
  onEdit(): void;
}

/** The id the search box points at (aria-activedescendant) when this row is the one Enter copies. */
export const phrasingCellId = (cardId: string) => `phrasing-result-${cardId}`;

/**
 * One phrasing as a row of the results grid: the line to say first and
 * largest, the weak one to avoid under it, why in small print; Copy is the
 * one visible action, pinning and editing sit in the overflow menu.
 */
export function PhrasingResult({ card, terms, pinned, active, copied, onCopy, onTogglePin, onEdit }: Props) {
  const className = ['phrasing', pinned && 'pinned', active && 'active'].filter(Boolean).join(' ');
  return (
    <div role="row" className={className} aria-selected={active}>
      {/* The cell the search box points at holds the title and the line to say: what a screen reader speaks as the arrows move. */}
      <div role="gridcell" id={phrasingCellId(card.id)} className="phrasing-body">
        <h3 className="phrasing-title">
          {pinned && (
            <>
              <Pin aria-hidden="true" size={13} className="phrasing-pin" />
              <span className="visually-hidden">Pinned: </span>
            </>
          )}
          <Highlighted text={card.title} terms={terms} />
        </h3>
        <p className="phrasing-say-label">
          <span className="label">Say</span>
          {active && (
            <span className="phrasing-enter-hint">
              {copied ? (
                <>
                  <Check aria-hidden="true" size={13} /> Copied
                </>
              ) : (
                <>
                  <kbd>
                    Enter <CornerDownLeft aria-hidden="true" size={12} />
                  </kbd>{' '}
                  copies
                </>
              )}
            </span>
          )}
        </p>
        <p className="strong-line">
          <Highlighted text={card.strong} terms={terms} />
        </p>
      </div>
      <div role="gridcell" className="phrasing-more">
        {card.weak && (
          <p className="avoid">
            <span className="label">Avoid</span>
            <span className="weak-line">
              <Highlighted text={card.weak} terms={terms} />
            </span>
          </p>
        )}
        {card.why && (
          <p className="why">
            <Highlighted text={card.why} terms={terms} />
          </p>
        )}
      </div>
      <div role="gridcell" className="phrasing-actions">
        {/* Filled on the marked result alone (the one Enter copies): a column of filled buttons drew the eye before the lines to say. */}
        <button type="button" className={active ? 'primary phrasing-copy' : 'secondary phrasing-copy'} onClick={onCopy} aria-label={`Copy “${card.title}”`}>
          <Copy aria-hidden="true" size={15} />
          <span>Copy</span>
        </button>
        <OverflowMenu
          label={`More actions for ${card.title}`}
          actions={[
            {
              label: pinned ? 'Unpin' : 'Pin to the top',
              icon: pinned ? <PinOff aria-hidden="true" size={15} /> : <Pin aria-hidden="true" size={15} />,
              onSelect: onTogglePin,
            },
            { label: 'Edit phrasing', icon: <Pencil aria-hidden="true" size={15} />, onSelect: onEdit },
          ]}
        />
      </div>
    </div>
  );
}
