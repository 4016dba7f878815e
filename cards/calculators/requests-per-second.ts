import { z } from '../zod-setup';
import type { CalculatorResult } from './calculator';
import { formatCount } from './format';
import { numberField } from './number-field';

export const SECONDS_PER_DAY = 86_400;

export const requestsPerSecondSchema = z.object({
  dailyActives: numberField({ min: 1, max: 10_000_000_000, integer: true }),
  actionsPerUser: numberField({ min: 0.01, max: 100_000 }),
  peakFactor: numberField({ min: 1, max: 1_000 }),
});
export type RequestsPerSecondInput = z.output<typeof requestsPerSecondSchema>;

export const REQUESTS_PER_SECOND_DEFAULTS = { dailyActives: '2,000,000', actionsPerUser: '20', peakFactor: '5' };

export interface RequestsPerSecond extends CalculatorResult {
  average: number;
  peak: number;
}

/** Average and peak load from daily actives; traffic spread over a whole day, then peaked. */
export function requestsPerSecond({ dailyActives, actionsPerUser, peakFactor }: RequestsPerSecondInput): RequestsPerSecond {
  const average = (dailyActives * actionsPerUser) / SECONDS_PER_DAY;
  const peak = average * peakFactor;
  return {
    average,
    peak,
    sentence:
      `${formatCount(dailyActives)} daily actives at ${formatCount(actionsPerUser)} actions each is about ` +
      `${formatCount(average)} requests per second on average, and ${formatCount(peak)} at a ${formatCount(peakFactor)}× peak.`,
    formula: `${formatCount(dailyActives)} × ${formatCount(actionsPerUser)} ÷ 86,400 s = ${formatCount(average)} req/s; × ${formatCount(peakFactor)} = ${formatCount(peak)} req/s at peak`,
    assumptions: [
      'Every action is one request to the backend.',
      'The average spreads the day evenly over 86,400 seconds; the peak factor covers the busiest minutes (a live drop, a flash sale opening).',
    ],
  };
}
