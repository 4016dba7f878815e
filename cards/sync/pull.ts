import { z } from '../zod-setup';
import { chunkManifestSchema, joinRecord } from './chunks';
import { goneAt, parseSyncKey } from './keys';
import { localRecords, localTombstones, parseRecord, withLocalTombstones, type SyncRecord } from './records';
import { aliveSince } from '../storage/stored-records';

export interface PullPlan {
  /** Records to write to local storage: newer than what this device holds. */
  set: Record<string, unknown>;
  /** Local keys a deletion marker newer than the local record says to remove. */
  remove: string[];
  /** Every deletion marker known after the pull (this device's and the synced ones). */
  tombstones: Record<string, number>;
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
 * A synced record is applied only when it is valid and strictly newer
 * (`updatedAt`) than the local one, so a change that arrives while the user is
 * editing never overwrites their newer edit, and our own writes echoing back
 * change nothing. A record sync lacks is never deleted for that reason: only a
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
  for (const remoteRecord of remoteRecords(remote)) {
    const incoming = withTimeAtMost(remoteRecord, latest);
    const here = mine.get(incoming.localKey);
    // A local value that does not validate is the store's to set aside, never ours to overwrite.
    const unreadable = !here && !deletedHere.has(incoming.localKey) && local[incoming.localKey] !== undefined;
    if (unreadable && Object.hasOwn(local, incoming.localKey)) continue;
    if (here && here.record.updatedAt >= incoming.record.updatedAt) continue;
    // A deletion takes only what existed when it was made: a copy written since outlives it.
    const gone = goneAt(tombstones, incoming.localKey);
    if (gone !== undefined && gone >= aliveSince(incoming.record)) continue;
    set[incoming.localKey] = incoming.record;
  }

  const remove = [...mine.values()]
    .filter(({ localKey, record }) => {
      const gone = goneAt(tombstones, localKey);
      return gone !== undefined && aliveSince(record) <= gone && !(localKey in set);
    })
    .map(({ localKey }) => localKey);

  return { set, remove, tombstones };
}

function withTimeAtMost(incoming: SyncRecord, latest: number): SyncRecord {
  const { updatedAt, createdAt } = incoming.record;
  if (updatedAt <= latest && (createdAt === undefined || createdAt <= latest)) return incoming;
  const times = { updatedAt: Math.min(updatedAt, latest), ...(createdAt === undefined ? {} : { createdAt: Math.min(createdAt, latest) }) };
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
