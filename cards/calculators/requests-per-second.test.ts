import { describe, expect, it } from 'vitest';
import { validateInputs, type Validated } from './calculator';
import { REQUESTS_PER_SECOND_DEFAULTS, requestsPerSecond, requestsPerSecondSchema } from './requests-per-second';

/** Parses form strings, failing the test with the field errors if they are refused. */
function parsed<T>(result: Validated<T>): T {
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

describe('requests per second', () => {
  it('spreads daily actions over 86,400 seconds, then applies the peak factor', () => {
    const result = requestsPerSecond(parsed(validateInputs(requestsPerSecondSchema, REQUESTS_PER_SECOND_DEFAULTS)));
    expect(result.average).toBeCloseTo((2_000_000 * 20) / 86_400);
    expect(result.peak).toBeCloseTo(result.average * 5);
    expect(result.sentence).toBe(
      '2 M daily actives at 20 actions each is about 463 requests per second on average, and 2,310 at a 5× peak.',
    );
    expect(result.formula).toBe('2 M × 20 ÷ 86,400 s = 463 req/s; × 5 = 2,310 req/s at peak');
    expect(result.assumptions.length).toBeGreaterThan(0);
  });

  it('refuses blanks, words, negatives, fractions of people and absurd peaks', () => {
    expect(validateInputs(requestsPerSecondSchema, { dailyActives: '', actionsPerUser: 'ten', peakFactor: '0.5' })).toEqual({
      ok: false,
      errors: {
        dailyActives: 'Enter a number.',
        actionsPerUser: 'Enter a number (digits only).',
        peakFactor: 'Enter 1 or more.',
      },
    });
    expect(validateInputs(requestsPerSecondSchema, { dailyActives: '-5', actionsPerUser: '1', peakFactor: '5000' })).toEqual({
      ok: false,
      errors: { dailyActives: 'Enter 1 or more.', peakFactor: 'That is more than 1,000; check the figure.' },
    });
    const fraction = validateInputs(requestsPerSecondSchema, { dailyActives: '1.5', actionsPerUser: '1', peakFactor: '1' });
    expect(fraction.ok ? null : fraction.errors.dailyActives).toBe('Enter a whole number.');
    expect(validateInputs(requestsPerSecondSchema, { dailyActives: 'Infinity', actionsPerUser: '1', peakFactor: '1' }).ok).toBe(false);
  });
});
