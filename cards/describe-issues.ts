import type { z } from 'zod';
import { quoteValue } from './quote-value';

/** zod's path in words: ['cards', 3, 'slots', 1, 'label'] → "cards[3].slots[1].label". */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, part) => {
    if (typeof part === 'number') return `${out}[${part}]`;
    return out ? `${out}.${String(part)}` : String(part);
  }, '');
}

/**
 * One issue as a sentence a user can act on: "cards[3].slots[1].label is
 * missing". `whole` names the value itself, for an issue with no path.
 */
export function describeIssue(issue: z.core.$ZodIssue, whole = 'the file'): string {
  const where = formatPath(issue.path) || whole;
  return `${where} ${phrase(issue)}`;
}

/** The first few issues, one a line, with a count of the rest. */
export function describeIssues(issues: readonly z.core.$ZodIssue[], limit = 5, whole = 'the file'): string {
  const lines = issues.slice(0, limit).map((issue) => describeIssue(issue, whole));
  if (issues.length > limit) lines.push(`…and ${issues.length - limit} more problems`);
  return lines.join('\n');
}

function phrase(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      // zod keeps the input out of issues unless asked; its message says it.
      if (issue.input === undefined && /received undefined$/.test(issue.message)) return 'is missing';
      return `should be ${article(issue.expected)}${issue.expected}`;
    case 'invalid_union':
      return 'does not match any allowed shape';
    case 'invalid_value':
      return `should be one of: ${issue.values.map((value) => quoteValue(value)).join(', ')}`;
    case 'unrecognized_keys':
      return `has unknown fields: ${issue.keys.join(', ')}`;
    default:
      // Our schemas word their own messages ("is empty", "is above 5").
      return issue.message;
  }
}

function article(expected: string) {
  return /^[aeiou]/.test(expected) ? 'an ' : 'a ';
}
