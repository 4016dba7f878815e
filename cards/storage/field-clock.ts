import type { CardRecord } from './stored-records';
import { sameValue } from './same-value';

/**
 * Per-field clocks on a card record, so two devices that edited different
 * fields of one card both keep their edit when sync brings the records
 * together (see ../sync/merge-records.ts).
 *
 * A field's time is its entry in `edits`, else the record's `fieldsAt`, else
 * its `updatedAt`. A record written whole (a new card, an import, a reset, an
 * undo, or a record from a release before field clocks) has neither, so all
 * its fields carry its `updatedAt`: a deliberate whole write beats older
 * edits of any field, as it always did.
 *
 * An edit also keeps `over`, the time of the value it replaced. That is how a
 * device tells "they changed the text I wrote" (their `over` is my time) from
 * "they changed it without having seen my text" (their `over` is older): only
 * the second is a conflict to tell the user about.
 */
export interface FieldEdit {
  at: number;
  over?: number;
}

/** The card's place in its deck travels as a field of its own, so a move and an edit both survive. */
export const ORDER_FIELD = '#order';

/**
 * Every field the clocks cover: the card's own (its id and kind never differ between merged records) and its
 * place, sorted, so what is built from them comes out alike on every device.
 */
export function clockedFields(...records: CardRecord[]): string[] {
  const fields = new Set<string>([ORDER_FIELD]);
  for (const record of records) for (const field of Object.keys(record.card)) if (field !== 'id' && field !== 'kind') fields.add(field);
  return [...fields].sort();
}

export function fieldValue(record: CardRecord, field: string): unknown {
  if (field === ORDER_FIELD) return record.order;
  return Object.hasOwn(record.card, field) ? (record.card as Record<string, unknown>)[field] : undefined;
}

export function fieldEdit(record: CardRecord, field: string): FieldEdit | undefined {
  return record.edits && Object.hasOwn(record.edits, field) ? record.edits[field] : undefined;
}

export function fieldTime(record: CardRecord, field: string): number {
  return fieldEdit(record, field)?.at ?? baseTime(record);
}

/** The time of every field without an edit of its own. */
export function baseTime(record: CardRecord): number {
  return record.fieldsAt ?? record.updatedAt;
}

/**
 * The record to store for `card` at `order`, given what storage holds now:
 * the fields this write changes are stamped `now`, the others keep their
 * times. Without a stored record (a new card, one deleted elsewhere) the
 * write is whole and carries no clocks.
 */
export function stampFields(stored: CardRecord | undefined, next: CardRecord, now: number): CardRecord {
  if (!stored || stored.card.kind !== next.card.kind) return next;
  const edits: Record<string, FieldEdit> = Object.create(null) as Record<string, FieldEdit>;
  for (const field of clockedFields(stored, next)) {
    const before = fieldValue(stored, field);
    if (!sameValue(fieldValue(next, field), before)) edits[field] = { at: now, over: fieldTime(stored, field) };
    else if (fieldEdit(stored, field)) edits[field] = fieldEdit(stored, field)!;
  }
  return { ...next, fieldsAt: baseTime(stored), edits: { ...edits } };
}
