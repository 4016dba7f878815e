import { z } from '../zod-setup';

/**
 * The rehearsal clock as plain data over wall-clock timestamps. Nothing here
 * counts ticks: elapsed time is always "now minus start minus pauses", so the
 * clock is right after the panel is closed and reopened, and after the
 * computer sleeps (an interview does not pause while the laptop lid is shut).
 */
export const timerSchema = z.object({
  startedAt: z.number(),
  lengthMs: z.number().check(z.positive()),
  /** Total time spent paused before the current pause, if any. */
  pausedMs: z.number().check(z.gte(0)),
  /** When the current pause began; null while running. */
  pausedAt: z.nullable(z.number()),
  endedAt: z.nullable(z.number()),
});
export type Timer = z.infer<typeof timerSchema>;

export function startTimer(now: number, lengthMs: number): Timer {
  return { startedAt: now, lengthMs, pausedMs: 0, pausedAt: null, endedAt: null };
}

export function isPaused(timer: Timer): boolean {
  return timer.pausedAt !== null;
}

export function isEnded(timer: Timer): boolean {
  return timer.endedAt !== null;
}

export function pauseTimer(timer: Timer, now: number): Timer {
  if (isPaused(timer) || isEnded(timer)) return timer;
  return { ...timer, pausedAt: Math.max(now, timer.startedAt) };
}

export function resumeTimer(timer: Timer, now: number): Timer {
  if (timer.pausedAt === null || isEnded(timer)) return timer;
  return { ...timer, pausedMs: timer.pausedMs + Math.max(0, now - timer.pausedAt), pausedAt: null };
}

export function endTimer(timer: Timer, now: number): Timer {
  if (isEnded(timer)) return timer;
  // Ending while paused freezes the clock where the pause began.
  return { ...timer, endedAt: timer.pausedAt ?? Math.max(now, timer.startedAt) };
}

/**
 * Takes back an "End" pressed too soon: the clock resumes paused at the
 * moment it ended, so the time in between does not count.
 */
export function reopenTimer(timer: Timer): Timer {
  if (timer.endedAt === null) return timer;
  return { ...timer, endedAt: null, pausedAt: timer.endedAt };
}

/** Time spent rehearsing at `now`, in ms. Never negative, even if the system clock went back. */
export function elapsedMs(timer: Timer, now: number): number {
  const until = timer.endedAt ?? timer.pausedAt ?? now;
  return Math.max(0, until - timer.startedAt - timer.pausedMs);
}

/** Time left at `now`, in ms; negative once the rehearsal runs over. */
export function remainingMs(timer: Timer, now: number): number {
  return timer.lengthMs - elapsedMs(timer, now);
}

/** "12:05", or "-0:42" when over; rounds down so the display never runs ahead. */
export function formatClock(ms: number): string {
  const sign = ms < 0 ? '-' : '';
  const total = Math.floor(Math.abs(ms) / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0
    ? `${sign}${hours}:${String(minutes).padStart(2, '0')}:${seconds}`
    : `${sign}${minutes}:${seconds}`;
}

/** "2 min 5 s" for screen readers and summaries. */
export function spokenDuration(ms: number): string {
  const total = Math.round(Math.abs(ms) / 1000);
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  if (minutes === 0) return `${seconds} s`;
  return seconds === 0 ? `${minutes} min` : `${minutes} min ${seconds} s`;
}
