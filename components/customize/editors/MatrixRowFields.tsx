import type { MatrixRow } from '../../../cards/schema';
import type { FieldErrors } from './field-errors';
import { SelectField, TextField } from './fields';

const RISKS = ['1', '2', '3', '4', '5'].map((value) => ({ value, label: `${value} of 5` }));

/** One lever → KPI → risk row, shared by the decision matrix and a practice prompt's levers. */
export function MatrixRowFields({ row, update, errors }: { row: MatrixRow; update(next: MatrixRow): void; errors: FieldErrors }) {
  return (
    <>
      <TextField label="Lever" value={row.lever} error={errors.lever} onChange={(lever) => update({ ...row, lever })} />
      <TextField label="KPI" value={row.kpi} error={errors.kpi} onChange={(kpi) => update({ ...row, kpi })} />
      <TextField label="Effect" value={row.effect} error={errors.effect} multiline rows={2} onChange={(effect) => update({ ...row, effect })} />
      <SelectField
        label="Risk"
        value={String(row.risk)}
        options={RISKS}
        error={errors.risk}
        onChange={(risk) => update({ ...row, risk: Number(risk) })}
      />
      <TextField
        label="Mitigation"
        value={row.mitigation}
        error={errors.mitigation}
        multiline
        rows={2}
        onChange={(mitigation) => update({ ...row, mitigation })}
      />
    </>
  );
}

export const newMatrixRow = (id: string): MatrixRow => ({ id, lever: 'Lever', kpi: 'KPI', effect: '', risk: 3, mitigation: '' });
