import type { KeyboardEvent } from 'react';
import type { MatrixRow } from '../../cards/schema';

export type RowField = 'lever' | 'kpi' | 'effect' | 'risk' | 'mitigation';

interface DecisionMatrixRowProps {
  row: MatrixRow;
  index: number;
  count: number;
  /** Messages for fields that would stop the save, by field. */
  errors: Partial<Record<RowField, string>>;
  onChange(patch: Partial<MatrixRow>): void;
  onMove(by: -1 | 1, from: HTMLElement | null): void;
  onRemove(): void;
}

const RISKS = [1, 2, 3, 4, 5] as const;

/** One lever of the matrix as a small form; Alt+↑/↓ anywhere in it moves the row. */
export function DecisionMatrixRow({ row, index, count, errors, onChange, onMove, onRemove }: DecisionMatrixRowProps) {
  const base = `matrix-${row.id}`;
  const name = row.lever.trim() || `row ${index + 1}`;

  const onKeyDown = (event: KeyboardEvent<HTMLFieldSetElement>) => {
    if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
    event.preventDefault();
    onMove(event.key === 'ArrowUp' ? -1 : 1, event.target as HTMLElement);
  };

  const described = (field: RowField) => (errors[field] ? `${base}-${field}-error` : undefined);
  const error = (field: RowField) =>
    errors[field] ? (
      <span id={`${base}-${field}-error`} className="field-error">
        {errors[field]}
      </span>
    ) : null;

  return (
    <fieldset className="matrix-row" data-row={row.id} onKeyDown={onKeyDown}>
      <legend>
        <span className="matrix-row-number">{index + 1}.</span> {row.lever.trim() || 'New lever'}
      </legend>
      <div className="matrix-field">
        <label htmlFor={`${base}-lever`}>Lever</label>
        <input
          id={`${base}-lever`}
          data-field="lever"
          value={row.lever}
          aria-invalid={!!errors.lever}
          aria-describedby={described('lever')}
          onChange={(event) => onChange({ lever: event.target.value })}
        />
        {error('lever')}
      </div>
      <div className="matrix-field">
        <label htmlFor={`${base}-kpi`}>KPI it moves</label>
        <input
          id={`${base}-kpi`}
          data-field="kpi"
          value={row.kpi}
          aria-invalid={!!errors.kpi}
          aria-describedby={described('kpi')}
          onChange={(event) => onChange({ kpi: event.target.value })}
        />
        {error('kpi')}
      </div>
      <div className="matrix-field">
        <label htmlFor={`${base}-effect`}>Expected effect</label>
        <textarea
          id={`${base}-effect`}
          data-field="effect"
          rows={2}
          value={row.effect}
          onChange={(event) => onChange({ effect: event.target.value })}
        />
      </div>
      <div className="matrix-field matrix-risk">
        <label htmlFor={`${base}-risk`}>Risk (1 low – 5 high)</label>
        <select
          id={`${base}-risk`}
          data-field="risk"
          value={row.risk}
          onChange={(event) => onChange({ risk: Number(event.target.value) })}
        >
          {RISKS.map((risk) => (
            <option key={risk} value={risk}>
              {risk}
            </option>
          ))}
        </select>
      </div>
      <div className="matrix-field">
        <label htmlFor={`${base}-mitigation`}>Mitigation</label>
        <textarea
          id={`${base}-mitigation`}
          data-field="mitigation"
          rows={2}
          value={row.mitigation}
          onChange={(event) => onChange({ mitigation: event.target.value })}
        />
      </div>
      <div className="matrix-row-actions">
        <button
          type="button"
          className="secondary"
          data-field="up"
          disabled={index === 0}
          aria-label={`Move ${name} up`}
          aria-keyshortcuts="Alt+ArrowUp"
          onClick={(event) => onMove(-1, event.currentTarget)}
        >
          ↑ Up
        </button>
        <button
          type="button"
          className="secondary"
          data-field="down"
          disabled={index === count - 1}
          aria-label={`Move ${name} down`}
          aria-keyshortcuts="Alt+ArrowDown"
          onClick={(event) => onMove(1, event.currentTarget)}
        >
          ↓ Down
        </button>
        <button type="button" className="secondary" aria-label={`Remove ${name}`} onClick={onRemove}>
          Remove
        </button>
      </div>
    </fieldset>
  );
}
