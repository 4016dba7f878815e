import { ownValue } from '../id-record';
import { storage } from '@wxt-dev/storage';
import { z } from '../zod-setup';
import { quarantineKey, REHEARSAL_HISTORY_KEY as HISTORY_KEY } from '../storage/storage-keys';
import { toStoreError } from '../storage/store-error';
import { checkpointStatus } from './checkpoints';
import type { Session } from './session';
import type { BankEntry } from './follow-up-bank';
import { elapsedMs } from './timer';

/** One finished rehearsal, as kept in the history. */
const score = z.number().int().min(1).max(5);

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
  id: z.string().min(1).max(80),
  startedAt: z.number().finite(),
  promptId: z.string().max(80),
  promptTitle: z.string().max(200),
  lengthMs: z.number().finite().min(0),
  elapsedMs: z.number().finite().min(0),
  steps: z
    .array(
      z.object({
        stepId: z.string().max(80),
        title: z.string().max(200),
        /** Elapsed ms when marked done; null if never done. */
        doneAtMs: z.number().finite().nullable(),
        /** Time since the previous step was done (or the start); null if never done. */
        durationMs: z.number().finite().nullable(),
      }),
    )
    .max(50),
  checkpoints: z
    .array(z.object({ stepId: z.string().max(80), label: z.string().max(200), atMs: z.number().finite(), hit: z.boolean() }))
    .max(50),
  followUps: z.array(z.string().max(100_000)).max(500).default([]),
  scores: scoresSchema,
  note: z.string().max(5000).default(''),
});
export type RehearsalRecord = z.infer<typeof rehearsalRecordSchema>;

// Stored as written (unknown[]), validated entry by entry on read: one bad
// entry hides only itself, and is kept for a later release to repair.
export const rehearsalHistory = storage.defineItem<unknown>(`local:${HISTORY_KEY}`, {
  fallback: [],
  version: 1,
});

/** The valid records, oldest first. Anything unreadable is skipped, never thrown. */
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
 * Adds a record. If what is stored is not a list at all, it is set aside in
 * the quarantine (where the deck store keeps unreadable records) rather than
 * written over: nothing the user wrote is ever silently dropped.
 */
export async function appendRehearsal(record: RehearsalRecord, now = Date.now()): Promise<void> {
  const valid = rehearsalRecordSchema.parse(record);
  try {
    await append(valid, now);
  } catch (error) {
    // In words (storage full, say), never a raw quota error; the run is still on screen to try again.
    throw toStoreError(error, 'this rehearsal');
  }
}

async function append(valid: RehearsalRecord, now: number): Promise<void> {
  const stored: unknown = await rehearsalHistory.getValue();
  if (!Array.isArray(stored)) {
    await storage.setItem(`local:${quarantineKey(HISTORY_KEY, now)}`, {
      key: HISTORY_KEY,
      value: stored,
      reason: 'The rehearsal history was not a list',
      at: now,
    });
  }
  await rehearsalHistory.setValue([...(Array.isArray(stored) ? stored : []), valid]);
}

/**
 * Takes one rehearsal out of the history and hands it back, so an Undo can
 * put it back with appendRehearsal. Undefined when it is not there. Entries
 * that do not validate are left exactly as they are.
 */
export async function removeRehearsal(id: string): Promise<RehearsalRecord | undefined> {
  const stored: unknown = await rehearsalHistory.getValue();
  if (!Array.isArray(stored)) return undefined;
  const index = stored.findIndex((entry) => rehearsalRecordSchema.safeParse(entry).data?.id === id);
  if (index < 0) return undefined;
  const record = rehearsalRecordSchema.parse(stored[index]);
  await rehearsalHistory.setValue(stored.filter((_, at) => at !== index));
  return record;
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
