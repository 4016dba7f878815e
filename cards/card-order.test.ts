import { describe, expect, it } from 'vitest';
import { orderBetween, planMove } from './card-order';

describe('fractional card order', () => {
  it('puts a key between two neighbours', () => {
    expect(orderBetween(1, 2)).toBe(1.5);
  });

  it('goes before the first or after the last by one', () => {
    expect(orderBetween(undefined, 3)).toBe(2);
    expect(orderBetween(3, undefined)).toBe(4);
    expect(orderBetween(undefined, undefined)).toBe(1);
  });

  it('gives up when the gap is too small to split', () => {
    expect(orderBetween(1, 1 + 1e-9)).toBeUndefined();
  });

  const ids = ['a', 'b', 'c', 'd'];
  const orders = { a: 1, b: 2, c: 3, d: 4 };

  it('moves a card up by writing only its own key', () => {
    expect(planMove(ids, orders, 'c', -1)).toEqual({ type: 'one', order: 1.5 });
  });

  it('moves a card down, and to either end', () => {
    expect(planMove(ids, orders, 'b', 1)).toEqual({ type: 'one', order: 3.5 });
    expect(planMove(ids, orders, 'b', -1)).toEqual({ type: 'one', order: 0 });
    expect(planMove(ids, orders, 'c', 1)).toEqual({ type: 'one', order: 5 });
  });

  it('does not move past the ends, or a card it does not know', () => {
    expect(planMove(ids, orders, 'a', -1)).toBeUndefined();
    expect(planMove(ids, orders, 'd', 1)).toBeUndefined();
    expect(planMove(ids, orders, 'x', 1)).toBeUndefined();
  });

  it('renumbers the whole deck when keys have been squeezed together', () => {
    const squeezed = { a: 1, b: 1 + 1e-9, c: 1 + 2e-9, d: 4 };
    expect(planMove(ids, squeezed, 'd', -2)).toEqual({ type: 'all', ids: ['a', 'd', 'b', 'c'] });
  });

  it('keeps a true order over many squeezing moves, renumbering when it must', () => {
    const current: Record<string, number> = { ...orders };
    let list = [...ids];
    let renumbered = 0;
    // The last card goes to second place, again and again: each key lands
    // between the first card and the previous mover, halving the gap.
    for (let round = 0; round < 120; round += 1) {
      const plan = planMove(list, current, list.at(-1)!, -(list.length - 2));
      if (!plan) throw new Error('expected a move');
      const mover = list.at(-1)!;
      if (plan.type === 'one') current[mover] = plan.order;
      else {
        renumbered += 1;
        plan.ids.forEach((id, index) => (current[id] = index + 1));
      }
      const expected = [list[0]!, mover, ...list.slice(1, -1)];
      list = [...list].sort((x, y) => current[x]! - current[y]!);
      expect(list).toEqual(expected);
    }
    expect(renumbered).toBeGreaterThan(0);
  });
});
