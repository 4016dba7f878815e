import { describe, expect, it } from 'vitest';
import { validateInputs, type Validated } from './calculator';
import { STORAGE_PER_MONTH_DEFAULTS, storagePerMonth, storagePerMonthSchema } from './storage-per-month';

/** Parses form strings, failing the test with the field errors if they are refused. */
function parsed<T>(result: Validated<T>): T {
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

describe('storage per month', () => {
  it('multiplies objects a day by 30 days and size, then by copies', () => {
    const result = storagePerMonth(parsed(validateInputs(storagePerMonthSchema, STORAGE_PER_MONTH_DEFAULTS)));
    expect(result.bytes).toBe(1_200_000 * 30 * 4_000);
    expect(result.storedBytes).toBe(result.bytes * 3);
    expect(result.sentence).toBe('1.2 M new objects a day at 4 KB each adds about 144 GB a month, or 432 GB with 3 copies.');
    expect(result.formula).toBe('1.2 M × 30 days × 4 KB = 144 GB; × 3 copies = 432 GB');
  });

  it('says one copy plainly', () => {
    const result = storagePerMonth({ objectsPerDay: 1000, objectSizeKb: 1, copies: 1 });
    expect(result.sentence).toBe('1,000 new objects a day at 1 KB each adds about 30 MB a month.');
  });

  it('refuses zero-size objects and more than 10 copies', () => {
    expect(validateInputs(storagePerMonthSchema, { objectsPerDay: '10', objectSizeKb: '0', copies: '11' })).toEqual({
      ok: false,
      errors: { objectSizeKb: 'Enter 0.001 KB or more.', copies: 'That is more than 10; check the figure.' },
    });
  });
});
