interface CalculatorFieldProps {
  id: string;
  label: string;
  value: string;
  error?: string;
  /** Unit or hint shown under the label ("ms", "per user per day"). */
  hint?: string;
  /** Text fields (names) take words; the rest are numbers. */
  kind?: 'number' | 'text';
  onChange(value: string): void;
}

/**
 * One input with its label, hint and error. Numbers are typed as text so
 * "2,000,000" is accepted and a wrong value stays visible with its message,
 * instead of a number input silently emptying itself.
 */
export function CalculatorField({ id, label, value, error, hint, kind = 'number', onChange }: CalculatorFieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className="calc-field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <span id={hintId} className="calc-hint">
          {hint}
        </span>
      )}
      <input
        id={id}
        type="text"
        inputMode={kind === 'number' ? 'decimal' : undefined}
        autoComplete="off"
        spellCheck={kind === 'text'}
        value={value}
        aria-invalid={!!error}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.target.value)}
      />
      {error && (
        <span id={errorId} className="field-error">
          {error}
        </span>
      )}
    </div>
  );
}
