import { idRecord, ownValue } from '../id-record';
import { storage } from '@wxt-dev/storage';
import { REHEARSAL_SESSION_KEY } from '../storage/storage-keys';
import { toStoreError } from '../storage/store-error';
import { z } from '../zod-setup';
import { idSchema } from '../schema';
import { checkpointSchema, type Checkpoint } from './checkpoints';
import { drawFollowUp, type BankEntry } from './follow-up-bank';
import { elapsedMs, isEnded, startTimer, timerSchema } from './timer';

/**
 * The rehearsal in progress. It lives in storage, not in component state, so
 * closing the panel loses nothing and the Float window can follow along.
 * What it shows (prompt, step titles) is copied in at start: editing the deck
 * mid-rehearsal must not change the run, nor the history it becomes.
 */
export const sessionSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(80)),
  deckId: z.string().check(z.maxLength(80)),
  promptId: z.string().check(z.maxLength(80)),
  promptTitle: z.string().check(z.maxLength(200)),
  question: z.string().check(z.maxLength(100_000)),
  timer: timerSchema,
  steps: z.array(z.object({ id: idSchema, title: z.string().check(z.maxLength(200)) })).check(z.maxLength(50)),
  checkpoints: z.array(checkpointSchema).check(z.maxLength(50)),
  /** When each step was marked done, as elapsed ms. */
  stepsDone: z.record(z.string(), z.number().check(z.gte(0))),
  /** Follow-up keys drawn so far, oldest first; the last is on screen. */
  asked: z.array(z.string().check(z.maxLength(200))).check(z.maxLength(500)),
  sound: z.boolean(),
});
export type Session = z.infer<typeof sessionSchema>;

export const rehearsalSession = storage.defineItem<Session | null>(REHEARSAL_SESSION_KEY, {
  fallback: null,
  version: 1,
});

/** A stored session, or null when there is none or it does not validate. */
export function readSession(value: unknown): Session | null {
  const result = sessionSchema.safeParse(value);
  return result.success ? result.data : null;
}

export interface SessionStart {
  now: number;
  lengthMs: number;
  deckId: string;
  prompt: { id: string; title: string; question: string };
  steps: { id: string; title: string }[];
  checkpoints: Checkpoint[];
  sound: boolean;
}

export function createSession(start: SessionStart): Session {
  return {
    id: `r${start.now.toString(36)}`,
    deckId: start.deckId,
    promptId: start.prompt.id,
    promptTitle: start.prompt.title,
    question: start.prompt.question,
    timer: startTimer(start.now, start.lengthMs),
    // The stored session allows 50 of each; a longer steps card rehearses its first 50.
    steps: start.steps.slice(0, 50).map(({ id, title }) => ({ id, title })),
    checkpoints: start.checkpoints.slice(0, 50),
    stepsDone: {},
    asked: [],
    sound: start.sound,
  };
}

/** Marks a step done at the clock's current reading, or undoes it. */
export function toggleStepDone(session: Session, stepId: string, now: number): Session {
  if (isEnded(session.timer)) return session;
  const stepsDone = idRecord(Object.entries(session.stepsDone));
  if (ownValue(stepsDone, stepId) === undefined) stepsDone[stepId] = elapsedMs(session.timer, now);
  else delete stepsDone[stepId];
  return { ...session, stepsDone };
}

/** The first step in answer order not yet done: where the user should be. */
export function firstOpenStep(session: Session): string | undefined {
  return session.steps.find((step) => ownValue(session.stepsDone, step.id) === undefined)?.id;
}

/** Draws the next follow-up without repeats, the rehearsed prompt's own first; unchanged when the bank is spent. */
export function nextFollowUp(session: Session, bank: BankEntry[], random?: () => number): Session {
  const entry = drawFollowUp(bank, session.asked, session.promptId, random);
  // Keep the stored list within its bound: the oldest draws matter least.
  return entry ? { ...session, asked: [...session.asked, entry.key].slice(-500) } : session;
}

export function currentFollowUp(session: Session, bank: BankEntry[]): BankEntry | undefined {
  const key = session.asked.at(-1);
  return key === undefined ? undefined : bank.find((entry) => entry.key === key);
}

/**
 * What the panel says when the running rehearsal could not be stored (a full
 * storage): the run lives on in this panel, and a reload would lose it.
 */
export function runNotStoredMessage(error: unknown): string {
  return toStoreError(error, 'this rehearsal').message.replace(
    ' Everything saved before is intact.',
    ' It is kept in this panel until it can be saved; do not reload.',
  );
}
