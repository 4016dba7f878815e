import { ownValue } from '../id-record';
import { z } from '../zod-setup';
import { idSchema, type Step } from '../schema';

/**
 * Pacing checkpoints: "this step done by minute N". The guide's rule is that
 * all three signals surface in the first ten minutes, hence the defaults;
 * after the last checkpoint come the follow-ups.
 */

/** What the user sets: a step and a deadline in seconds (fractions of a minute are allowed). */
export const checkpointPlanSchema = z.object({
  stepId: idSchema,
  atSeconds: z.number().check(z.gte(1), z.lte(24 * 3600)),
});
export type CheckpointPlan = z.infer<typeof checkpointPlanSchema>;

/** A checkpoint fixed for one rehearsal, with the step's title at that time. */
export const checkpointSchema = z.object({
  stepId: idSchema,
  label: z.string().check(z.maxLength(200)),
  atMs: z.number().check(z.gte(0)),
});
export type Checkpoint = z.infer<typeof checkpointSchema>;

export type CheckpointStatus = 'upcoming' | 'hit' | 'late' | 'missed';

// Problem framed by 3, constraints by 6, levers (and so all three signals) by 10.
const DEFAULT_MINUTES = [3, 6, 10];
/** A run shorter than this has the default times scaled down to fit inside it. */
const DEFAULT_SPAN_MINUTES = DEFAULT_MINUTES.at(-1)!;

/** The deck's default checkpoints, fitted to a run of `lengthMinutes` (a 5-minute run: 1:30, 3:00, 5:00). */
export function defaultCheckpointPlan(steps: Pick<Step, 'id'>[], lengthMinutes = DEFAULT_SPAN_MINUTES): CheckpointPlan[] {
  const scale = Math.min(1, lengthMinutes / DEFAULT_SPAN_MINUTES);
  return steps.slice(0, DEFAULT_MINUTES.length).map((step, index) => ({
    stepId: step.id,
    atSeconds: Math.max(1, Math.round(DEFAULT_MINUTES[index]! * 60 * scale)),
  }));
}

/** Whether a saved plan names none of these steps, so the defaults apply. */
export function usesDefaultCheckpoints(plan: CheckpointPlan[] | undefined, steps: Pick<Step, 'id'>[]): boolean {
  return !(plan ?? []).some((entry) => steps.some((step) => step.id === entry.stepId));
}

/**
 * The plan the user saved, kept to the steps this deck has, in time order;
 * the defaults, fitted to the run's length, when none of it applies (another
 * deck, or nothing saved).
 */
export function resolveCheckpoints(plan: CheckpointPlan[] | undefined, steps: Pick<Step, 'id' | 'title'>[], lengthMinutes?: number): Checkpoint[] {
  const titles = new Map(steps.map((step) => [step.id, step.title]));
  const chosen = usesDefaultCheckpoints(plan, steps) ? defaultCheckpointPlan(steps, lengthMinutes) : plan!.filter((entry) => titles.has(entry.stepId));
  return chosen
    .map((entry) => ({ stepId: entry.stepId, label: titles.get(entry.stepId) ?? entry.stepId, atMs: entry.atSeconds * 1000 }))
    .sort((a, b) => a.atMs - b.atMs);
}

export function checkpointStatus(checkpoint: Checkpoint, doneAtMs: number | undefined, elapsed: number): CheckpointStatus {
  if (doneAtMs !== undefined) return doneAtMs <= checkpoint.atMs ? 'hit' : 'late';
  return elapsed >= checkpoint.atMs ? 'missed' : 'upcoming';
}

/** Checkpoints passed with their step still not done: the ones that earn a cue. */
export function missedCheckpoints(checkpoints: Checkpoint[], stepsDone: Record<string, number>, elapsed: number): Checkpoint[] {
  return checkpoints.filter((entry) => checkpointStatus(entry, ownValue(stepsDone, entry.stepId), elapsed) === 'missed');
}

/** The next deadline still ahead with its step not done. */
export function nextCheckpoint(checkpoints: Checkpoint[], stepsDone: Record<string, number>, elapsed: number): Checkpoint | undefined {
  return checkpoints.find((entry) => checkpointStatus(entry, ownValue(stepsDone, entry.stepId), elapsed) === 'upcoming');
}

export type Phase = 'steps' | 'follow-ups';

/** Follow-ups begin after the last checkpoint, or sooner once every checkpointed step is done. */
export function phaseAt(checkpoints: Checkpoint[], stepsDone: Record<string, number>, elapsed: number): Phase {
  if (checkpoints.length === 0) return 'follow-ups';
  const last = Math.max(...checkpoints.map((entry) => entry.atMs));
  const allDone = checkpoints.every((entry) => ownValue(stepsDone, entry.stepId) !== undefined);
  return elapsed >= last || allDone ? 'follow-ups' : 'steps';
}

/** A deadline as the setup form shows it: minutes and seconds, "3:00", "2:30", "0:45". */
export function formatDeadline(atSeconds: number): string {
  const total = Math.max(0, Math.round(atSeconds));
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}

/**
 * Reads what the user typed as a deadline: "2:30" (minutes and seconds), or
 * a whole number of minutes ("3"). Undefined for blank; null when it cannot
 * be read, so the form can say so. Seconds take two digits, 00 to 59; a
 * decimal point is refused rather than guessed at ("2.5" could mean 2:30 or 2:05).
 */
export function parseDeadline(text: string): number | null | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const match = /^(\d{1,4})(?:\s*:\s*(\d{2}))?$/.exec(trimmed);
  if (!match) return null;
  const minutes = Number(match[1]);
  const seconds = match[2] === undefined ? 0 : Number(match[2]);
  if (seconds > 59) return null;
  return minutes * 60 + seconds;
}
