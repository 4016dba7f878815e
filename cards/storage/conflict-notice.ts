import { ORDER_FIELD } from './field-clock';
import { DELETED_ELSEWHERE, type FieldConflict } from './merge-card';

const FIELD_WORDS: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, {
  title: 'title',
  tags: 'tags',
  body: 'text',
  points: 'points',
  strong: 'phrasing',
  why: 'reason',
  steps: 'steps',
  variants: 'variants',
  items: 'items',
  rows: 'rows',
  followUps: 'follow-ups',
  [ORDER_FIELD]: 'place in the deck',
});

/** A card field as the user knows it ("text" for `body`). */
export const fieldWord = (field: string) => FIELD_WORDS[field] ?? field;

/** The other side of a conflict, as a person reads it: text quoted short, lists by their count. */
function theirText(value: unknown): string {
  if (typeof value === 'string') return value.length > 120 ? `“${value.slice(0, 120)}…”` : `“${value}”`;
  if (Array.isArray(value)) return `${value.length} ${value.length === 1 ? 'entry' : 'entries'}`;
  return 'a different version';
}

/**
 * A sentence for the editor when another window changed the same field of a
 * card at the same time: this save was kept, and the other text is given
 * back so the user can take it over. Undefined when there was no conflict.
 */
export function conflictNotice(conflicts: readonly FieldConflict[]): string | undefined {
  if (conflicts.length === 0) return undefined;
  if (conflicts.some(({ field }) => field === DELETED_ELSEWHERE)) {
    return 'Saved. Another window deleted this card while you were editing it; your edit brought it back. Delete it again if you meant to.';
  }
  const parts = conflicts.map(({ field, theirs }) => `its ${fieldWord(field)} was ${theirText(theirs)}`);
  return `Saved. Another window changed this card at the same time and your version was kept; there, ${parts.join('; ')}. Its text waits at the top of the panel if you want it back.`;
}
