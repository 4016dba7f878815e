import { findInSentence, type SentenceFindings } from './find-in-sentence';
import { longPauses, pacePerMinute } from './pace';
import type { ReviewRules } from './review-rules';
import { LENS_IDS, SIGNAL_IDS, type LensId, type TranscriptReview } from './review-schema';
import { toSentences, type Sentence } from './sentences';
import { utterancesOf } from './speakers';
import type { TranscriptFormat, Utterance } from './utterance';

/**
 * The review of one transcript: pure and deterministic, the same transcript
 * and deck always give the same report. It is a rule-based check against the
 * deck's cues, not a judge of the answer; the report says so.
 */
export interface ReviewInput {
  format: TranscriptFormat;
  utterances: Utterance[];
  skipped: number;
  /** The user's name in the transcript; undefined reviews every word (a transcript that names nobody). */
  speaker?: string;
  rules: ReviewRules;
  /** The rehearsal's pacing checkpoints; the defaults (3, 6 and 10 minutes) when it has none. */
  checkpoints?: { stepId: string; atMs: number }[];
  fileName?: string;
  now: number;
}

export const LENS_LABELS: Record<LensId, string> = {
  problem: 'Problem and hypothesis',
  constraint: 'First constraint with a number',
  levers: 'Levers',
  close: 'Close',
};

// Which Three-Lens step's checkpoint each lens is held against.
const LENS_STEPS: Record<LensId, string> = { problem: 'problem', constraint: 'constraints', levers: 'levers', close: 'close' };
const DEFAULT_DUE_MS: Partial<Record<LensId, number>> = { problem: 3 * 60_000, constraint: 6 * 60_000, levers: 10 * 60_000 };

export function reviewTranscript(input: ReviewInput): { ok: true; review: TranscriptReview } | { ok: false; error: string } {
  const picked = utterancesOf(input.utterances, input.speaker);
  if (!picked.ok) return picked;
  const mine = picked.utterances;
  const timed = mine.every((utterance) => utterance.startMs !== undefined);
  const zeroMs = timed ? Math.min(...input.utterances.flatMap((u) => (u.startMs === undefined ? [] : [u.startMs]))) : 0;
  const sentences = toSentences(mine).filter((sentence) => sentence.words.length > 0);
  if (sentences.length === 0) return { ok: false, error: 'There are no words to review in this transcript.' };
  const found = sentences.map((sentence) => findInSentence(sentence.words, input.rules));
  const atOf = (sentence: Sentence) => (timed && sentence.startMs !== undefined ? Math.max(0, sentence.startMs - zeroMs) : null);

  const due = dueTimes(input.checkpoints);
  const dues = Object.values(due).filter((ms): ms is number => ms !== null);
  const signalsDueMs = dues.length > 0 ? Math.max(...dues) : 10 * 60_000;
  const firstWhere = (test: (f: SentenceFindings, index: number) => boolean) => {
    const index = found.findIndex(test);
    return index === -1 ? undefined : sentences[index]!;
  };
  const firstLever = found.findIndex((f) => f.levers.length > 0);
  const lensSentence: Record<LensId, Sentence | undefined> = {
    problem: firstWhere((f) => f.problem),
    constraint: firstWhere((f) => f.constraint),
    levers: firstLever === -1 ? undefined : sentences[firstLever],
    // A close comes after the levers, not in the opening's "to close the gap".
    close: firstWhere((f, index) => f.close && index >= Math.max(0, firstLever)),
  };

  const review: TranscriptReview = {
    reviewedAt: input.now,
    source: {
      format: input.format,
      ...(input.fileName ? { fileName: clip(input.fileName, 200) } : {}),
      ...(input.speaker ? { speaker: clip(input.speaker, 200) } : {}),
      skipped: input.skipped,
    },
    timed,
    words: sentences.reduce((sum, sentence) => sum + sentence.words.length, 0),
    signalsDueMs,
    lenses: LENS_IDS.map((lens) => {
      const sentence = lensSentence[lens];
      return { lens, label: LENS_LABELS[lens], atMs: sentence ? atOf(sentence) : null, dueMs: timed ? due[lens] : null, sentence: sentence ? clip(sentence.text) : null };
    }),
    signals: SIGNAL_IDS.map((signal) => {
      const sentence = firstWhere((f) => f.signals.includes(signal));
      if (!sentence) return { signal, status: 'missing' as const, atMs: null, sentence: null };
      const atMs = atOf(sentence);
      return { signal, status: atMs !== null && atMs > signalsDueMs ? ('late' as const) : ('found' as const), atMs, sentence: clip(sentence.text) };
    }),
    levers: input.rules.levers.map((lever) => {
      const mentions = found.flatMap((f, index) => f.levers.filter((entry) => entry.id === lever.id).map((entry) => ({ ...entry, sentence: sentences[index]! })));
      const tied = mentions.find((entry) => entry.metric);
      const shown = tied ?? mentions[0];
      return { id: lever.id, label: clip(lever.label, 200), kpi: clip(lever.kpi, 200), said: mentions.length > 0, metric: tied !== undefined, sentence: shown ? clip(shown.sentence.text) : null };
    }),
    weak: found
      .flatMap((f, index) =>
        f.weak.map((cardId) => {
          const rule = input.rules.weak.find((entry) => entry.cardId === cardId)!;
          return { cardId, title: clip(rule.title, 200), strong: clip(rule.strong, 2000), sentence: clip(sentences[index]!.text), atMs: atOf(sentences[index]!) };
        }),
      )
      .slice(0, 100),
    hedges: found.reduce((sum, f) => sum + f.hedges, 0),
    fillers: found.reduce((sum, f) => sum + f.fillers, 0),
    clusters: clusters(sentences, found).map(({ sentence, count }) => ({ atMs: atOf(sentence), sentence: clip(sentence.text), count })).slice(0, 50),
    pace: timed && CAPTIONS.has(input.format) ? pacePerMinute(mine, zeroMs).slice(0, 300) : [],
    pauses: timed && CAPTIONS.has(input.format) ? longPauses(mine, input.utterances, zeroMs).slice(0, 100) : [],
  };
  return { ok: true, review };
}

// Only caption formats say when each caption ends; text exports' times are
// starts (Otter) or spread between stamps (Meet), too coarse for pace or pauses.
const CAPTIONS = new Set<TranscriptFormat>(['webvtt', 'srt', 'sbv']);

function dueTimes(checkpoints: { stepId: string; atMs: number }[] | undefined): Record<LensId, number | null> {
  const due = {} as Record<LensId, number | null>;
  LENS_IDS.forEach((lens, index) => {
    // A run without checkpoints (or a review standing alone) is held to the defaults.
    if (!checkpoints || checkpoints.length === 0) {
      due[lens] = DEFAULT_DUE_MS[lens] ?? null;
      return;
    }
    // A deck with its own step ids: checkpoints apply to the lenses in order.
    const byStep = checkpoints.find((checkpoint) => checkpoint.stepId === LENS_STEPS[lens]);
    const anyKnown = checkpoints.some((checkpoint) => Object.values(LENS_STEPS).includes(checkpoint.stepId));
    due[lens] = byStep?.atMs ?? (anyKnown ? null : (checkpoints[index]?.atMs ?? null));
  });
  return due;
}

/** Sentences dense with hedges and fillers: three in one sentence, or four across it and the next. */
function clusters(sentences: Sentence[], found: SentenceFindings[]): { sentence: Sentence; count: number }[] {
  const out: { sentence: Sentence; count: number }[] = [];
  let lastFlagged = -2;
  found.forEach((f, index) => {
    const own = f.hedges + f.fillers;
    const next = found[index + 1];
    const pair = own + (next ? next.hedges + next.fillers : 0);
    if (own >= 3 || (own >= 1 && pair >= 4)) {
      // Neighbouring flagged sentences are one cluster, shown at its first.
      if (index === lastFlagged + 1 && out.length > 0) out.at(-1)!.count += own;
      else out.push({ sentence: sentences[index]!, count: own });
      lastFlagged = index;
    }
  });
  return out;
}

const clip = (text: string, max = 400) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
