import { useId } from 'react';
import { validateInputs } from '../../cards/calculators/calculator';
import { formatMs } from '../../cards/calculators/format';
import { LATENCY_BUDGET_DEFAULTS, latencyBudget, latencyBudgetSchema } from '../../cards/calculators/latency-budget';
import { CalculatorDisclosure } from './CalculatorDisclosure';
import { CalculatorField } from './CalculatorField';
import { CalculatorLines } from './CalculatorLines';
import { CalculatorOutcome } from './CalculatorOutcome';
import { CalculatorReset } from './CalculatorReset';
import { useRememberedInputs } from './use-remembered-inputs';

const COLUMNS = [
  { name: 'label', label: 'Hop', kind: 'text' as const },
  { name: 'ms', label: 'Time (ms)' },
];

/** Hops of one user action that must add up to less than its target. */
export function CalculatorLatencyBudget({ announce }: { announce(message: string): void }) {
  const inputs = useRememberedInputs<{ path: string; targetMs: string; hops: Record<string, string>[] }>('latency-budget', LATENCY_BUDGET_DEFAULTS);
  const { path, targetMs: target, hops } = inputs.values;
  const base = useId();
  const validated = validateInputs(latencyBudgetSchema, { path, targetMs: target, hops });
  const errors = validated.ok ? {} : validated.errors;
  const result = validated.ok ? latencyBudget(validated.value) : null;
  const inputIds = [`${base}-path`, `${base}-target`, ...hops.map((_, index) => `${base}-hops-${index}-ms`)];
  const verdict = result && {
    good: result.fits,
    text: result.fits
      ? `Fits: ${formatMs(result.total)} of ${formatMs(validated.ok ? validated.value.targetMs : 0)}`
      : result.headroom === 0
        ? 'Over budget: the hops spend the whole target, with no headroom'
        : `Over budget by ${formatMs(-result.headroom)}`,
  };
  return (
    <CalculatorDisclosure title="Latency budget" glimpse={verdict ? verdict.text : null}>
      <div className="calc-body">
        <div className="calc-fields">
          <CalculatorField id={`${base}-path`} label="User action" kind="text" value={path} error={errors.path} onChange={(next) => inputs.set({ path: next })} />
          <CalculatorField id={`${base}-target`} label="Target (ms)" value={target} error={errors.targetMs} onChange={(next) => inputs.set({ targetMs: next })} />
          <CalculatorReset inputs={inputs} announce={announce} />
        </div>
        <CalculatorLines base={base} path="hops" noun="hop" columns={COLUMNS} rows={hops} errors={errors} max={20} onChange={(next) => inputs.set({ hops: next })} />
        <CalculatorOutcome result={result} inputIds={inputIds} announce={announce} verdict={verdict ?? undefined} />
      </div>
    </CalculatorDisclosure>
  );
}
