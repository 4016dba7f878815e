import { baseTime, clockedFields, fieldEdit, fieldTime, fieldValue, ORDER_FIELD, type FieldEdit } from '../storage/field-clock';
import { sameValue } from '../storage/same-value';
import { cardRecordSchema, type CardRecord } from '../storage/stored-records';

/** A field this device's edit lost to another device's edit made without having seen it. */
export interface LostField {
  field: string;
  /** The text this device had, now replaced: offered back to the user. */
  mine: unknown;
}

export interface MergedRecords {
  record: CardRecord;
  lost: LostField[];
}

/**
 * Brings this device's card record and another device's together, field by
 * field: each field takes the value with the later clock (see
 * ../storage/field-clock.ts), so edits of different fields on two devices
 * both survive. A field both devices changed keeps the later edit; when
 * ours lost to an edit made without having seen ours, it is listed in `lost`
 * so the user can be told and given their text back.
 *
 * Pure, and the same on both devices: merging A into B gives what merging B
 * into A gives (ties go to the larger value, compared as JSON), so two
 * devices that pull each other's records agree after one round each.
 * Records of different kinds are not merged: the later one wins whole.
 */
export function mergeCardRecords(mine: CardRecord, theirs: CardRecord): MergedRecords {
  if (mine.card.kind !== theirs.card.kind) return { record: later(mine, theirs), lost: [] };
  const card: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  const times = new Map<string, { at: number; edit: FieldEdit | undefined }>();
  const lost: LostField[] = [];
  let order = mine.order;
  for (const field of clockedFields(mine, theirs)) {
    const ours = fieldValue(mine, field);
    const other = fieldValue(theirs, field);
    const ourTime = fieldTime(mine, field);
    const theirTime = fieldTime(theirs, field);
    const takeTheirs = sameValue(ours, other) ? theirTime > ourTime : wins(theirTime, other, ourTime, ours);
    const from = takeTheirs ? theirs : mine;
    const value = takeTheirs ? other : ours;
    const edit = ourTime === theirTime && sameValue(ours, other) ? either(fieldEdit(mine, field), fieldEdit(theirs, field)) : fieldEdit(from, field);
    times.set(field, { at: Math.max(ourTime, theirTime), edit });
    if (takeTheirs && !sameValue(ours, other) && unseen(fieldEdit(theirs, field), mine, field)) lost.push({ field, mine: ours });
    if (field === ORDER_FIELD) order = value as number;
    else if (value !== undefined) card[field] = value;
  }

  // One side ahead on every field (always so between records written whole): it is the merge, as stored.
  const fields = [...times.keys()];
  const ahead = (record: CardRecord, other: CardRecord) =>
    fields.every((field) => sameValue(fieldValue(record, field), field === ORDER_FIELD ? order : card[field]) && fieldTime(record, field) >= fieldTime(other, field));
  if (lost.length === 0 && ahead(mine, theirs) && mine.updatedAt >= theirs.updatedAt) return { record: mine, lost };
  if (ahead(theirs, mine) && theirs.updatedAt >= mine.updatedAt) return { record: theirs, lost };

  const fieldsAt = Math.min(baseTime(mine), baseTime(theirs));
  const edits: Record<string, FieldEdit> = {};
  for (const [field, { at, edit }] of times) if (at !== fieldsAt) edits[field] = { at, ...(edit?.over === undefined ? {} : { over: edit.over }) };
  const createdAt = Math.max(mine.createdAt ?? -Infinity, theirs.createdAt ?? -Infinity);
  const merged = cardRecordSchema.safeParse({
    v: mine.v,
    order,
    updatedAt: Math.max(mine.updatedAt, theirs.updatedAt),
    ...(Number.isFinite(createdAt) ? { createdAt } : {}),
    fieldsAt,
    edits,
    card: { ...card, id: mine.card.id, kind: mine.card.kind },
  });
  // Fields of one kind combine into a valid card; should a rule ever say otherwise, fall back to the later record.
  return merged.success ? { record: merged.data, lost } : { record: later(mine, theirs), lost: [] };
}

/** Of two edits at one time to one value, the same one on both devices (else they would trade records for ever). */
function either(a: FieldEdit | undefined, b: FieldEdit | undefined): FieldEdit | undefined {
  return (b?.over ?? -Infinity) > (a?.over ?? -Infinity) ? b : a;
}

/** Whether their value beats ours: the later clock, or on a tie the larger value, so both devices choose alike. */
function wins(theirTime: number, theirValue: unknown, ourTime: number, ourValue: unknown): boolean {
  if (theirTime !== ourTime) return theirTime > ourTime;
  return JSON.stringify(theirValue ?? null) > JSON.stringify(ourValue ?? null);
}

/**
 * Their edit replaced a value older than ours, so it was made without seeing
 * what we wrote: ours was typed here (an edit of its own), and is now gone.
 */
function unseen(theirEdit: FieldEdit | undefined, mine: CardRecord, field: string): boolean {
  return theirEdit?.over !== undefined && fieldEdit(mine, field) !== undefined && theirEdit.over < fieldTime(mine, field);
}

function later(a: CardRecord, b: CardRecord): CardRecord {
  if (a.updatedAt !== b.updatedAt) return a.updatedAt > b.updatedAt ? a : b;
  return JSON.stringify(a) >= JSON.stringify(b) ? a : b;
}
