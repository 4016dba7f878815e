import type { RememberedInputs } from './use-remembered-inputs';

/** Puts a calculator back on the guide's figures, once the user has changed them. */
export function CalculatorReset({ inputs, announce }: { inputs: RememberedInputs<unknown>; announce(message: string): void }) {
  if (!inputs.changed) return null;
  return (
    <button
      type="button"
      className="secondary calc-reset"
      onClick={() => {
        inputs.reset();
        announce("Back to the guide's figures");
      }}
    >
      Use the guide&rsquo;s figures
    </button>
  );
}
