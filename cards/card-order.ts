/**
 * Fractional sort keys: moving a card gives it a key between its new
 * neighbours, so only that card's record is written (one storage key per card,
 * see storage-keys.ts). When repeated moves squeeze two keys too close for a
 * double to tell apart, the deck is renumbered 1, 2, 3… in one write.
 */

// Well above the spacing where doubles stop being able to split a gap in two.
const MIN_GAP = 1e-6;

/** A key that sorts between `before` and `after` (either may be absent), or undefined when the gap is too small. */
export function orderBetween(before: number | undefined, after: number | undefined): number | undefined {
  if (before === undefined && after === undefined) return 1;
  if (before === undefined) return after! - 1;
  if (after === undefined) return before + 1;
  if (after - before < MIN_GAP) return undefined;
  return before + (after - before) / 2;
}

export type MovePlan =
  | { type: 'one'; order: number }
  /** Every card gets a fresh key, in this order of ids. */
  | { type: 'all'; ids: string[] };

/**
 * Where `id` goes when moved by `offset` places within `ids` (the deck's
 * current order, with `orders` their keys). Undefined when it cannot move.
 */
export function planMove(
  ids: readonly string[],
  orders: Readonly<Record<string, number>>,
  id: string,
  offset: number,
): MovePlan | undefined {
  const from = ids.indexOf(id);
  const to = Math.min(ids.length - 1, Math.max(0, from + offset));
  if (from === -1 || to === from) return undefined;
  const rest = ids.filter((other) => other !== id);
  const before = rest[to - 1];
  const after = rest[to];
  const order = orderBetween(
    before === undefined ? undefined : orders[before],
    after === undefined ? undefined : orders[after],
  );
  if (order !== undefined && Number.isFinite(order)) return { type: 'one', order };
  return { type: 'all', ids: [...rest.slice(0, to), id, ...rest.slice(to)] };
}
