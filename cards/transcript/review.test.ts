import { describe, expect, it } from 'vitest';
import { defaultDeck } from '../default-deck';
import type { Deck } from '../schema';
import { readTranscriptText } from './read-transcript';
import { reviewTranscript, type ReviewInput } from './review';
import { rulesFromDeck } from './review-rules';
import { transcriptReviewSchema } from './review-schema';
import { fixture } from './transcript.fixtures';

function review(name: string, overrides: Partial<ReviewInput> = {}, deck: Deck = defaultDeck) {
  const read = readTranscriptText(fixture(name));
  if (!read.ok) throw new Error(read.error);
  const result = reviewTranscript({ ...read, rules: rulesFromDeck(deck, 'prompt-live-stream'), now: 1_700_000_000_000, ...overrides });
  if (!result.ok) throw new Error(result.error);
  return result.review;
}
const zoom = (overrides: Partial<ReviewInput> = {}) => review('zoom.vtt', { speaker: 'Robin Candidate', ...overrides });

describe('transcript review', () => {
  it('is deterministic and fits its saved schema', () => {
    expect(zoom()).toEqual(zoom());
    expect(transcriptReviewSchema.parse(zoom())).toEqual(zoom());
  });

  it('times each lens from the first words, against the 3, 6 and 10 minute checkpoints', () => {
    expect(zoom().lenses.map(({ lens, atMs, dueMs }) => [lens, atMs, dueMs])).toEqual([
      ['problem', 7800, 180_000],
      ['constraint', 38_800, 360_000],
      ['levers', 388_800, 600_000],
      ['close', 638_800, null],
    ]);
  });

  it("holds the lenses against the rehearsal's own checkpoints", () => {
    const lenses = zoom({ checkpoints: [{ stepId: 'problem', atMs: 60_000 }, { stepId: 'levers', atMs: 300_000 }] }).lenses;
    expect(lenses.map((lens) => lens.dueMs)).toEqual([60_000, null, 300_000, null]);
  });

  it('finds each signal with the sentence that earned it', () => {
    const { signals } = zoom();
    expect(signals.map((s) => [s.signal, s.status])).toEqual([
      ['impact', 'found'],
      ['feasibility', 'found'],
      ['tradeoff', 'found'],
    ]);
    expect(signals[2]!.sentence).toMatch(/^Sharding by seller ID, at the cost of harder rebalancing/);
  });

  it('says a signal is late after the last checkpoint, and missing when never said', () => {
    const signals = zoom({ checkpoints: [{ stepId: 'problem', atMs: 60_000 }, { stepId: 'constraints', atMs: 120_000 }, { stepId: 'levers', atMs: 180_000 }] }).signals;
    expect(signals.map((s) => s.status)).toEqual(['found', 'found', 'late']);
    expect(review('teams.vtt', { speaker: 'Robin Candidate' }).signals.find((s) => s.signal === 'tradeoff')).toEqual({ signal: 'tradeoff', status: 'missing', atMs: null, sentence: null });
  });

  it("lists the prompt's levers said and not said, and those said with no metric", () => {
    expect(zoom().levers.map(({ id, said, metric }) => [id, said, metric])).toEqual([
      ['edge-cache', true, true],
      ['kafka-events', true, false],
      ['shard-seller', true, true],
      ['async-side-work', false, false],
    ]);
  });

  it('finds the weak phrasings with the strong version to say instead', () => {
    const { weak } = zoom();
    expect(weak.map((w) => [w.cardId, w.sentence])).toEqual([
      ['phr-open-problem', 'Let me start with the data flow.'],
      ['phr-kafka-judgment', "We'll use Kafka for streaming."],
    ]);
    expect(weak[1]!.strong).toMatch(/^Kafka, because at-least-once delivery/);
  });

  it('counts hedges and fillers and flags where they cluster', () => {
    const result = zoom();
    expect([result.hedges, result.fillers]).toEqual([3, 1]);
    expect(result.clusters).toEqual([{ atMs: 248_800, sentence: 'I think we could maybe ship a first version as a 30-day MVP, sort of scoped to scheduled drops only.', count: 3 }]);
  });

  it('gives the pace minute by minute and the pauses over 5 s inside the speaker’s own talk', () => {
    const result = zoom();
    expect(result.pace[0]).toEqual({ minute: 0, wpm: 81 });
    // Between 0:21.5 and 0:40 Robin was silent and nobody else spoke; between 0:58 and 3:20 Morgan asked a question.
    expect(result.pauses[0]).toEqual({ atMs: 20_300, lengthMs: 18_500 });
    expect(result.pauses.some((pause) => pause.atMs === 56_800)).toBe(false);
  });

  it('plain notes get the same review without the timing parts', () => {
    const result = review('notes.txt');
    expect(result.timed).toBe(false);
    expect(result.lenses.every((lens) => lens.atMs === null && lens.dueMs === null)).toBe(true);
    expect(result.signals.map((s) => s.status)).toEqual(['found', 'found', 'missing']);
    expect([result.pace, result.pauses]).toEqual([[], []]);
    expect(result.weak.map((w) => w.cardId)).toEqual(['phr-kafka-judgment']);
  });

  it('says so when the chosen speaker has no words', () => {
    const read = readTranscriptText(fixture('zoom.vtt'));
    if (!read.ok) throw new Error(read.error);
    expect(reviewTranscript({ ...read, speaker: 'Speaker 9', rules: rulesFromDeck(defaultDeck), now: 0 })).toEqual({
      ok: false,
      error: 'Speaker 9 says nothing in this transcript; pick another speaker.',
    });
  });

  it("reads its rules from the deck: a deck's own cues and patterns replace the shipped ones", () => {
    const deck: Deck = {
      ...defaultDeck,
      cards: defaultDeck.cards.map((card) => {
        if (card.kind === 'note' && card.review) return { ...card, review: { ...card.review, tradeoff: ['we pay for it with'] } };
        if (card.id === 'phr-open-problem' && card.kind === 'phrasing') return { ...card, weak: undefined, weakPatterns: ['the data flow'] };
        return card;
      }),
    };
    const result = review('zoom.vtt', { speaker: 'Robin Candidate' }, deck);
    expect(result.signals.find((s) => s.signal === 'tradeoff')!.status).toBe('missing');
    expect(result.weak.map((w) => w.cardId)).toContain('phr-open-problem');
  });
});
