import { CalculatorField } from './CalculatorField';

export interface LineColumn {
  name: string;
  label: string;
  kind?: 'number' | 'text';
}

interface CalculatorLinesProps {
  /** Id prefix for the inputs. */
  base: string;
  /** Where the rows sit in the form ("hops"), which is how their errors are keyed. */
  path: string;
  /** "hop", "cost line": used in legends and button names. */
  noun: string;
  columns: LineColumn[];
  rows: Record<string, string>[];
  errors: Record<string, string>;
  max: number;
  onChange(rows: Record<string, string>[]): void;
}

/** An editable list of rows (hops of a path, lines of a bill), each a small group of fields. */
export function CalculatorLines({ base, path, noun, columns, rows, errors, max, onChange }: CalculatorLinesProps) {
  const blank = Object.fromEntries(columns.map((column) => [column.name, '']));
  const listError = errors[path];
  return (
    <div className="calc-lines">
      {rows.map((row, index) => (
        <fieldset key={index} className="calc-line">
          <legend>
            {capitalize(noun)} {index + 1}
          </legend>
          {columns.map((column) => (
            <CalculatorField
              key={column.name}
              id={`${base}-${path}-${index}-${column.name}`}
              label={column.label}
              kind={column.kind}
              value={row[column.name] ?? ''}
              error={errors[`${path}.${index}.${column.name}`]}
              onChange={(value) => onChange(rows.map((entry, position) => (position === index ? { ...entry, [column.name]: value } : entry)))}
            />
          ))}
          <button
            type="button"
            className="secondary calc-remove"
            aria-label={`Remove ${noun} ${index + 1}${row.label ? `: ${row.label}` : ''}`}
            onClick={() => onChange(rows.filter((_, position) => position !== index))}
          >
            Remove
          </button>
        </fieldset>
      ))}
      {listError && <p className="field-error">{listError}</p>}
      <button type="button" className="secondary" disabled={rows.length >= max} onClick={() => onChange([...rows, blank])}>
        + Add {noun}
      </button>
    </div>
  );
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
