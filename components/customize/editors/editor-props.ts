import type { FieldErrors } from './field-errors';

/** What every per-kind form gets: the draft, a way to change it, and what is wrong with it. */
export interface EditorProps<C> {
  card: C;
  onChange(next: C): void;
  errors: FieldErrors;
}
