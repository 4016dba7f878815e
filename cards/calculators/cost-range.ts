import { z } from '../zod-setup';
import type { CalculatorResult } from './calculator';
import { formatCount, formatMoney } from './format';
import { labelField, numberField } from './number-field';

export const costLineSchema = z.object({
  label: labelField,
  /** How many units a month: instances, GB, million requests. */
  quantity: numberField({ min: 0, max: 1_000_000_000 }),
  /** Dollars per unit, as the provider states it. */
  unitPrice: numberField({ min: 0, max: 10_000_000 }),
});

export const costRangeSchema = z.object({
  lines: z.array(costLineSchema).check(z.minLength(1, 'Add at least one cost line.'), z.maxLength(20, 'Keep it to 20 cost lines.')),
  /** The ± band, in percent, that states how sure the estimate is. */
  bandPercent: numberField({ min: 0, max: 100, unit: '%' }),
});
export type CostRangeInput = z.output<typeof costRangeSchema>;

// Stated unit prices that add up to the guide's $12,800 a month, with its ±15 %.
export const COST_RANGE_DEFAULTS = {
  lines: [
    { label: 'Compute instances', quantity: '40', unitPrice: '240' },
    { label: 'Storage (GB-month)', quantity: '10,000', unitPrice: '0.10' },
    { label: 'Data transfer (GB)', quantity: '22,000', unitPrice: '0.10' },
  ],
  bandPercent: '15',
};

export interface CostRange extends CalculatorResult {
  total: number;
  low: number;
  high: number;
}

export function costRange({ lines, bandPercent }: CostRangeInput): CostRange {
  const subtotals = lines.map((line) => line.quantity * line.unitPrice);
  const total = subtotals.reduce((sum, value) => sum + value, 0);
  const band = bandPercent / 100;
  const low = total * (1 - band);
  const high = total * (1 + band);
  const largest = lines[subtotals.indexOf(Math.max(...subtotals))];
  const driver = largest && total > 0 ? ` ${largest.label} drives most of it.` : '';
  return {
    total,
    low,
    high,
    sentence: `At the stated unit prices it runs about ${formatMoney(total)} a month, so ${formatMoney(low)}–${formatMoney(high)} with a ±${formatCount(bandPercent)} % band.${driver}`,
    formula: `${lines
      .map((line, index) => `${formatCount(line.quantity)} × ${formatMoney(line.unitPrice)} = ${formatMoney(subtotals[index]!)}`)
      .join(' + ')}; total ${formatMoney(total)} × (1 ± ${formatCount(bandPercent)} %)`,
    assumptions: [
      'Quantities are per month at today’s load; unit prices are list prices with no discounts.',
      `The ±${formatCount(bandPercent)} % band covers load and pricing that differ from the estimate.`,
    ],
  };
}
