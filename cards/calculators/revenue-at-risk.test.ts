import { describe, expect, it } from 'vitest';
import { validateInputs, type Validated } from './calculator';
import { REVENUE_AT_RISK_DEFAULTS, revenueAtRisk, revenueAtRiskSchema } from './revenue-at-risk';

/** Parses form strings, failing the test with the field errors if they are refused. */
function parsed<T>(result: Validated<T>): T {
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

describe('revenue at risk', () => {
  it("multiplies orders a minute by the $45 order and the 30-second window", () => {
    const result = revenueAtRisk(parsed(validateInputs(revenueAtRiskSchema, REVENUE_AT_RISK_DEFAULTS)));
    expect(result.atRisk).toBe(200 * 45 * 0.5);
    expect(result.sentence).toBe(
      'At 200 orders a minute and a $45 average order, compensating within 30 seconds bounds the revenue at risk to about $4,500 per incident.',
    );
    expect(result.formula).toBe('200 orders/min × $45 × 0.5 min = $4,500');
  });

  it('says minutes past the first one', () => {
    expect(revenueAtRisk({ ordersPerMinute: 10, averageOrderValue: 45, minutesUntilCompensation: 2 }).sentence).toContain(
      'within 2 minutes bounds the revenue at risk to about $900',
    );
  });

  it('refuses a free order and a window longer than a week', () => {
    expect(validateInputs(revenueAtRiskSchema, { ordersPerMinute: '10', averageOrderValue: '0', minutesUntilCompensation: '20000' })).toEqual({
      ok: false,
      errors: {
        averageOrderValue: 'Enter 0.01 or more.',
        minutesUntilCompensation: 'That is more than 10,080 minutes; check the figure.',
      },
    });
  });
});
