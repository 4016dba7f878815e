import { z } from '../zod-setup';

/** How many past grades each item keeps: enough for 30 days of retention figures, bounded in size. */
export const LOG_LIMIT = 40;

/** FSRS's card states, as ts-fsrs numbers them (New, Learning, Review, Relearning). */
export const STATE = { new: 0, learning: 1, review: 2, relearning: 3 } as const;

const time = z.number().finite();
const count = z.number().int().min(0);
const state = z.number().int().min(0, 'is not a state').max(3, 'is not a state');

/**
 * One drill item's schedule as stored (one key per item, see
 * storage-keys.ts). Times are ms since the epoch, not Dates, so the record is
 * plain JSON; the scheduler turns them into ts-fsrs cards and back.
 */
export const reviewRecordSchema = z.object({
  v: z.literal(1),
  /** The item's id, so a record copied under another item's key is noticed. */
  item: z.string().min(1).max(300),
  /** The answer's fingerprint when last graded; a different one means the item starts over. */
  answer: z.string().min(1).max(40),
  state,
  due: time,
  stability: z.number().finite().min(0),
  difficulty: z.number().finite().min(0),
  scheduledDays: count,
  learningSteps: count,
  reps: count,
  lapses: count,
  lastReview: time.optional(),
  /** When this version of the item was first graded: counts against the day's new items. */
  firstReview: time,
  /** Past grades, oldest first: 1 Again, 2 Hard, 3 Good, 4 Easy, with the state it was in. */
  log: z.array(z.object({ at: time, grade: z.number().int().min(1).max(4), state })).max(LOG_LIMIT).default([]),
});
export type ReviewRecord = z.infer<typeof reviewRecordSchema>;

/** The record that still schedules `item`: undefined when there is none, or its answer has changed since. */
export function currentRecord(record: ReviewRecord | undefined, fingerprint: string): ReviewRecord | undefined {
  return record && record.answer === fingerprint ? record : undefined;
}
