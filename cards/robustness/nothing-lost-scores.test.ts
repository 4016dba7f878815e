import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, describe, expect, it } from 'vitest';
import { loadHistory, saveRehearsal, type RehearsalRecord } from '../rehearsal/history';
import { BLANK_DRAFT, mergeScores, scoreConflictNotice } from '../rehearsal/merge-scores';
import { sampleRecord } from '../rehearsal/sample-record.fixtures';

/**
 * Issue 18 case 3: two windows score one running rehearsal and save at the
 * same moment. Each window's save starts from the blank form it opened; the
 * second merges with the first by field, and whatever it replaced is said
 * back in words, never dropped without one.
 */

const scored = (scores: RehearsalRecord['scores'], note: string): RehearsalRecord => ({ ...sampleRecord, scores, note });

describe('case 3: scores from two windows', () => {
  it('a note from one window and scores from both: the note stays, equal scores need no word', async () => {
    const a = scored({ impact: 4, feasibility: 3, tradeoff: 2 }, 'Named the metric late.');
    const b = scored({ impact: 4, feasibility: 3, tradeoff: 2 }, '');
    expect(await saveRehearsal(a, BLANK_DRAFT)).toEqual([]);
    expect(await saveRehearsal(b, BLANK_DRAFT)).toEqual([]);
    expect(await loadHistory()).toEqual([a]);
  });

  it('different scores for the same signal: the later save is kept, and its window hears the other value', async () => {
    const a = scored({ impact: 4, feasibility: 3, tradeoff: 2 }, 'From A');
    const b = scored({ impact: 5, feasibility: 3, tradeoff: 1 }, 'From B');
    await saveRehearsal(a, BLANK_DRAFT);
    const conflicts = await saveRehearsal(b, BLANK_DRAFT);
    expect(conflicts).toEqual([
      { field: 'impact', theirs: 4 },
      { field: 'tradeoff', theirs: 2 },
      { field: 'note', theirs: 'From A' },
    ]);
    expect(await loadHistory()).toEqual([b]);
    expect(scoreConflictNotice(conflicts)).toBe(
      'Saved. Another window scored this rehearsal at the same time and your scores were kept; there, impact awareness was 4; trade-off rigor was 2; the note was “From A”.',
    );
  });

  it('a field only the earlier window changed from the later one\'s base survives the later save', () => {
    const base = { scores: { impact: 3, feasibility: 3, tradeoff: 3 }, note: 'shared' } as const;
    const stored = scored({ impact: 3, feasibility: 5, tradeoff: 3 }, 'shared, and more from A');
    const mine = scored({ impact: 1, feasibility: 3, tradeoff: 3 }, 'shared');
    const { record, conflicts } = mergeScores(base, mine, stored);
    expect(record.scores).toEqual({ impact: 1, feasibility: 5, tradeoff: 3 });
    expect(record.note).toBe('shared, and more from A');
    expect(conflicts).toEqual([]);
  });

  it('every order of two saves keeps both windows\' values: in storage, or said back to the later window', async () => {
    const a = scored({ impact: 2, feasibility: 4, tradeoff: 5 }, 'A typed this');
    const b = scored({ impact: 3, feasibility: 4, tradeoff: 1 }, '');
    for (const [first, second] of [
      [a, b],
      [b, a],
    ] as const) {
      fakeBrowser.reset();
      await saveRehearsal(first, BLANK_DRAFT);
      const conflicts = await saveRehearsal(second, BLANK_DRAFT);
      const [kept] = await loadHistory();
      for (const window of [a, b]) {
        for (const field of ['impact', 'feasibility', 'tradeoff'] as const) {
          const value = window.scores[field];
          const there = kept!.scores[field] === value || conflicts.some((entry) => entry.field === field && entry.theirs === value);
          expect(there, `${field} ${value}`).toBe(true);
        }
      }
      // The only note written is kept whichever window saved last.
      expect(kept!.note).toBe('A typed this');
    }
  });

  describe('two saves started in the same instant', () => {
    // The browser's Web Locks queue one window's read-merge-write behind the other's;
    // here a queue per name stands in for them (jsdom has none). Without it this test fails.
    const queues = new Map<string, Promise<unknown>>();
    const locks = {
      request: (name: string, task: () => Promise<unknown>) => {
        const run = (queues.get(name) ?? Promise.resolve()).then(task, task);
        queues.set(name, run.catch(() => undefined));
        return run;
      },
    };
    afterEach(() => {
      delete (navigator as { locks?: unknown }).locks;
    });

    it('both land: the first whole, the second merged with it and told what it replaced', async () => {
      Object.defineProperty(navigator, 'locks', { value: locks, configurable: true });
      const a = scored({ impact: 4, feasibility: 3, tradeoff: 2 }, 'From A');
      const b = scored({ impact: 4, feasibility: 5, tradeoff: 2 }, '');
      const [fromA, fromB] = await Promise.all([saveRehearsal(a, BLANK_DRAFT), saveRehearsal(b, BLANK_DRAFT)]);
      expect(fromA).toEqual([]);
      expect(fromB).toEqual([{ field: 'feasibility', theirs: 3 }]);
      expect(await loadHistory()).toEqual([{ ...b, note: 'From A' }]);
    });
  });
});
