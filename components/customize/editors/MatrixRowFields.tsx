import type { MatrixRow } from '../../../cards/schema';
import type { FieldErrors } from './field-errors';
import { errorWithin } from './field-errors';
import { ListTextField, SelectField, TextField } from './fields';
import { CUE_HINT } from './cue-hint';

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
      {/* Left empty, the review finds the lever by its name's first word and the metric by the KPI's words. */}
      <ListTextField
        label="Lever said as"
        hint={`For the transcript review. ${CUE_HINT}`}
        rows={2}
        value={row.cues ?? []}
        error={errorWithin(errors, 'cues')}
        onChange={(list) => update({ ...row, cues: list.length > 0 ? list : undefined })}
      />
      <ListTextField
        label="KPI said as"
        rows={2}
        value={row.metricCues ?? []}
        error={errorWithin(errors, 'metricCues')}
        onChange={(list) => update({ ...row, metricCues: list.length > 0 ? list : undefined })}
      />
    </>
  );
}

export const newMatrixRow = (id: string): MatrixRow => ({ id, lever: 'Lever', kpi: 'KPI', effect: '', risk: 3, mitigation: '' });
