import { useCallback, useEffect, useRef, useState } from 'react';
import { forgetInputs, loadInputs, saveInputs, type CalculatorInputs } from '../../cards/calculators/remembered-inputs';
import { sameValue } from '../../cards/storage/same-value';

export interface RememberedInputs<T> {
  values: T;
  /** Whether the values differ from the defaults (so there is something to reset). */
  changed: boolean;
  /** Changes some fields and keeps the result. */
  set(patch: Partial<T>): void;
  reset(): void;
}

/**
 * A calculator's inputs as state, remembered on this device: the last figures
 * come back when the panel reopens. Typing that starts before the stored
 * figures arrive wins over them.
 */
export function useRememberedInputs<T extends CalculatorInputs>(calculatorId: string, defaults: T): RememberedInputs<T> {
  const [values, setValues] = useState(defaults);
  const typed = useRef(false);
  const defaultsRef = useRef(defaults);

  useEffect(() => {
    let live = true;
    loadInputs(calculatorId, defaultsRef.current).then(
      (remembered) => live && !typed.current && remembered && setValues(remembered),
      (error: unknown) => console.warn('Sidecue: could not read the calculator inputs', error),
    );
    return () => {
      live = false;
    };
  }, [calculatorId]);

  const latest = useRef(values);
  latest.current = values;
  const set = useCallback(
    (patch: Partial<T>) => {
      typed.current = true;
      const next = { ...latest.current, ...patch };
      latest.current = next;
      setValues(next);
      saveInputs(calculatorId, next).catch((error: unknown) => console.warn('Sidecue: could not keep the calculator inputs', error));
    },
    [calculatorId],
  );

  const reset = useCallback(() => {
    typed.current = true;
    setValues(defaultsRef.current);
    forgetInputs(calculatorId).catch((error: unknown) => console.warn('Sidecue: could not reset the calculator inputs', error));
  }, [calculatorId]);

  return { values, changed: !sameValue(values, defaultsRef.current), set, reset };
}
