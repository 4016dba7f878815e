import { z } from '../zod-setup';

/** How many past grades each item keeps: enough for 30 days of retention figures, bounded in size. */
export const LOG_LIMIT = 40;

/** FSRS's card states, as ts-fsrs numbers them (New, Learning, Review, Relearning). */
export const STATE = { new: 0, learning: 1, review: 2, relearning: 3 } as const;

const time = z.number();
const count = z.number().check(z.int(), z.gte(0));
const state = z.number().check(z.int(), z.gte(0, 'is not a state'), z.lte(3, 'is not a state'));

/**
 * One drill item's schedule as stored (one key per item, see
 * storage-keys.ts). Times are ms since the epoch, not Dates, so the record is
 * plain JSON; the scheduler turns them into ts-fsrs cards and back.
 */
export const reviewRecordSchema = z.object({
  v: z.literal(1),
  /** The item's id, so a record copied under another item's key is noticed. */
  item: z.string().check(z.minLength(1), z.maxLength(300)),
  /** The answer's fingerprint when last graded; a different one means the item starts over. */
  answer: z.string().check(z.minLength(1), z.maxLength(40)),
  state,
  due: time,
  stability: z.number().check(z.gte(0)),
  difficulty: z.number().check(z.gte(0)),
  scheduledDays: count,
  learningSteps: count,
  reps: count,
  lapses: count,
  lastReview: z.optional(time),
  /** When this version of the item was first graded: counts against the day's new items. */
  firstReview: time,
  /** Past grades, oldest first: 1 Again, 2 Hard, 3 Good, 4 Easy, with the state it was in. */
  log: z._default(z.array(z.object({ at: time, grade: z.number().check(z.int(), z.gte(1), z.lte(4)), state })).check(z.maxLength(LOG_LIMIT)), []),
});
export type ReviewRecord = z.infer<typeof reviewRecordSchema>;

/** The record that still schedules `item`: undefined when there is none, or its answer has changed since. */
export function currentRecord(record: ReviewRecord | undefined, fingerprint: string): ReviewRecord | undefined {
  return record && record.answer === fingerprint ? record : undefined;
}
