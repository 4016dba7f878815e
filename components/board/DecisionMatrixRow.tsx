import type { FocusEvent, KeyboardEvent } from 'react';
import type { MatrixRow } from '../../cards/schema';
import { OverflowMenu } from '../shared/OverflowMenu';

export type RowField = 'lever' | 'kpi' | 'effect' | 'risk' | 'mitigation';

interface DecisionMatrixRowProps {
  row: MatrixRow;
  index: number;
  count: number;
  /** Messages for fields that stop the row from saving, by field. */
  errors: Partial<Record<RowField, string>>;
  onChange(patch: Partial<MatrixRow>): void;
  /** `field` is where focus goes back to once the row has moved. */
  onMove(by: -1 | 1, field: string): void;
  onRemove(): void;
  /** Focus left the row (to go anywhere outside it). */
  onLeave(): void;
}

const RISKS = [1, 2, 3, 4, 5] as const;

/** Lever and KPI wrap on screen (never clipped), but Enter adds no line break. */
const singleLine = (event: KeyboardEvent<HTMLTextAreaElement>) => {
  if (event.key === 'Enter') event.preventDefault();
};

/**
 * One lever of the matrix as a table row whose cells are edited in place:
 * the inputs read as text until hovered or focused. Alt+↑/↓ anywhere in it
 * moves the row; everything else it can do is in its one overflow menu.
 */
export function DecisionMatrixRow({ row, index, count, errors, onChange, onMove, onRemove, onLeave }: DecisionMatrixRowProps) {
  const base = `matrix-${row.id}`;
  const name = row.lever.trim() || `row ${index + 1}`;

  const onKeyDown = (event: KeyboardEvent<HTMLTableRowElement>) => {
    if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
    event.preventDefault();
    onMove(event.key === 'ArrowUp' ? -1 : 1, (event.target as HTMLElement).dataset.field ?? 'more');
  };

  const onBlur = (event: FocusEvent<HTMLTableRowElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) onLeave();
  };

  /** One text cell, edited in place. Lever and KPI are one line each: Enter adds no break. */
  const textCell = (field: 'lever' | 'kpi' | 'effect' | 'mitigation', label: string, oneLine = false) => (
    <td className={`matrix-${field}`}>
      <textarea
        className="matrix-cell"
        data-field={field}
        aria-label={label}
        placeholder={label}
        rows={1}
        onKeyDown={oneLine ? singleLine : undefined}
        value={row[field]}
        aria-invalid={oneLine ? !!errors[field] : undefined}
        aria-describedby={errors[field] ? `${base}-${field}-error` : undefined}
        onChange={(event) => onChange({ [field]: oneLine ? event.target.value.replace(/\n/g, ' ') : event.target.value })}
      />
      {errors[field] && (
        <span id={`${base}-${field}-error`} className="field-error matrix-error">
          {errors[field]}
        </span>
      )}
    </td>
  );

  return (
    <tr className="matrix-row" data-row={row.id} onKeyDown={onKeyDown} onBlur={onBlur}>
      {textCell('lever', 'Lever', true)}
      {textCell('kpi', 'KPI it moves', true)}
      <td className="matrix-risk">
        <select
          className="matrix-cell"
          data-field="risk"
          aria-label="Risk (1 low – 5 high)"
          value={row.risk}
          onChange={(event) => onChange({ risk: Number(event.target.value) })}
        >
          {RISKS.map((risk) => (
            <option key={risk} value={risk}>
              {risk}
            </option>
          ))}
        </select>
      </td>
      {textCell('effect', 'Expected effect')}
      {textCell('mitigation', 'Mitigation')}
      <td className="matrix-more">
        <OverflowMenu
          label={`More actions for ${name}`}
          actions={[
            { label: 'Move up', onSelect: () => onMove(-1, 'more'), disabled: index === 0 },
            { label: 'Move down', onSelect: () => onMove(1, 'more'), disabled: index === count - 1 },
            { label: 'Delete row', onSelect: onRemove, danger: true },
          ]}
        />
      </td>
    </tr>
  );
}
