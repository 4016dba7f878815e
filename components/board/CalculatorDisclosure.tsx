import type { ReactNode } from 'react';

interface Props {
  title: string;
  /** The figure in one line ("$4,500"), shown while the calculator is folded; null while an input is wrong. */
  glimpse: string | null;
  children: ReactNode;
}

/** A calculator folded to its name and its answer, so the Board stays short; opening it shows the inputs. */
export function CalculatorDisclosure({ title, glimpse, children }: Props) {
  return (
    <details className="calc">
      <summary>
        <span className="calc-title">{title}</span>
        <span className={glimpse === null ? 'calc-glimpse blocked' : 'calc-glimpse'}>{glimpse ?? 'Check the inputs'}</span>
      </summary>
      {children}
    </details>
  );
}

/** The answer in a formula: what follows its last "=" ("… = $4,500" → "$4,500"). */
export function formulaAnswer(formula: string): string {
  const at = formula.lastIndexOf(' = ');
  return at < 0 ? formula : formula.slice(at + 3);
}
