import { X } from '../shared/icons';

interface Props {
  tags: string[];
  active: string[];
  onToggle(tag: string): void;
  onClear(): void;
}

/**
 * The tags as one row of chips that scrolls sideways, so however many tags
 * a deck has the results start at the same height. Chosen tags come first,
 * so a filter in force is always in view, with one chip to clear them all.
 */
export function PhrasingTagFilter({ tags, active, onToggle, onClear }: Props) {
  const ordered = [...active, ...tags.filter((tag) => !active.includes(tag))];
  return (
    <div className="phrasing-tags" role="group" aria-label="Filter by tag">
      {active.length > 0 && (
        <button type="button" className="chip phrasing-tags-clear" onClick={onClear}>
          <X aria-hidden="true" size={13} />
          <span>All tags</span>
        </button>
      )}
      {ordered.map((tag) => (
        <button key={tag} type="button" className="chip" aria-pressed={active.includes(tag)} onClick={() => onToggle(tag)}>
          {tag}
        </button>
      ))}
    </div>
  );
}
