import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { sampleRecord } from '../../cards/rehearsal/sample-record.fixtures';
import { sampleReview } from '../../cards/transcript/sample-review.fixtures';
import { ScoreChart } from './ScoreChart';

describe('the score chart', () => {
  it('marks the runs reviewed from a transcript with the signals heard on time, in the picture, its words and its table', () => {
    const reviewed = { ...sampleRecord, id: 'r2', startedAt: sampleRecord.startedAt + 86_400_000, review: sampleReview() };
    render(<ScoreChart records={[sampleRecord, reviewed]} />);
    expect(screen.getAllByTestId('chart-heard').map((mark) => mark.textContent)).toEqual(['3/3']);
    expect(screen.getByTestId('score-chart').querySelector('desc')).toHaveTextContent('Latest transcript review: 3 of 3 signals heard on time.');
    const rows = within(screen.getByRole('table')).getAllByRole('row');
    expect(rows[0]).toHaveTextContent(/Heard$/);
    expect(rows.slice(1).map((row) => row.lastElementChild!.textContent)).toEqual(['–', '3 of 3']);
  });

  it('says nothing of transcripts when no run has a review', () => {
    render(<ScoreChart records={[sampleRecord]} />);
    expect(screen.queryByTestId('chart-heard')).toBeNull();
    expect(screen.queryByText('Heard')).toBeNull();
  });
});
