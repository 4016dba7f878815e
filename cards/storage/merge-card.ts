import type { Card } from '../schema';
import { sameValue } from './same-value';

/** A field both windows changed: this save's text was kept; the other window's text is offered back. */
export interface FieldConflict {
  field: string;
  /** What the other window (or device) had saved in that field, now replaced. */
  theirs: unknown;
}

/**
 * The conflict reported when another window deleted the card while this one
 * edited it: the edit is kept (the card comes back), and the user is told.
 */
export const DELETED_ELSEWHERE = '(deleted)';

export interface MergedCard {
  card: Card;
  conflicts: FieldConflict[];
}

/**
 * A three-way merge by field. `base` is the card as this window last read it,
 * `mine` is the user's edit of it, `stored` is what storage holds now (another
 * window may have saved since). Fields only one side changed take that side's
 * value, so concurrent edits to different fields both survive; a field both
 * changed keeps this (later) save and is reported, never silently dropped.
 * A card whose kind changed on either side is not merged: this save wins whole,
 * and every differing field is reported.
 */
export function mergeCard(base: Card, mine: Card, stored: Card | undefined): MergedCard {
  if (!stored || sameValue(stored, base)) return { card: mine, conflicts: [] };
  if (stored.kind !== mine.kind || base.kind !== mine.kind) {
    return { card: mine, conflicts: differing(mine, stored) };
  }
  const merged: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  const conflicts: FieldConflict[] = [];
  const fields = new Set([...Object.keys(base), ...Object.keys(mine), ...Object.keys(stored)]);
  const read = (card: Card, field: string) => (Object.hasOwn(card, field) ? (card as Record<string, unknown>)[field] : undefined);
  for (const field of fields) {
    const was = read(base, field);
    const ours = read(mine, field);
    const theirs = read(stored, field);
    const weChanged = !sameValue(ours, was);
    const theyChanged = !sameValue(theirs, was);
    const value = weChanged ? ours : theirs;
    if (weChanged && theyChanged && !sameValue(ours, theirs)) conflicts.push({ field, theirs });
    if (value !== undefined) merged[field] = value;
  }
  return { card: { ...merged } as Card, conflicts };
}

function differing(mine: Card, stored: Card): FieldConflict[] {
  const fields = new Set([...Object.keys(mine), ...Object.keys(stored)]);
  return [...fields]
    .filter((field) => field !== 'id' && !sameValue((mine as Record<string, unknown>)[field], (stored as Record<string, unknown>)[field]))
    .map((field) => ({ field, theirs: (stored as Record<string, unknown>)[field] }));
}
