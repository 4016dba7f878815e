import { describe, expect, it } from 'vitest';
import { csvCell, historyToCsv } from './csv';
import { sampleRecord } from './sample-record.fixtures';
import { sampleReview } from '../transcript/sample-review.fixtures';

describe('history as CSV', () => {
  it('writes a header and one quoted row per rehearsal', () => {
    const lines = historyToCsv([sampleRecord]).split('\r\n');
    expect(lines[0]).toBe(
      'date,prompt,length_min,elapsed_min,impact,feasibility,tradeoff,checkpoints_hit,checkpoints_missed,step_times,note,signal_impact,signal_feasibility,signal_tradeoff,weak_phrasings',
    );
    expect(lines[1]).toBe(
      '2026-01-05T09:30:00.000Z,Practice: flash-sale inventory allocation,35,31.5,4,3,2,1,1,' +
        '1 · Problem definition: 2 min 30 s; Levers | costs: not done,"Said ""judgment"", then\nforgot the cost, again",,,,',
    );
    expect(lines).toHaveLength(3);
  });

  it("adds the transcript review's signals and weak phrasings when the run has one", () => {
    const row = historyToCsv([{ ...sampleRecord, note: '', review: sampleReview() }]).split('\r\n')[1]!;
    expect(row.endsWith(',found,found,found,2')).toBe(true);
  });

  it('is just the header for an empty history', () => {
    expect(historyToCsv([]).trim().split('\r\n')).toHaveLength(1);
  });

  it('defuses spreadsheet formulas in user text', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('@sum')).toBe("'@sum");
    expect(csvCell('-1.5')).toBe('-1.5');
    expect(csvCell('plain')).toBe('plain');
  });
});
