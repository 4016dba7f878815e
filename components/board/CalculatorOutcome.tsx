import type { CalculatorResult } from '../../cards/calculators/calculator';
import { copyText } from '../shared/copy-text';

interface CalculatorOutcomeProps {
  result: CalculatorResult | null;
  /** The inputs the result reads, for <output for>. */
  inputIds: string[];
  announce(message: string): void;
  /** Extra status beside the sentence (the latency budget's fits / over). */
  verdict?: { text: string; good: boolean };
}

/** The sentence to say, its formula and its assumptions; or why there is none yet. */
export function CalculatorOutcome({ result, inputIds, announce, verdict }: CalculatorOutcomeProps) {
  if (!result) {
    return <p className="calc-blocked">Fix the marked field to see the figure.</p>;
  }
  const copy = async () => {
    try {
      await copyText(result.sentence);
      announce('Copied the sentence');
    } catch {
      announce('Could not copy: the browser refused clipboard access');
    }
  };
  return (
    <div className="calc-outcome">
      {verdict && <p className={verdict.good ? 'calc-verdict good' : 'calc-verdict bad'}>{verdict.text}</p>}
      <output className="calc-sentence" htmlFor={inputIds.join(' ')}>
        {result.sentence}
      </output>
      <button type="button" className="secondary" onClick={() => void copy()}>
        Copy sentence
      </button>
      <p className="calc-formula">
        <span className="calc-term">Formula</span> {result.formula}
      </p>
      <div className="calc-assumptions">
        <span className="calc-term">Assumptions</span>
        <ul>
          {result.assumptions.map((assumption) => (
            <li key={assumption}>{assumption}</li>
          ))}
        </ul>
      </div>
    </div>
  );
}
