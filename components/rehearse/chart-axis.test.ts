import { describe, expect, it } from 'vitest';
import { axisLabels } from './chart-axis';

const plain = (text: string) => text.replace(/\s/g, ' ');
const at = (day: number, hour: number, minute = 0) => ({ startedAt: new Date(2026, 11, day, hour, minute).getTime() });

describe('score chart axis', () => {
  it('names runs of one day by their time, and says the day once', () => {
    const axis = axisLabels([at(2, 9), at(2, 13, 45)], 'en-US');
    expect(axis.oneDay).toBe(true);
    expect(plain(axis.label(at(2, 9).startedAt))).toBe('9:00 AM');
    expect(plain(axis.label(at(2, 13, 45).startedAt))).toBe('1:45 PM');
    expect(axis.day).toBe('Wed, Dec 2');
  });

  it('names runs over several days by their date', () => {
    const axis = axisLabels([at(1, 9), at(2, 9)], 'en-US');
    expect(axis.oneDay).toBe(false);
    expect(axis.label(at(1, 9).startedAt)).toBe('Dec 1');
    expect(axis.day).toBeUndefined();
  });
});
