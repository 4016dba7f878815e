import { z } from '../zod-setup';
import { cardSchema, idSchema } from '../schema';
import { stripInvisible } from '../quote-value';

/**
 * The shapes kept in storage, each with `v` so a record written by an older
 * release is migrated when read (see ./record-migrations.ts).
 */
export const RECORD_VERSION = 1;

export const deckMetaSchema = z.object({
  v: z.literal(RECORD_VERSION),
  id: idSchema,
  name: z
    .string()
    .check(z.overwrite(stripInvisible), z.trim(), z.minLength(1, 'is empty'), z.maxLength(200, 'is longer than 200 characters')),
  description: z._default(z.string().check(z.maxLength(100_000)), ''),
  /** The shipped deck this one was copied from, for "Reset to default". */
  basedOn: z.optional(idSchema),
  createdAt: z.number(),
  updatedAt: z.number(),
});

export const cardRecordSchema = z.object({
  v: z.literal(RECORD_VERSION),
  /** Sort key: moving a card rewrites only its own record. */
  order: z.number(),
  updatedAt: z.number(),
  /**
   * When the record was written, where that is later than `updatedAt`: only
   * on the untouched cards of a copy of the shipped deck (see
   * ../editable-deck.ts), which carry time 0 so any real edit beats them, yet
   * must beat a deletion made before they existed. Absent elsewhere.
   */
  createdAt: z.optional(z.number()),
  /**
   * Per-field clocks (see ./field-clock.ts), so sync merges two devices'
   * edits of one card by field. Absent on records written whole.
   */
  fieldsAt: z.optional(z.number()),
  edits: z.optional(
    // Field names only: never `__proto__` or anything else that is not a card field's shape.
    z.record(z.string().check(z.regex(/^#?[a-zA-Z]{1,40}$/)), z.object({ at: z.number(), over: z.optional(z.number()) })),
  ),
  card: cardSchema,
});

export const quarantineEntrySchema = z.object({
  key: z.string(),
  value: z.unknown(),
  reason: z.string(),
  at: z.number(),
});

export type DeckMeta = z.infer<typeof deckMetaSchema>;
export type CardRecord = z.infer<typeof cardRecordSchema>;
export type QuarantineEntry = z.infer<typeof quarantineEntrySchema>;

/**
 * What a deleted deck or card leaves under its own key: written in the same
 * storage call that removes the record (one set, never a set then a remove),
 * so no restart, crash or stopped service worker between the two can bring
 * it back from sync. Sync reads these (see ../sync/records.ts); the store
 * skips them. A record saved again later (an undo) simply overwrites it.
 */
export const tombstoneSchema = z.object({
  v: z.literal(RECORD_VERSION),
  deletedAt: z.number(),
});

export type Tombstone = z.infer<typeof tombstoneSchema>;

export const tombstone = (deletedAt: number): Tombstone => ({ v: RECORD_VERSION, deletedAt });

export function isTombstone(value: unknown): value is Tombstone {
  return tombstoneSchema.safeParse(value).success;
}

/**
 * Since when a record has been there, to weigh it against a deletion of its
 * key: a deletion removes what existed when it was made, never a record
 * written after it. That is its last change, or its creation if later: a copy
 * of the shipped deck is stamped 0 (so it loses to every edit) but created
 * now (so it outlives the deletion of an earlier copy under the same keys).
 * Edits between records still compare `updatedAt` alone.
 */
export function aliveSince(record: DeckMeta | CardRecord): number {
  return Math.max(record.updatedAt, record.createdAt ?? 0);
}
