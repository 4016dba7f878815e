import { z } from '../zod-setup';

/**
 * A transcript review as saved with its rehearsal (rehearsal/history.ts): the
 * findings with the sentences that earned them, not the transcript itself,
 * so a record stays small. Every list is bounded.
 */
const at = z.nullable(z.number().check(z.gte(0)));
const said = z.string().check(z.maxLength(400));
const name = z.string().check(z.maxLength(200));

export const LENS_IDS = ['problem', 'constraint', 'levers', 'close'] as const;
export const SIGNAL_IDS = ['impact', 'feasibility', 'tradeoff'] as const;

export const transcriptReviewSchema = z.object({
  reviewedAt: z.number(),
  source: z.object({
    format: z.enum(['webvtt', 'srt', 'sbv', 'otter-text', 'meet-text', 'plain']),
    fileName: z.optional(name),
    speaker: z.optional(name),
    /** Cues the file held that could not be read. */
    skipped: z.number().check(z.int(), z.gte(0)),
  }),
  /** Whether the transcript had times; without them the timing parts are left out. */
  timed: z.boolean(),
  words: z.number().check(z.int(), z.gte(0)),
  /** When the signals were due: the last pacing checkpoint, 10 minutes by default. */
  signalsDueMs: z.number().check(z.gte(0)),
  lenses: z
    .array(z.object({ lens: z.enum(LENS_IDS), label: name, atMs: at, dueMs: at, sentence: z.nullable(said) }))
    .check(z.maxLength(LENS_IDS.length)),
  signals: z
    .array(z.object({ signal: z.enum(SIGNAL_IDS), status: z.enum(['found', 'late', 'missing']), atMs: at, sentence: z.nullable(said) }))
    .check(z.maxLength(SIGNAL_IDS.length)),
  levers: z
    .array(
      z.object({
        id: z.string().check(z.maxLength(80)),
        label: name,
        kpi: name,
        said: z.boolean(),
        metric: z.boolean(),
        sentence: z.nullable(said),
      }),
    )
    .check(z.maxLength(50)),
  weak: z
    .array(
      z.object({ cardId: z.string().check(z.maxLength(80)), title: name, strong: z.string().check(z.maxLength(2000)), sentence: said, atMs: at }),
    )
    .check(z.maxLength(100)),
  hedges: z.number().check(z.int(), z.gte(0)),
  fillers: z.number().check(z.int(), z.gte(0)),
  clusters: z.array(z.object({ atMs: at, sentence: said, count: z.number().check(z.int(), z.gte(0)) })).check(z.maxLength(50)),
  /** Words per minute for each minute with at least 10 s of speech. */
  pace: z
    .array(z.object({ minute: z.number().check(z.int(), z.gte(0)), wpm: z.number().check(z.int(), z.gte(0)) }))
    .check(z.maxLength(300)),
  pauses: z.array(z.object({ atMs: z.number().check(z.gte(0)), lengthMs: z.number().check(z.gte(0)) })).check(z.maxLength(100)),
});
export type TranscriptReview = z.infer<typeof transcriptReviewSchema>;
export type LensId = (typeof LENS_IDS)[number];
