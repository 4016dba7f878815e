import { z } from '../zod-setup';
import type { CalculatorResult } from './calculator';
import { formatMs } from './format';
import { labelField, numberField } from './number-field';

export const hopSchema = z.object({
  label: labelField,
  ms: numberField({ min: 0, max: 60_000, unit: 'ms' }),
});

export const latencyBudgetSchema = z.object({
  /** What the path is ("add-to-cart"), said in the sentence. */
  path: labelField,
  targetMs: numberField({ min: 1, max: 60_000, unit: 'ms' }),
  hops: z.array(hopSchema).check(z.minLength(1, 'Add at least one hop.'), z.maxLength(20, 'Keep it to 20 hops.')),
});
export type LatencyBudgetInput = z.output<typeof latencyBudgetSchema>;

// The guide's add-to-cart path held under 120 ms, with the 10 ms Kafka costs.
export const LATENCY_BUDGET_DEFAULTS = {
  path: 'add-to-cart',
  targetMs: '120',
  hops: [
    { label: 'Client to edge', ms: '20' },
    { label: 'API gateway', ms: '10' },
    { label: 'Cart service', ms: '25' },
    { label: 'Inventory check (cache)', ms: '15' },
    { label: 'Database write', ms: '30' },
    { label: 'Kafka publish', ms: '10' },
  ],
};

export interface LatencyBudget extends CalculatorResult {
  total: number;
  /** Target minus total: negative when the hops overrun it. */
  headroom: number;
  fits: boolean;
}

export function latencyBudget({ path, targetMs, hops }: LatencyBudgetInput): LatencyBudget {
  const total = hops.reduce((sum, hop) => sum + hop.ms, 0);
  const headroom = targetMs - total;
  // Strictly under: a budget spent to the last millisecond has no room for a slow hop.
  const fits = total < targetMs;
  const largest = hops.reduce((max, hop) => (hop.ms > max.ms ? hop : max), hops[0]!);
  const sentence = fits
    ? `${capitalize(path)} fits in ${formatMs(total)} of its ${formatMs(targetMs)} budget, leaving ${formatMs(headroom)} of headroom; the largest hop, ${largest.label}, takes ${formatMs(largest.ms)}.`
    : `${capitalize(path)} needs ${formatMs(total)}, ${headroom === 0 ? 'the whole' : `${formatMs(-headroom)} over its`} ${formatMs(targetMs)} budget; the largest hop, ${largest.label} at ${formatMs(largest.ms)}, is the first to cut.`;
  return {
    total,
    headroom,
    fits,
    sentence,
    formula: `${hops.map((hop) => formatMs(hop.ms)).join(' + ')} = ${formatMs(total)} ${fits ? '<' : '≥'} ${formatMs(targetMs)}`,
    assumptions: [
      'Hops run one after another; anything done in parallel counts once, as its slowest branch.',
      'Each figure is the same percentile (say p95) so the sum means something.',
    ],
  };
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
