import { describe, expect, it } from 'vitest';
import { validateInputs, type Validated } from './calculator';
import { COST_RANGE_DEFAULTS, costRange, costRangeSchema } from './cost-range';

/** Parses form strings, failing the test with the field errors if they are refused. */
function parsed<T>(result: Validated<T>): T {
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

describe('cost range', () => {
  it("sums stated unit prices into the guide's $12,800 and applies the ± band", () => {
    const result = costRange(parsed(validateInputs(costRangeSchema, COST_RANGE_DEFAULTS)));
    expect(result.total).toBeCloseTo(12_800);
    expect(result.low).toBeCloseTo(10_880);
    expect(result.high).toBeCloseTo(14_720);
    expect(result.sentence).toBe(
      'At the stated unit prices it runs about $12,800 a month, so $10,900–$14,700 with a ±15 % band. Compute instances drives most of it.',
    );
    expect(result.formula).toBe('40 × $240 = $9,600 + 10 k × $0.1 = $1,000 + 22 k × $0.1 = $2,200; total $12,800 × (1 ± 15 %)');
  });

  it('marks the exact line and field that is wrong', () => {
    const result = validateInputs(costRangeSchema, {
      lines: [{ label: 'ok', quantity: '1', unitPrice: '1' }, { label: ' ', quantity: '-1', unitPrice: '1' }],
      bandPercent: '150',
    });
    expect(result).toEqual({
      ok: false,
      errors: {
        'lines.1.label': 'Give it a name.',
        'lines.1.quantity': 'Enter 0 or more.',
        bandPercent: 'That is more than 100 %; check the figure.',
      },
    });
    expect(validateInputs(costRangeSchema, { lines: [], bandPercent: '10' })).toEqual({
      ok: false,
      errors: { lines: 'Add at least one cost line.' },
    });
  });
});
