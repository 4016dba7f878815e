import { useId, useState } from 'react';
import { validateInputs } from '../cards/calculators/calculator';
import { COST_RANGE_DEFAULTS, costRange, costRangeSchema } from '../cards/calculators/cost-range';
import { CalculatorField } from './CalculatorField';
import { CalculatorLines } from './CalculatorLines';
import { CalculatorOutcome } from './CalculatorOutcome';

const COLUMNS = [
  { name: 'label', label: 'What', kind: 'text' as const },
  { name: 'quantity', label: 'Units a month' },
  { name: 'unitPrice', label: 'Price per unit ($)' },
];

/** A monthly bill from stated unit prices, said as a range. */
export function CalculatorCostRange({ announce }: { announce(message: string): void }) {
  const [lines, setLines] = useState<Record<string, string>[]>(COST_RANGE_DEFAULTS.lines);
  const [band, setBand] = useState(COST_RANGE_DEFAULTS.bandPercent);
  const base = useId();
  const validated = validateInputs(costRangeSchema, { lines, bandPercent: band });
  const errors = validated.ok ? {} : validated.errors;
  const inputIds = [
    ...lines.flatMap((_, index) => COLUMNS.map((column) => `${base}-lines-${index}-${column.name}`)),
    `${base}-band`,
  ];
  return (
    <div className="calc-body">
      <CalculatorLines base={base} path="lines" noun="cost line" columns={COLUMNS} rows={lines} errors={errors} max={20} onChange={setLines} />
      <div className="calc-fields">
        <CalculatorField id={`${base}-band`} label="Band (± %)" hint="How sure you are" value={band} error={errors.bandPercent} onChange={setBand} />
      </div>
      <CalculatorOutcome result={validated.ok ? costRange(validated.value) : null} inputIds={inputIds} announce={announce} />
    </div>
  );
}
