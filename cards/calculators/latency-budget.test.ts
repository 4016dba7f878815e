import { describe, expect, it } from 'vitest';
import { validateInputs, type Validated } from './calculator';
import { LATENCY_BUDGET_DEFAULTS, latencyBudget, latencyBudgetSchema } from './latency-budget';

/** Parses form strings, failing the test with the field errors if they are refused. */
function parsed<T>(result: Validated<T>): T {
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

describe('latency budget', () => {
  it('sums the add-to-cart hops under the 120 ms target', () => {
    const result = latencyBudget(parsed(validateInputs(latencyBudgetSchema, LATENCY_BUDGET_DEFAULTS)));
    expect(result.total).toBe(110);
    expect(result.headroom).toBe(10);
    expect(result.fits).toBe(true);
    expect(result.sentence).toBe(
      'Add-to-cart fits in 110 ms of its 120 ms budget, leaving 10 ms of headroom; the largest hop, Database write, takes 30 ms.',
    );
    expect(result.formula).toBe('20 ms + 10 ms + 25 ms + 15 ms + 30 ms + 10 ms = 110 ms < 120 ms');
  });

  it('says by how much an overrun misses, and that spending the whole budget does not fit', () => {
    const over = latencyBudget({ path: 'checkout', targetMs: 100, hops: [{ label: 'DB', ms: 80 }, { label: 'API', ms: 35 }] });
    expect(over.fits).toBe(false);
    expect(over.headroom).toBe(-15);
    expect(over.sentence).toBe('Checkout needs 115 ms, 15 ms over its 100 ms budget; the largest hop, DB at 80 ms, is the first to cut.');
    const exact = latencyBudget({ path: 'checkout', targetMs: 100, hops: [{ label: 'DB', ms: 100 }] });
    expect(exact.fits).toBe(false);
    expect(exact.sentence).toBe('Checkout needs 100 ms, the whole 100 ms budget; the largest hop, DB at 100 ms, is the first to cut.');
    expect(exact.formula).toBe('100 ms = 100 ms ≥ 100 ms');
  });

  it('refuses a zero target, negative hops and an empty path', () => {
    expect(validateInputs(latencyBudgetSchema, { path: '', targetMs: '0', hops: [{ label: 'a', ms: '-3' }] })).toEqual({
      ok: false,
      errors: { path: 'Give it a name.', targetMs: 'Enter 1 ms or more.', 'hops.0.ms': 'Enter 0 ms or more.' },
    });
  });
});
