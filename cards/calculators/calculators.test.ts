import { describe, expect, it } from 'vitest';
import { validateInputs } from './calculator';
import { COST_RANGE_DEFAULTS, costRange, costRangeSchema } from './cost-range';
import { formatBytes, formatCount, formatMoney, formatMs } from './format';
import { LATENCY_BUDGET_DEFAULTS, latencyBudget, latencyBudgetSchema } from './latency-budget';
import { REQUESTS_PER_SECOND_DEFAULTS, requestsPerSecond, requestsPerSecondSchema } from './requests-per-second';
import { REVENUE_AT_RISK_DEFAULTS, revenueAtRisk, revenueAtRiskSchema } from './revenue-at-risk';
import { STORAGE_PER_MONTH_DEFAULTS, storagePerMonth, storagePerMonthSchema } from './storage-per-month';

/** Parses form strings, failing the test with the field errors if they are refused. */
function parsed<T>(result: ReturnType<typeof validateInputs<import('zod').ZodType<T>>>): T {
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

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
