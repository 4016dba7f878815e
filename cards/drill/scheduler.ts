import { createEmptyCard, fsrs, generatorParameters, type Card, type FSRS, type Grade } from 'ts-fsrs';
import { LOG_LIMIT, currentRecord, type ReviewRecord } from './review-record';
import type { ReviewItem } from './review-items';

/** The four answers, as FSRS numbers them. */
export const GRADES = [1, 2, 3, 4] as const;
export type DrillGrade = (typeof GRADES)[number];
export const GRADE_LABELS: Record<DrillGrade, string> = { 1: 'Again', 2: 'Hard', 3: 'Good', 4: 'Easy' };

const DAY_MS = 86_400_000;
const schedulers = new Map<number, FSRS>();

/**
 * FSRS with the user's desired retention. Short-term steps stay on, so Again
 * brings an item back within minutes, the same day. Fuzz is off: the interval
 * a grade button shows is exactly the one that grade gives.
 */
function scheduler(retention: number): FSRS {
  let found = schedulers.get(retention);
  if (!found) {
    found = fsrs(generatorParameters({ request_retention: retention, enable_fuzz: false, enable_short_term: true }));
    schedulers.set(retention, found);
  }
  return found;
}

function toCard(record: ReviewRecord | undefined, now: number): Card {
  if (!record) return createEmptyCard(new Date(now));
  return {
    due: new Date(record.due),
    stability: record.stability,
    difficulty: record.difficulty,
    elapsed_days: record.lastReview === undefined ? 0 : Math.max(0, Math.floor((now - record.lastReview) / DAY_MS)),
    scheduled_days: record.scheduledDays,
    learning_steps: record.learningSteps,
    reps: record.reps,
    lapses: record.lapses,
    state: record.state,
    last_review: record.lastReview === undefined ? undefined : new Date(record.lastReview),
  };
}

/**
 * The item's record after the user graded it at `now`. A record whose answer
 * has changed since is started over (its past grades stay in the log, for
 * the retention figures); `now` is the only clock.
 */
export function gradeItem(item: ReviewItem, stored: ReviewRecord | undefined, grade: DrillGrade, now: number, retention: number): ReviewRecord {
  const record = currentRecord(stored, item.fingerprint);
  const card = toCard(record, now);
  const next = scheduler(retention).next(card, new Date(now), grade as Grade).card;
  return {
    v: 1,
    item: item.id,
    answer: item.fingerprint,
    state: next.state,
    due: next.due.getTime(),
    stability: next.stability,
    difficulty: next.difficulty,
    scheduledDays: next.scheduled_days,
    learningSteps: next.learning_steps,
    reps: next.reps,
    lapses: next.lapses,
    lastReview: now,
    firstReview: record?.firstReview ?? now,
    log: [...(stored?.log ?? []), { at: now, grade, state: card.state }].slice(-LOG_LIMIT),
  };
}

/** When each grade would bring the item back: shown on the grade buttons before the user picks one. */
export function previewDue(item: ReviewItem, stored: ReviewRecord | undefined, now: number, retention: number): Record<DrillGrade, number> {
  const preview = scheduler(retention).repeat(toCard(currentRecord(stored, item.fingerprint), now), new Date(now));
  return {
    1: preview[1].card.due.getTime(),
    2: preview[2].card.due.getTime(),
    3: preview[3].card.due.getTime(),
    4: preview[4].card.due.getTime(),
  };
}
