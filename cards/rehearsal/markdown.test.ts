import { describe, expect, it } from 'vitest';
import { sampleRecord } from './sample-record.fixtures';
import { rehearsalToMarkdown } from './markdown';

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

  it('leaves out empty sections', () => {
    const bare = rehearsalToMarkdown({ ...sampleRecord, followUps: [], note: '', checkpoints: [] });
    expect(bare).not.toContain('### Note');
    expect(bare).not.toContain('### Follow-ups');
    expect(bare).not.toContain('### Checkpoints');
  });
});
