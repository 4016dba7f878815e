import { useId } from 'react';
import { validateInputs } from '../../cards/calculators/calculator';
import { COST_RANGE_DEFAULTS, costRange, costRangeSchema } from '../../cards/calculators/cost-range';
import { formatMoney } from '../../cards/calculators/format';
import { CalculatorDisclosure } from './CalculatorDisclosure';
import { CalculatorField } from './CalculatorField';
import { CalculatorLines } from './CalculatorLines';
import { CalculatorOutcome } from './CalculatorOutcome';
import { CalculatorReset } from './CalculatorReset';
import { useRememberedInputs } from './use-remembered-inputs';

const COLUMNS = [
  { name: 'label', label: 'What', kind: 'text' as const },
  { name: 'quantity', label: 'Units a month' },
  { name: 'unitPrice', label: 'Price per unit ($)' },
];

/** A monthly bill from stated unit prices, said as a range. */
export function CalculatorCostRange({ announce }: { announce(message: string): void }) {
  const inputs = useRememberedInputs<{ lines: Record<string, string>[]; bandPercent: string }>('cost-range', COST_RANGE_DEFAULTS);
  const { lines, bandPercent: band } = inputs.values;
  const base = useId();
  const validated = validateInputs(costRangeSchema, { lines, bandPercent: band });
  const errors = validated.ok ? {} : validated.errors;
  const inputIds = [
    ...lines.flatMap((_, index) => COLUMNS.map((column) => `${base}-lines-${index}-${column.name}`)),
    `${base}-band`,
  ];
  const result = validated.ok ? costRange(validated.value) : null;
  return (
    <CalculatorDisclosure title="Monthly cost range" glimpse={result && `${formatMoney(result.low)}–${formatMoney(result.high)} a month`}>
      <div className="calc-body">
        <CalculatorLines base={base} path="lines" noun="cost line" columns={COLUMNS} rows={lines} errors={errors} max={20} onChange={(next) => inputs.set({ lines: next })} />
        <div className="calc-fields">
          <CalculatorField id={`${base}-band`} label="Band (± %)" hint="How sure you are" value={band} error={errors.bandPercent} onChange={(next) => inputs.set({ bandPercent: next })} />
          <CalculatorReset inputs={inputs} announce={announce} />
        </div>
        <CalculatorOutcome result={result} inputIds={inputIds} announce={announce} />
      </div>
    </CalculatorDisclosure>
  );
}
