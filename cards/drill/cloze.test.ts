import { describe, expect, it } from 'vitest';
import { clozeFigures } from './cloze';

describe('figures in a phrasing as clozes', () => {
  it('hides each figure with its unit or currency', () => {
    expect(clozeFigures('Latency moves conversion, so checkout stays ≤ 120 ms; that is what our $8 M Q4 goal rests on.')).toEqual([
      { text: 'Latency moves conversion, so checkout stays ≤ [...]; that is what our $8 M Q4 goal rests on.', answer: '120 ms' },
      { text: 'Latency moves conversion, so checkout stays ≤ 120 ms; that is what our [...] Q4 goal rests on.', answer: '$8 M' },
    ]);
  });

  it('takes percentages and leaves bare small numbers and names like Q4 alone', () => {
    expect(clozeFigures('Split once growth hits the 5 % KPI in Q4, after 3 steps.').map((cloze) => cloze.answer)).toEqual(['5 %']);
    expect(clozeFigures('No figures here.')).toEqual([]);
  });

  it('stops at the limit', () => {
    expect(clozeFigures('10 ms, 20 ms, 30 ms, 40 ms', 2)).toHaveLength(2);
  });
});
