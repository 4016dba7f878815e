import { describe, expect, it } from 'vitest';
import { sameValue } from './same-value';

describe('same value', () => {
  it('ignores key order and keys set to undefined, as storage does', () => {
    expect(sameValue({ a: 1, b: [{ c: 2, d: 3 }] }, { b: [{ d: 3, c: 2 }], a: 1 })).toBe(true);
    expect(sameValue({ a: 1, weak: undefined }, { a: 1 })).toBe(true);
  });

  it('tells apart different text, order of items, and types', () => {
    expect(sameValue({ a: 'x ' }, { a: 'x' })).toBe(false);
    expect(sameValue([1, 2], [2, 1])).toBe(false);
    expect(sameValue({ a: 1 }, { a: '1' })).toBe(false);
  });
});
