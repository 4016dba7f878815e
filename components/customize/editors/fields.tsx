import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

interface FieldShell {
  label: string;
  /** What is wrong, without the label ("is empty"); marks the field invalid. */
  error?: string;
  hint?: ReactNode;
}

/** Label, control, hint and error wired together, so a screen reader hears which field is wrong and why. */
function Field({ label, error, hint, children }: FieldShell & { children: (ids: ControlIds) => ReactNode }) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'field invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {children({ id, describedBy, invalid: Boolean(error) })}
      {error && (
        <p id={errorId} className="field-error">
          {label} {error}
        </p>
      )}
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
    </div>
  );
}

interface ControlIds {
  id: string;
  describedBy: string | undefined;
  invalid: boolean;
}

const controlProps = ({ id, describedBy, invalid }: ControlIds) => ({
  id,
  'aria-describedby': describedBy,
  'aria-invalid': invalid || undefined,
});

export function TextField({
  value,
  onChange,
  multiline,
  rows = 3,
  placeholder,
  ...shell
}: FieldShell & { value: string; onChange(next: string): void; multiline?: boolean; rows?: number; placeholder?: string }) {
  return (
    <Field {...shell}>
      {(ids) =>
        multiline ? (
          <textarea {...controlProps(ids)} rows={rows} value={value} placeholder={placeholder} onChange={(event) => onChange(event.target.value)} />
        ) : (
          <input {...controlProps(ids)} type="text" value={value} placeholder={placeholder} onChange={(event) => onChange(event.target.value)} />
        )
      }
    </Field>
  );
}

/**
 * A list of short texts edited as text: one entry a line, or comma-separated
 * tags. The raw text is kept while typing, so a half-typed "a, " is not
 * rewritten under the cursor; blank entries are dropped.
 */
export function ListTextField({
  value,
  onChange,
  separator = 'line',
  rows = 3,
  ...shell
}: FieldShell & { value: readonly string[]; onChange(next: string[]): void; separator?: 'line' | 'comma'; rows?: number }) {
  const split = (text: string) =>
    text
      .split(separator === 'line' ? '\n' : ',')
      .map((entry) => (separator === 'comma' ? entry.trim() : entry))
      .filter((entry) => entry.trim() !== '');
  const join = (list: readonly string[]) => list.join(separator === 'line' ? '\n' : ', ');
  const [text, setText] = useState(() => join(value));
  const lastSent = useRef<readonly string[]>(value);

  // A change from outside (reset, another window) replaces the text; our own echo does not.
  useEffect(() => {
    if (!sameList(value, lastSent.current)) {
      lastSent.current = value;
      setText(join(value));
    }
  }, [value]);

  const update = (next: string) => {
    setText(next);
    const list = split(next);
    lastSent.current = list;
    onChange(list);
  };

  return (
    <Field {...shell}>
      {(ids) =>
        separator === 'line' ? (
          <textarea {...controlProps(ids)} rows={rows} value={text} onChange={(event) => update(event.target.value)} />
        ) : (
          <input {...controlProps(ids)} type="text" value={text} onChange={(event) => update(event.target.value)} />
        )
      }
    </Field>
  );
}

export function SelectField<V extends string>({
  value,
  onChange,
  options,
  ...shell
}: FieldShell & { value: V; onChange(next: V): void; options: readonly { value: V; label: string }[] }) {
  return (
    <Field {...shell}>
      {(ids) => (
        <select {...controlProps(ids)} value={value} onChange={(event) => onChange(event.target.value as V)}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

function sameList(a: readonly string[], b: readonly string[]) {
  return a.length === b.length && a.every((entry, index) => entry === b[index]);
}
