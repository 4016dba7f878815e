import type { RehearsalRecord } from './history';

/** A finished rehearsal with awkward text in it, shared by the renderer tests. */
export const sampleRecord: RehearsalRecord = {
  id: 'r1',
  startedAt: Date.UTC(2026, 0, 5, 9, 30),
  promptId: 'prompt-flash-sale',
  promptTitle: 'Practice: flash-sale inventory allocation',
  lengthMs: 35 * 60_000,
  elapsedMs: 31 * 60_000 + 30_000,
  steps: [
    { stepId: 'problem', title: '1 · Problem definition', doneAtMs: 150_000, durationMs: 150_000 },
    { stepId: 'levers', title: 'Levers | costs', doneAtMs: null, durationMs: null },
  ],
  checkpoints: [
    { stepId: 'problem', label: '1 · Problem definition', atMs: 180_000, hit: true },
    { stepId: 'levers', label: 'Levers | costs', atMs: 600_000, hit: false },
  ],
  followUps: ['What if the cache fails mid-sale?'],
  scores: { impact: 4, feasibility: 3, tradeoff: 2 },
  note: 'Said "judgment", then\nforgot the cost, again',
};
