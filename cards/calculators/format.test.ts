import { describe, expect, it } from 'vitest';
import { formatBytes, formatCount, formatMoney, formatMs } from './format';

describe('format', () => {
  it('says counts the way the deck does', () => {
    expect(formatCount(463.0)).toBe('463');
    expect(formatCount(462.96)).toBe('463');
    expect(formatCount(2_315)).toBe('2,320');
    expect(formatCount(100_000)).toBe('100 k');
    expect(formatCount(2_000_000)).toBe('2 M');
    expect(formatCount(1_250_000_000)).toBe('1.25 B');
    expect(formatCount(0.5)).toBe('0.5');
  });

  it('says money, bytes and milliseconds', () => {
    expect(formatMoney(12_800)).toBe('$12,800');
    expect(formatMoney(10_880)).toBe('$10,900');
    expect(formatMoney(45)).toBe('$45');
    expect(formatMoney(0.1)).toBe('$0.1');
    expect(formatMoney(1_234_567)).toBe('$1.23 M');
    expect(formatBytes(144_000_000_000)).toBe('144 GB');
    expect(formatBytes(1_500)).toBe('1.5 KB');
    expect(formatMs(12.345)).toBe('12.3 ms');
  });
});
