import { cardSchema, type Card } from '../schema';
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
 * value, so concurrent edits to different fields both survive. A list of
 * elements with ids (a matrix's rows, a prompt's levers) both changed is
 * merged element by element, so two windows editing different rows both
 * survive too. A field both changed otherwise keeps this (later) save and is
 * reported, never silently dropped. A card whose kind changed on either side
 * is not merged: this save wins whole, and every differing field is reported.
 */
export function mergeCard(base: Card, mine: Card, stored: Card | undefined): MergedCard {
  if (!stored || sameValue(stored, base)) return { card: mine, conflicts: [] };
  if (stored.kind !== mine.kind || base.kind !== mine.kind) {
    return { card: mine, conflicts: differing(mine, stored) };
  }
  const byElement = byField(base, mine, stored, true);
  // Merged lists can break a rule of the card as a whole (a deck's steps both windows emptied): then by field alone.
  return cardSchema.safeParse(byElement.card).success ? byElement : byField(base, mine, stored, false);
}

function byField(base: Card, mine: Card, stored: Card, mergeLists: boolean): MergedCard {
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
    let value = weChanged ? ours : theirs;
    if (weChanged && theyChanged && !sameValue(ours, theirs)) {
      const list = mergeLists ? mergeList(was, ours, theirs) : undefined;
      if (list) value = list;
      else conflicts.push({ field, theirs });
    }
    if (value !== undefined) merged[field] = value;
  }
  return { card: { ...merged } as Card, conflicts };
}

/** A list's elements by id, when every element is an object with an id of its own; else undefined. */
function elementsById(list: unknown): Map<string, unknown> | undefined {
  if (!Array.isArray(list)) return undefined;
  const elements = new Map<string, unknown>();
  for (const element of list) {
    const id: unknown = element && typeof element === 'object' ? (element as { id?: unknown }).id : undefined;
    if (typeof id !== 'string' || elements.has(id)) return undefined;
    elements.set(id, element);
  }
  return elements;
}

/**
 * Two edits of one list of elements with ids, merged element by element: an
 * element only one side added, changed or removed takes that side's doing.
 * The order is that of the side that moved elements (this save's if neither
 * did), with the other side's new elements after the one they followed there.
 * Undefined when the two touched one element differently (changed it two
 * ways, or one changed what the other removed) or moved elements differently.
 */
function mergeList(was: unknown, ours: unknown, theirs: unknown): unknown[] | undefined {
  const [base, mine, other] = [elementsById(was), elementsById(ours), elementsById(theirs)];
  if (!base || !mine || !other) return undefined;
  const kept = new Map<string, unknown>();
  for (const id of new Set([...mine.keys(), ...other.keys()])) {
    const [b, m, o] = [base.get(id), mine.get(id), other.get(id)];
    const unchanged = (side: unknown) => base.has(id) && sameValue(side, b);
    if (m !== undefined && o !== undefined) {
      if (unchanged(m) || sameValue(m, o)) kept.set(id, o);
      else if (unchanged(o)) kept.set(id, m);
      else return undefined;
    } else if (m !== undefined) {
      // Theirs alone, or removed by the other side: kept only if it is ours and new, gone if untouched here.
      if (!base.has(id)) kept.set(id, m);
      else if (!unchanged(m)) return undefined;
    } else if (!base.has(id)) kept.set(id, o);
    else if (!unchanged(o)) return undefined;
  }
  // The order of the side that moved elements (both moving them differently is a conflict), with the other's new ones placed in it.
  const shared = (side: Map<string, unknown>) => [...side.keys()].filter((id) => base.has(id) && mine.has(id) && other.has(id));
  const [baseOrder, mineOrder, otherOrder] = [shared(base), shared(mine), shared(other)];
  const mineMoved = !sameValue(mineOrder, baseOrder);
  const otherMoved = !sameValue(otherOrder, baseOrder);
  if (mineMoved && otherMoved && !sameValue(mineOrder, otherOrder)) return undefined;
  const [lead, rest] = otherMoved && !mineMoved ? [other, mine] : [mine, other];
  const order = [...lead.keys()].filter((id) => kept.has(id));
  let after: string | undefined;
  for (const id of rest.keys()) {
    if (!lead.has(id) && kept.has(id)) order.splice(after === undefined ? 0 : order.indexOf(after) + 1, 0, id);
    if (kept.has(id)) after = id;
  }
  return order.map((id) => kept.get(id));
}

function differing(mine: Card, stored: Card): FieldConflict[] {
  const fields = new Set([...Object.keys(mine), ...Object.keys(stored)]);
  return [...fields]
    .filter((field) => field !== 'id' && !sameValue((mine as Record<string, unknown>)[field], (stored as Record<string, unknown>)[field]))
    .map((field) => ({ field, theirs: (stored as Record<string, unknown>)[field] }));
}
