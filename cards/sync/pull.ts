import { z } from '../zod-setup';
import { chunkManifestSchema, joinRecord } from './chunks';
import { goneAt, parseSyncKey } from './keys';
import { localRecords, localTombstones, parseRecord, withLocalTombstones, type SyncRecord } from './records';
import { aliveSince, type CardRecord } from '../storage/stored-records';
import { sameValue } from '../storage/same-value';
import { mergeCardRecords, type LostField } from './merge-records';

export interface PullPlan {
  /** Records to write to local storage: newer than what this device holds. */
  set: Record<string, unknown>;
  /** Local keys a deletion marker newer than the local record says to remove. */
  remove: string[];
  /** Every deletion marker known after the pull (this device's and the synced ones). */
  tombstones: Record<string, number>;
  /** Fields this device's edits lost to another device's, by local key, for the user to be offered back. */
  lost: Map<string, LostField[]>;
}

const tombstoneSchema = z.object({ at: z.number() });

/**
 * How far ahead of this device's clock another device's timestamps may be.
 * Beyond it a time is taken as "now + skew": a device whose clock runs fast,
 * or garbage in sync, must not win every comparison (or delete a card on
 * every device) for ever.
 */
export const MAX_CLOCK_SKEW_MS = 5 * 60_000;

/**
 * What this device takes from sync. Pure.
 *
 * A synced card is merged with the local one field by field (see
 * ./merge-records.ts), so edits of different fields on two devices both
 * survive and our own writes echoing back change nothing; a deck record is
 * applied only when valid and strictly newer (`updatedAt`). A record sync lacks is never deleted for that reason: only a
 * deletion marker newer than the local record removes it. Anything in sync
 * that does not validate (garbage, half-arrived chunks, a newer release's
 * records) is ignored.
 */
export function planPull(
  remote: Record<string, unknown>,
  local: Record<string, unknown>,
  knownTombstones: Record<string, number> = {},
  now = Date.now(),
): PullPlan {
  const latest = now + MAX_CLOCK_SKEW_MS;
  // The store's own tombstones count as this device's deletions.
  const tombstones = withLocalTombstones(knownTombstones, local);
  const deletedHere = localTombstones(local);
  for (const [key, value] of Object.entries(remote)) {
    const parsed = parseSyncKey(key);
    const marker = tombstoneSchema.safeParse(value);
    if (parsed.type === 'gone' && marker.success) {
      tombstones[parsed.localKey] = Math.max(tombstones[parsed.localKey] ?? 0, Math.min(marker.data.at, latest));
    }
  }

  const mine = localRecords(local);
  const set: Record<string, unknown> = {};
  const lost = new Map<string, LostField[]>();
  for (const remoteRecord of remoteRecords(remote)) {
    const incoming = withTimeAtMost(remoteRecord, latest);
    const here = mine.get(incoming.localKey);
    // A local value that does not validate is the store's to set aside, never ours to overwrite.
    const unreadable = !here && !deletedHere.has(incoming.localKey) && local[incoming.localKey] !== undefined;
    if (unreadable && Object.hasOwn(local, incoming.localKey)) continue;
    // A deletion takes only what existed when it was made: a copy written since outlives it.
    const gone = goneAt(tombstones, incoming.localKey);
    if (gone !== undefined && gone >= aliveSince(incoming.record)) continue;
    if (here && isCard(here) && isCard(incoming)) {
      // Two versions of one card: merged field by field, so both devices' edits survive.
      const merged = mergeCardRecords(here.record, incoming.record);
      if (sameValue(merged.record, here.record)) continue;
      set[incoming.localKey] = merged.record;
      if (merged.lost.length > 0) lost.set(incoming.localKey, merged.lost);
      continue;
    }
    if (here && here.record.updatedAt >= incoming.record.updatedAt) continue;
    set[incoming.localKey] = incoming.record;
  }

  const remove = [...mine.values()]
    .filter(({ localKey, record }) => {
      const gone = goneAt(tombstones, localKey);
      return gone !== undefined && aliveSince(record) <= gone && !(localKey in set);
    })
    .map(({ localKey }) => localKey);

  return { set, remove, tombstones, lost };
}

function isCard(entry: SyncRecord): entry is SyncRecord & { record: CardRecord } {
  return entry.cardId !== undefined;
}

/** Every time a record carries, its field clocks included, held to `latest`. */
function withTimeAtMost(incoming: SyncRecord, latest: number): SyncRecord {
  const { updatedAt, createdAt } = incoming.record;
  const edits = 'edits' in incoming.record ? incoming.record.edits : undefined;
  const fieldsAt = 'fieldsAt' in incoming.record ? incoming.record.fieldsAt : undefined;
  const late = (time: number | undefined) => time !== undefined && time > latest;
  if (!late(updatedAt) && !late(createdAt) && !late(fieldsAt) && !Object.values(edits ?? {}).some((edit) => late(edit.at))) return incoming;
  const cap = (time: number) => Math.min(time, latest);
  const times = {
    updatedAt: cap(updatedAt),
    ...(createdAt === undefined ? {} : { createdAt: cap(createdAt) }),
    ...(fieldsAt === undefined ? {} : { fieldsAt: cap(fieldsAt) }),
    ...(edits === undefined ? {} : { edits: Object.fromEntries(Object.entries(edits).map(([field, edit]) => [field, { ...edit, at: cap(edit.at) }])) }),
  };
  return { ...incoming, record: { ...incoming.record, ...times } } as SyncRecord;
}

/** Every valid record in a sync snapshot, chunked ones reassembled. */
export function remoteRecords(remote: Record<string, unknown>): SyncRecord[] {
  const records: SyncRecord[] = [];
  for (const [key, value] of Object.entries(remote)) {
    const parsed = parseSyncKey(key);
    if (parsed.type !== 'record') continue;
    const manifest = chunkManifestSchema.safeParse(value);
    const raw = manifest.success ? joinRecord(parsed.localKey, manifest.data, remote) : value;
    const record = raw === undefined ? undefined : parseRecord(parsed.localKey, raw);
    if (record) records.push(record);
  }
  return records;
}
