import { z } from '../zod-setup';
import type { CalculatorResult } from './calculator';
import { formatCount, formatMoney } from './format';
import { numberField } from './number-field';

export const revenueAtRiskSchema = z.object({
  ordersPerMinute: numberField({ min: 0, max: 1_000_000 }),
  averageOrderValue: numberField({ min: 0.01, max: 1_000_000 }),
  /** How long until the compensating action has run: the guide's 30 seconds is 0.5. */
  minutesUntilCompensation: numberField({ min: 0, max: 10_080, unit: 'minutes' }),
});
export type RevenueAtRiskInput = z.output<typeof revenueAtRiskSchema>;

// The guide's figures: a $45 average order and a compensating transaction within 30 seconds.
export const REVENUE_AT_RISK_DEFAULTS = { ordersPerMinute: '200', averageOrderValue: '45', minutesUntilCompensation: '0.5' };

export interface RevenueAtRisk extends CalculatorResult {
  atRisk: number;
}

const duration = (minutes: number) =>
  minutes < 1 ? `${formatCount(minutes * 60)} seconds` : `${formatCount(minutes)} minute${minutes === 1 ? '' : 's'}`;

/** The worst case for one incident: every order in the window is lost or must be repaired. */
export function revenueAtRisk({ ordersPerMinute, averageOrderValue, minutesUntilCompensation }: RevenueAtRiskInput): RevenueAtRisk {
  const atRisk = ordersPerMinute * averageOrderValue * minutesUntilCompensation;
  return {
    atRisk,
    sentence:
      `At ${formatCount(ordersPerMinute)} orders a minute and a ${formatMoney(averageOrderValue)} average order, ` +
      `compensating within ${duration(minutesUntilCompensation)} bounds the revenue at risk to about ${formatMoney(atRisk)} per incident.`,
    formula: `${formatCount(ordersPerMinute)} orders/min × ${formatMoney(averageOrderValue)} × ${formatCount(minutesUntilCompensation)} min = ${formatMoney(atRisk)}`,
    assumptions: [
      'Every order placed until the compensating action runs is at risk; none is lost after it.',
      'Order volume holds steady through the incident.',
    ],
  };
}
