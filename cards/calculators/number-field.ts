import { z } from '../zod-setup';

export interface NumberBounds {
  min: number;
  max: number;
  /** Whole numbers only (counts of things). */
  integer?: boolean;
  /** Said after the bound in messages ("ms", "%"). */
  unit?: string;
}

const spoken = (value: number, unit = '') => `${value.toLocaleString('en-US')}${unit ? ` ${unit}` : ''}`;

/**
 * A number typed into a form: accepts "2,000,000" or "2 000 000", refuses
 * blanks, words, negatives and values past a sane ceiling, each with a
 * message that says what is wrong in the field's own terms.
 */
export function numberField({ min, max, integer = false, unit }: NumberBounds) {
  // A preprocess: the typed text becomes a number (or undefined) before it is checked.
  return z.pipe(
    z.transform((raw: unknown) => {
      if (typeof raw !== 'string') return raw;
      const compact = raw.trim().replace(/[,_\s]/g, '');
      return compact === '' ? undefined : Number(compact);
    }),
    z
      .number({ error: (issue) => (issue.input === undefined ? 'Enter a number.' : 'Enter a number (digits only).') })
      .check(
        z.refine((value) => !integer || Number.isInteger(value), 'Enter a whole number.'),
        z.refine((value) => value >= min, `Enter ${spoken(min, unit)} or more.`),
        z.refine((value) => value <= max, `That is more than ${spoken(max, unit)}; check the figure.`),
      ),
  );
}

/** A short label the user types (a hop's name, a cost line's name). */
export const labelField = z
  .string()
  .check(z.trim(), z.minLength(1, 'Give it a name.'), z.maxLength(60, 'Keep the name under 60 characters.'));
