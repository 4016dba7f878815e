import type { z } from 'zod/mini';

/** What every calculator ends in: a sentence to say, and how it was reached. */
export interface CalculatorResult {
  /** Ready to say aloud or paste on the board. */
  sentence: string;
  /** The arithmetic with the user's figures in it. */
  formula: string;
  assumptions: string[];
}

export type Validated<T> = { ok: true; value: T } | { ok: false; errors: Record<string, string> };

/**
 * Parses form input; on failure, the first message for each field, keyed by
 * its path ("hops.2.ms"), so the form can mark exactly that field.
 */
export function validateInputs<S extends z.ZodMiniType>(schema: S, raw: unknown): Validated<z.output<S>> {
  const result = schema.safeParse(raw);
  if (result.success) return { ok: true, value: result.data };
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const key = issue.path.map(String).join('.');
    errors[key] ??= issue.message;
  }
  return { ok: false, errors };
}
