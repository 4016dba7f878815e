import type { z } from 'zod/mini';
import { phraseIssue } from '../../../cards/describe-issues';

/** What is wrong, by field path ("steps.0.cue"), worded without the path: "is empty". */
export type FieldErrors = Readonly<Record<string, string>>;

export const pathKey = (path: readonly PropertyKey[]) => path.map(String).join('.');

export function fieldErrors(issues: readonly z.core.$ZodIssue[]): FieldErrors {
  const out: Record<string, string> = {};
  for (const issue of issues) {
    const key = pathKey(issue.path);
    // The field's label says where; the message says what ("is empty").
    out[key] ??= phraseIssue(issue, issue.path.at(-1));
  }
  return out;
}

/** The first problem at `prefix` or in one of its entries ("line 3 is empty"), for fields that edit a list as text. */
export function errorWithin(errors: FieldErrors, prefix: string, entry = 'line'): string | undefined {
  if (errors[prefix]) return errors[prefix];
  for (const [key, message] of Object.entries(errors)) {
    if (!key.startsWith(`${prefix}.`)) continue;
    const index = Number(key.slice(prefix.length + 1).split('.')[0]);
    return Number.isInteger(index) ? `${entry} ${index + 1} ${message}` : message;
  }
  return undefined;
}

/** The errors of one item in a list, with paths relative to the item. */
export function errorsUnder(errors: FieldErrors, prefix: string): FieldErrors {
  const out: Record<string, string> = {};
  for (const [key, message] of Object.entries(errors)) {
    if (key.startsWith(`${prefix}.`)) out[key.slice(prefix.length + 1)] = message;
  }
  return out;
}

/** Whether anything at or inside `prefix` is wrong, to keep that part of the form open. */
export function hasErrorsUnder(errors: FieldErrors, prefix: string): boolean {
  return Object.keys(errors).some((key) => key === prefix || key.startsWith(`${prefix}.`));
}
