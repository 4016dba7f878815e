import { z } from '../zod-setup';

/**
 * A transcript review as saved with its rehearsal (rehearsal/history.ts): the
 * findings with the sentences that earned them, not the transcript itself,
 * so a record stays small. Every list is bounded.
 */
const at = z.number().finite().min(0).nullable();
const said = z.string().max(400);
const name = z.string().max(200);

export const LENS_IDS = ['problem', 'constraint', 'levers', 'close'] as const;
export const SIGNAL_IDS = ['impact', 'feasibility', 'tradeoff'] as const;

export const transcriptReviewSchema = z.object({
  reviewedAt: z.number().finite(),
  source: z.object({
    format: z.enum(['webvtt', 'srt', 'sbv', 'otter-text', 'meet-text', 'plain']),
    fileName: name.optional(),
    speaker: name.optional(),
    /** Cues the file held that could not be read. */
    skipped: z.number().int().min(0),
  }),
  /** Whether the transcript had times; without them the timing parts are left out. */
  timed: z.boolean(),
  words: z.number().int().min(0),
  /** When the signals were due: the last pacing checkpoint, 10 minutes by default. */
  signalsDueMs: z.number().finite().min(0),
  lenses: z
    .array(z.object({ lens: z.enum(LENS_IDS), label: name, atMs: at, dueMs: at, sentence: said.nullable() }))
    .max(LENS_IDS.length),
  signals: z
    .array(z.object({ signal: z.enum(SIGNAL_IDS), status: z.enum(['found', 'late', 'missing']), atMs: at, sentence: said.nullable() }))
    .max(SIGNAL_IDS.length),
  levers: z
    .array(z.object({ id: z.string().max(80), label: name, kpi: name, said: z.boolean(), metric: z.boolean(), sentence: said.nullable() }))
    .max(50),
  weak: z
    .array(z.object({ cardId: z.string().max(80), title: name, strong: z.string().max(2000), sentence: said, atMs: at }))
    .max(100),
  hedges: z.number().int().min(0),
  fillers: z.number().int().min(0),
  clusters: z.array(z.object({ atMs: at, sentence: said, count: z.number().int().min(0) })).max(50),
  /** Words per minute for each minute with at least 10 s of speech. */
  pace: z.array(z.object({ minute: z.number().int().min(0), wpm: z.number().int().min(0) })).max(300),
  pauses: z.array(z.object({ atMs: z.number().finite().min(0), lengthMs: z.number().finite().min(0) })).max(100),
});
export type TranscriptReview = z.infer<typeof transcriptReviewSchema>;
export type LensId = (typeof LENS_IDS)[number];
