import type { KeyboardEvent } from 'react';
import type { PhrasingCard } from '../../cards/schema';
import { Highlighted } from '../shared/Highlighted';

interface Props {
  card: PhrasingCard;
  onEdit(): void;
  terms: string[];
  pinned: boolean;
  onCopy(): void;
  onTogglePin(): void;
}

/** One phrasing: the strong line to say, the weak one to avoid beside it, and why. */
export function PhrasingResult({ card, terms, pinned, onCopy, onTogglePin, onEdit }: Props) {
  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>) => {
    if (event.key === 'Enter' && event.target === event.currentTarget) {
      event.preventDefault();
      onCopy();
    }
  };
  return (
    <li
      className={pinned ? 'phrasing pinned' : 'phrasing'}
      tabIndex={0}
      aria-labelledby={`${card.id}-strong`}
      aria-describedby={`${card.id}-hint`}
      onKeyDown={onKeyDown}
    >
      <div className="phrasing-head">
        <h3 className="phrasing-title">
          <Highlighted text={card.title} terms={terms} />
        </h3>
        <button
          type="button"
          className="pin"
          aria-pressed={pinned}
          aria-label={`Pin “${card.title}” to the top`}
          title={pinned ? 'Unpin' : 'Pin to the top'}
          onClick={onTogglePin}
        >
          {pinned ? '★' : '☆'}
        </button>
      </div>
      <div className={card.weak ? 'pair' : 'pair single'}>
        <div className="say">
          <p className="label">Say</p>
          <p id={`${card.id}-strong`} className="strong-line">
            <Highlighted text={card.strong} terms={terms} />
          </p>
        </div>
        {card.weak && (
          <div className="avoid">
            <p className="label">Avoid</p>
            <p className="weak-line">
              <Highlighted text={card.weak} terms={terms} />
            </p>
          </div>
        )}
      </div>
      {card.why && (
        <p className="why">
          <Highlighted text={card.why} terms={terms} />
        </p>
      )}
      <div className="phrasing-foot">
        <ul className="tags" aria-label="Tags">
          {card.tags.map((tag) => (
            <li key={tag}>{tag}</li>
          ))}
        </ul>
        <span className="phrasing-actions">
          <button type="button" className="edit-card" onClick={onEdit} aria-label={`Edit “${card.title}”`}>
            Edit
          </button>
          <button type="button" className="copy" onClick={onCopy} aria-label={`Copy “${card.title}”`}>
            Copy
          </button>
        </span>
      </div>
      <span id={`${card.id}-hint`} className="visually-hidden">
        Press Enter to copy.
      </span>
    </li>
  );
}
