import { useId } from 'react';
import type { z } from 'zod/mini';
import { validateInputs } from '../../cards/calculators/calculator';
import type { CalculatorResult } from '../../cards/calculators/calculator';
import { CalculatorDisclosure, formulaAnswer } from './CalculatorDisclosure';
import { CalculatorField } from './CalculatorField';
import { CalculatorOutcome } from './CalculatorOutcome';
import { CalculatorReset } from './CalculatorReset';
import { useRememberedInputs } from './use-remembered-inputs';

export interface SimpleField {
  name: string;
  label: string;
  hint?: string;
}

interface CalculatorSimpleProps<S extends z.ZodMiniType> {
  /** Names the calculator's remembered inputs. */
  id: string;
  title: string;
  schema: S;
  defaults: Record<string, string>;
  fields: SimpleField[];
  compute(input: z.output<S>): CalculatorResult;
  announce(message: string): void;
}

/** A calculator over a few numbers: fields, then the sentence they make. */
export function CalculatorSimple<S extends z.ZodMiniType>({ id, title, schema, defaults, fields, compute, announce }: CalculatorSimpleProps<S>) {
  const inputs = useRememberedInputs(id, defaults);
  const { values } = inputs;
  const base = useId();
  const validated = validateInputs(schema, values);
  const errors = validated.ok ? {} : validated.errors;
  const ids = fields.map((field) => `${base}-${field.name}`);
  const result = validated.ok ? compute(validated.value) : null;
  return (
    <CalculatorDisclosure title={title} glimpse={result && formulaAnswer(result.formula)}>
      <div className="calc-body">
        <div className="calc-fields">
          {fields.map((field, index) => (
            <CalculatorField
              key={field.name}
              id={ids[index]!}
              label={field.label}
              hint={field.hint}
              value={values[field.name] ?? ''}
              error={errors[field.name]}
              onChange={(value) => inputs.set({ [field.name]: value })}
            />
          ))}
          <CalculatorReset inputs={inputs} announce={announce} />
        </div>
        <CalculatorOutcome result={result} inputIds={ids} announce={announce} />
      </div>
    </CalculatorDisclosure>
  );
}
