import { describe, expect, it } from 'vitest';
import { sampleRecord } from './sample-record.fixtures';
import { rehearsalToMarkdown } from './markdown';
import { sampleReview } from '../transcript/sample-review.fixtures';

describe('one rehearsal as Markdown', () => {
  const markdown = rehearsalToMarkdown(sampleRecord);

  it('leads with the prompt, the date and the time used', () => {
    expect(markdown.split('\n').slice(0, 5)).toEqual([
      '## Rehearsal: Practice: flash-sale inventory allocation',
      '',
      '- Date: 2026-01-05 09:30 UTC',
      '- Time used: 31 min 30 s of 35 min',
      '- Checkpoints hit: 1 of 2',
    ]);
  });

  it('lists scores, step times, checkpoints, follow-ups and the note', () => {
    expect(markdown).toContain('- Impact awareness: 4/5\n- Feasibility reasoning: 3/5\n- Trade-off rigor: 2/5');
    expect(markdown).toContain('| 1 · Problem definition | 2:30 | 2 min 30 s |');
    expect(markdown).toContain('| Levers \\| costs | not done | – |');
    expect(markdown).toContain('- [x] 1 · Problem definition by 3:00\n- [ ] Levers | costs by 10:00 (missed)');
    expect(markdown).toContain('### Follow-ups drilled\n\n- What if the cache fails mid-sale?');
    expect(markdown.trimEnd().endsWith('Said "judgment", then\nforgot the cost, again')).toBe(true);
  });

  it('adds the transcript review: the disclaimer, the lens table, signals, levers and weak phrasings with the strong version', () => {
    const withReview = rehearsalToMarkdown({ ...sampleRecord, review: sampleReview() });
    expect(withReview).toContain('### Transcript review\n\n_A rule-based check of the words against your deck, not a judge of the answer._');
    expect(withReview).toContain('| Problem and hypothesis | 0:07 | 3:00 |');
    expect(withReview).toContain('- Trade-off (a choice with its price): heard at 7:58 — “Sharding by seller ID, at the cost of harder rebalancing');
    expect(withReview).toContain('- Kafka for bid and show events: said, no metric tied (Seller trust (no lost bids))');
    expect(withReview).toContain('- “We\'ll use Kafka for streaming.” at 6:28 → say: “Kafka, because at-least-once delivery');
    expect(withReview).toContain('- Hedges: 1.8 per 100 words; fillers: 0.6 per 100 words');
  });

  it('leaves out empty sections', () => {
    const bare = rehearsalToMarkdown({ ...sampleRecord, followUps: [], note: '', checkpoints: [] });
    expect(bare).not.toContain('### Note');
    expect(bare).not.toContain('### Follow-ups');
    expect(bare).not.toContain('### Checkpoints');
    expect(bare).not.toContain('### Transcript review');
  });
});
