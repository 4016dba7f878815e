import { describe, expect, it } from 'vitest';
import { shortStepTitle, stepTitleParts } from './step-title';

describe('a step title without its number', () => {
  it('drops a leading number and its separator', () => {
    expect(shortStepTitle('1 · Problem definition')).toBe('Problem definition');
    expect(shortStepTitle('2. Constraints')).toBe('Constraints');
    expect(shortStepTitle('Step 3: Levers')).toBe('Levers');
    expect(shortStepTitle('4) Close')).toBe('Close');
  });

  it('keeps titles that do not start with a numbered prefix, or are only one', () => {
    expect(shortStepTitle('Problem definition')).toBe('Problem definition');
    expect(shortStepTitle('3')).toBe('3');
    expect(shortStepTitle('1 · ')).toBe('1 ·');
    expect(shortStepTitle('99.9 % uptime first')).toBe('99.9 % uptime first');
  });

  it('cuts into parts that join back into the title', () => {
    expect(stepTitleParts('1 · Problem definition')).toEqual({ number: '1 · ', rest: 'Problem definition' });
    expect(stepTitleParts('Levers')).toEqual({ number: '', rest: 'Levers' });
  });
});
