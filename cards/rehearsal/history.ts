import { ownValue } from '../id-record';
import { storage } from '@wxt-dev/storage';
import { browser } from 'wxt/browser';
import { z } from '../zod-setup';
import { describeIssues } from '../describe-issues';
import { readMatching } from '../storage/read-matching';
import { fingerprint } from '../storage/same-value';
import { quarantineKey, rehearsalIdOfKey, rehearsalKey, REHEARSAL_HISTORY_KEY as HISTORY_KEY } from '../storage/storage-keys';
import { toStoreError } from '../storage/store-error';
import type { QuarantineEntry } from '../storage/stored-records';
import { migrateHistory } from './history-migration';
import { BLANK_DRAFT, mergeScores, type ScoreConflict, type ScoreDraft } from './merge-scores';
import { setAsideRecords } from './set-aside';
import { withLock } from '../storage/with-lock';
import { checkpointStatus } from './checkpoints';
import type { Session } from './session';
import type { BankEntry } from './follow-up-bank';
import { elapsedMs } from './timer';
import { transcriptReviewSchema, type TranscriptReview } from '../transcript/review-schema';

/** One finished rehearsal, as kept in the history. */
const score = z.number().check(z.int(), z.gte(1), z.lte(5));

export const scoresSchema = z.object({
  impact: score,
  feasibility: score,
  tradeoff: score,
});
export type Scores = z.infer<typeof scoresSchema>;

export const SCORE_LABELS: Record<keyof Scores, string> = {
  impact: 'Impact awareness',
  feasibility: 'Feasibility reasoning',
  tradeoff: 'Trade-off rigor',
};
export const SCORE_KEYS = Object.keys(SCORE_LABELS) as (keyof Scores)[];

export const rehearsalRecordSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(80)),
  startedAt: z.number(),
  promptId: z.string().check(z.maxLength(80)),
  promptTitle: z.string().check(z.maxLength(200)),
  lengthMs: z.number().check(z.gte(0)),
  elapsedMs: z.number().check(z.gte(0)),
  steps: z
    .array(
      z.object({
        stepId: z.string().check(z.maxLength(80)),
        title: z.string().check(z.maxLength(200)),
        /** Elapsed ms when marked done; null if never done. */
        doneAtMs: z.nullable(z.number()),
        /** Time since the previous step was done (or the start); null if never done. */
        durationMs: z.nullable(z.number()),
      }),
    )
    .check(z.maxLength(50)),
  checkpoints: z
    .array(
      z.object({
        stepId: z.string().check(z.maxLength(80)),
        label: z.string().check(z.maxLength(200)),
        atMs: z.number(),
        hit: z.boolean(),
      }),
    )
    .check(z.maxLength(50)),
  followUps: z._default(z.array(z.string().check(z.maxLength(100_000))).check(z.maxLength(500)), []),
  scores: scoresSchema,
  note: z._default(z.string().check(z.maxLength(5000)), ''),
  /** The transcript review of this run (cards/transcript/); absent in records from before it, and until one is made. */
  review: z.optional(transcriptReviewSchema),
});
export type RehearsalRecord = z.infer<typeof rehearsalRecordSchema>;

/**
 * The history as releases before issue 18 stored it: one list under one key.
 * Read only to be migrated (see ./history-migration.ts); fixtures use it to
 * lay out an old install.
 */
export const rehearsalHistory = storage.defineItem<unknown>(`local:${HISTORY_KEY}`, {
  fallback: [],
  version: 1,
});

/** The valid records of an old-style list, oldest first. Anything unreadable is skipped, never thrown. */
export function readHistory(value: unknown): RehearsalRecord[] {
  if (!Array.isArray(value)) return [];
  return value
    .flatMap((entry) => {
      const result = rehearsalRecordSchema.safeParse(entry);
      return result.success ? [result.data] : [];
    })
    .sort((a, b) => a.startedAt - b.startedAt);
}

/**
 * Every saved rehearsal, oldest first: one record per run under its own key
 * (storage-keys.ts). The old one-list history is migrated first; if that
 * cannot be written (storage full), its runs are still shown from the list.
 * A record that cannot be read, or whose content names another run, is set
 * aside (quarantine), never dropped and never shown as something else.
 */
export async function loadHistory(now = Date.now()): Promise<RehearsalRecord[]> {
  try {
    await migrateHistory(now);
  } catch (error) {
    console.warn('Sidecue: could not move the rehearsal history into one record per run yet', error);
  }
  const all = await readMatching((key) => key === HISTORY_KEY || rehearsalIdOfKey(key) !== undefined);
  const records = new Map<string, RehearsalRecord>();
  const broken = new Map<string, QuarantineEntry>();
  for (const [key, raw] of Object.entries(all)) {
    const id = rehearsalIdOfKey(key);
    if (id === undefined) continue;
    const result = rehearsalRecordSchema.safeParse(raw);
    if (!result.success) {
      broken.set(key, { key, value: raw, reason: `A saved rehearsal could not be read: ${describeIssues(result.error.issues, 3, 'the rehearsal')}`, at: now });
    } else if (result.data.id !== id) {
      broken.set(key, { key, value: raw, reason: 'It is a copy of another rehearsal, which is stored in its own place.', at: now });
    } else {
      records.set(id, result.data);
    }
  }
  await setAsideRecords(broken);
  // Not migrated yet (it could not be written): the list's runs still show.
  for (const record of readHistory(all[HISTORY_KEY])) if (!records.has(record.id)) records.set(record.id, record);
  return [...records.values()].sort((a, b) => a.startedAt - b.startedAt || a.id.localeCompare(b.id));
}

/** Calls back whenever a saved rehearsal changes, from this window or another. */
export function watchHistory(onChange: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'local') return;
    if (Object.keys(changes).some((key) => key === HISTORY_KEY || rehearsalIdOfKey(key) !== undefined)) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/**
 * Saves a finished rehearsal under its own key. Kept for the Undo of a
 * deletion and for callers with no form: it merges like saveRehearsal from a
 * blank form, so a run another window saved meanwhile is never overwritten
 * silently.
 */
export async function appendRehearsal(record: RehearsalRecord, now = Date.now()): Promise<ScoreConflict[]> {
  return saveRehearsal(record, BLANK_DRAFT, now);
}

/**
 * Saves a rehearsal's record as the score form made it from `base` (what the
 * form started from). If another window saved scores for the same run in the
 * meantime, the two merge by field (see ./merge-scores.ts); resolves to the
 * fields both set differently, with the other window's value, to be said back.
 */
export async function saveRehearsal(record: RehearsalRecord, base: ScoreDraft, now = Date.now()): Promise<ScoreConflict[]> {
  const valid = rehearsalRecordSchema.parse(record);
  const key = rehearsalKey(valid.id);
  try {
    await migrateHistory(now);
    return await withLock(key, async () => {
      const raw: unknown = (await browser.storage.local.get(key))[key];
      const parsed = rehearsalRecordSchema.safeParse(raw);
      const stored = parsed.success && parsed.data.id === valid.id ? parsed.data : undefined;
      const items: Record<string, unknown> = {};
      // Something unreadable under this run's key is set aside in the same write, never written over.
      if (raw !== undefined && !stored) {
        items[quarantineKey(key, fingerprint(raw))] = { key, value: raw, reason: 'A saved rehearsal could not be read', at: now };
      }
      const { record: merged, conflicts } = mergeScores(base, valid, stored);
      items[key] = merged;
      await browser.storage.local.set(items);
      return conflicts;
    });
  } catch (error) {
    // In words (storage full, say), never a raw quota error; the run is still on screen to try again.
    throw toStoreError(error, 'this rehearsal');
  }
}

/**
 * Takes one rehearsal out of the history and hands it back, so an Undo can
 * put it back with appendRehearsal. Undefined when it is not there or cannot
 * be read (an unreadable record is left exactly as it is).
 */
export async function removeRehearsal(id: string, now = Date.now()): Promise<RehearsalRecord | undefined> {
  const key = rehearsalKey(id);
  try {
    await migrateHistory(now);
    return await withLock(key, async () => {
      const parsed = rehearsalRecordSchema.safeParse((await browser.storage.local.get(key))[key]);
      if (!parsed.success || parsed.data.id !== id) return undefined;
      await browser.storage.local.remove(key);
      return parsed.data;
    });
  } catch (error) {
    throw toStoreError(error, 'the deletion of this rehearsal');
  }
}

/**
 * Saves a transcript review with its rehearsal, replacing any earlier review
 * of that run and leaving its scores and note as they are stored. Resolves to
 * false when the run is no longer in the history (deleted meanwhile).
 */
export async function attachReview(id: string, review: TranscriptReview): Promise<boolean> {
  const valid = transcriptReviewSchema.parse(review);
  const key = rehearsalKey(id);
  try {
    await migrateHistory(Date.now());
    return await withLock(key, async () => {
      const parsed = rehearsalRecordSchema.safeParse((await browser.storage.local.get(key))[key]);
      if (!parsed.success || parsed.data.id !== id) return false;
      await browser.storage.local.set({ [key]: { ...parsed.data, review: valid } });
      return true;
    });
  } catch (error) {
    throw toStoreError(error, 'this review');
  }
}

/** Per-step time: from the previous done step (or the start) to this one. */
export function stepDurations(session: Session): RehearsalRecord['steps'] {
  const doneTimes = session.steps
    .map((step) => ownValue(session.stepsDone, step.id))
    .filter((time): time is number => time !== undefined)
    .sort((a, b) => a - b);
  return session.steps.map((step) => {
    const doneAt = ownValue(session.stepsDone, step.id);
    if (doneAt === undefined) return { stepId: step.id, title: step.title, doneAtMs: null, durationMs: null };
    const previous = doneTimes.filter((time) => time < doneAt).at(-1) ?? 0;
    return { stepId: step.id, title: step.title, doneAtMs: doneAt, durationMs: doneAt - previous };
  });
}

export function recordFromSession(
  session: Session,
  scores: Scores,
  note: string,
  bank: BankEntry[],
  now: number,
): RehearsalRecord {
  const elapsed = elapsedMs(session.timer, now);
  const asked = session.asked.flatMap((key) => bank.find((entry) => entry.key === key)?.question ?? []);
  return {
    id: session.id,
    startedAt: session.timer.startedAt,
    promptId: session.promptId,
    promptTitle: session.promptTitle,
    lengthMs: session.timer.lengthMs,
    elapsedMs: elapsed,
    steps: stepDurations(session),
    checkpoints: session.checkpoints.map((checkpoint) => ({
      stepId: checkpoint.stepId,
      label: checkpoint.label,
      atMs: checkpoint.atMs,
      hit: checkpointStatus(checkpoint, ownValue(session.stepsDone, checkpoint.stepId), elapsed) === 'hit',
    })),
    followUps: asked,
    scores,
    note: note.trim(),
  };
}
