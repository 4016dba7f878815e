/**
 * Chrome allows 120 sync writes a minute and 1,800 an hour, counting each
 * set or remove call as one, and refuses the call past that. This keeps a
 * record of our own calls and says how long to wait before the next batch,
 * staying under lower limits so another extension page or a retry never
 * tips us over.
 */
export interface WriteLimits {
  perMinute: number;
  perHour: number;
}

export const WRITE_LIMITS: WriteLimits = { perMinute: 100, perHour: 1_500 };

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export function createWriteBudget(limits: WriteLimits = WRITE_LIMITS) {
  let stamps: number[] = [];
  const waitIn = (window: number, limit: number, ops: number, now: number) => {
    const recent = stamps.filter((at) => now - at < window);
    const over = recent.length + ops - limit;
    // The batch fits once the `over` oldest writes of the window have aged out of it.
    return over <= 0 ? 0 : recent[over - 1]! + window - now;
  };
  return {
    /** Milliseconds until `ops` more writes fit; 0 when they fit now. */
    delay(ops: number, now: number): number {
      stamps = stamps.filter((at) => now - at < HOUR);
      return Math.max(waitIn(MINUTE, limits.perMinute, ops, now), waitIn(HOUR, limits.perHour, ops, now));
    },
    spend(ops: number, now: number) {
      for (let index = 0; index < ops; index += 1) stamps.push(now);
    },
  };
}
