import { browser } from 'wxt/browser';
import { describeIssues } from '../describe-issues';
import { fingerprint, sameValue } from '../storage/same-value';
import { quarantineKey, rehearsalKey, REHEARSAL_HISTORY_KEY as HISTORY_KEY } from '../storage/storage-keys';
import type { QuarantineEntry } from '../storage/stored-records';
import { rehearsalRecordSchema, type RehearsalRecord } from './history';

/**
 * Moves the one-list history of earlier releases into one record per
 * rehearsal. Every record, and every entry set aside, lands in ONE write;
 * only then is the list removed. A crash between the two leaves the list
 * beside its records: the next run finds each record already there with the
 * same value and writes nothing twice. Nothing is dropped: an entry that
 * cannot be read, an older save of the same run, or the list's copy of a run
 * that differs from its record is set aside (quarantine), like a broken card.
 */
export async function migrateHistory(now: number): Promise<void> {
  const list: unknown = (await browser.storage.local.get(HISTORY_KEY))[HISTORY_KEY];
  if (list === undefined) return;
  const items: Record<string, unknown> = {};
  const setAside = (value: unknown, reason: string, key = HISTORY_KEY) => {
    const entry: QuarantineEntry = { key, value, reason, at: now };
    items[quarantineKey(key, fingerprint(value))] = entry;
  };

  if (!Array.isArray(list)) {
    setAside(list, 'The rehearsal history was not a list');
  } else {
    // The last save of a run wins its record (releases before this one could append a run twice).
    const latest = new Map<string, RehearsalRecord>();
    for (const entry of list) {
      const parsed = rehearsalRecordSchema.safeParse(entry);
      if (!parsed.success) {
        setAside(entry, `A past rehearsal could not be read: ${describeIssues(parsed.error.issues, 3, 'the rehearsal')}`);
        continue;
      }
      const earlier = latest.get(parsed.data.id);
      if (earlier && !sameValue(earlier, parsed.data)) setAside(earlier, 'An earlier save of a rehearsal that was saved again');
      latest.set(parsed.data.id, parsed.data);
    }
    const existing = await browser.storage.local.get([...latest.keys()].map(rehearsalKey));
    for (const [id, record] of latest) {
      const key = rehearsalKey(id);
      if (existing[key] === undefined) {
        items[key] = record;
        continue;
      }
      const there = existing[key];
      // Written by an earlier, interrupted run of this migration: nothing to do.
      if (sameValue(there, record)) continue;
      if (rehearsalRecordSchema.safeParse(there).success) {
        // A record saved since (this release) is newer than the old list's copy.
        setAside(record, 'The old history held another version of this rehearsal');
      } else {
        // What is there cannot be read: keep it aside, and the list's readable copy takes its place.
        setAside(there, 'A saved rehearsal could not be read', key);
        items[key] = record;
      }
    }
  }
  if (Object.keys(items).length > 0) await browser.storage.local.set(items);
  await browser.storage.local.remove(HISTORY_KEY);
}
