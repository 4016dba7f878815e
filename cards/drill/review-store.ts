import { browser } from 'wxt/browser';
import { describeIssues } from '../describe-issues';
import { setAsideRecords } from '../rehearsal/set-aside';
import { readMatching } from '../storage/read-matching';
import { fingerprint, sameValue } from '../storage/same-value';
import { quarantineKey, reviewDeckPrefix, reviewItemIdOfKey, reviewKey, REVIEW_PREFIX } from '../storage/storage-keys';
import { toStoreError } from '../storage/store-error';
import type { QuarantineEntry } from '../storage/stored-records';
import { withLock } from '../storage/with-lock';
import { LOG_LIMIT, reviewRecordSchema, type ReviewRecord } from './review-record';

/**
 * Reads one deck's review records. A record that cannot be read, or that
 * names another item than its key, is set aside (quarantine) when
 * `setAside` is on, never dropped; the item then simply starts over. The
 * background reads with it off: only the panel, where the user can see the
 * set-aside list, moves records.
 */
export async function loadReviews(deckId: string, now: number, { setAside = true } = {}): Promise<Map<string, ReviewRecord>> {
  const prefix = reviewDeckPrefix(deckId);
  const all = await readMatching((key) => key.startsWith(prefix));
  const records = new Map<string, ReviewRecord>();
  const broken = new Map<string, QuarantineEntry>();
  for (const [key, raw] of Object.entries(all)) {
    const itemId = reviewItemIdOfKey(key)!;
    const parsed = reviewRecordSchema.safeParse(raw);
    if (!parsed.success) {
      broken.set(key, { key, value: raw, reason: `A drill item's schedule could not be read: ${describeIssues(parsed.error.issues, 3, 'the schedule')}`, at: now });
    } else if (parsed.data.item !== itemId) {
      broken.set(key, { key, value: raw, reason: "It is a copy of another drill item's schedule.", at: now });
    } else {
      records.set(itemId, parsed.data);
    }
  }
  if (setAside) await setAsideRecords(broken);
  return records;
}

/**
 * Saves one graded item under its own key. Read, merge and write run under
 * the item's lock, so a grade given in another window meanwhile is not
 * overwritten unseen: the later grade schedules the item, and both grades
 * stay in its log. Something unreadable under the key is set aside in the
 * same write. A failure (storage full) is thrown in words; the caller keeps
 * the grade to try again (see review-outbox.ts).
 */
export async function saveReview(record: ReviewRecord, now: number): Promise<void> {
  const valid = reviewRecordSchema.parse(record);
  const key = reviewKey(valid.item);
  try {
    await withLock(key, async () => {
      const raw: unknown = (await browser.storage.local.get(key))[key];
      const items: Record<string, unknown> = {};
      const parsed = reviewRecordSchema.safeParse(raw);
      let next = valid;
      if (raw !== undefined && (!parsed.success || parsed.data.item !== valid.item)) {
        items[quarantineKey(key, fingerprint(raw))] = { key, value: raw, reason: "A drill item's schedule could not be read", at: now };
      } else if (parsed.success) {
        next = mergeReview(parsed.data, valid);
      }
      items[key] = next;
      await browser.storage.local.set(items);
    });
  } catch (error) {
    throw toStoreError(error, 'this grade');
  }
}

/** The newer grade schedules; the logs of both are kept (each grade once). */
export function mergeReview(stored: ReviewRecord, incoming: ReviewRecord): ReviewRecord {
  const newer = (incoming.lastReview ?? 0) >= (stored.lastReview ?? 0) ? incoming : stored;
  const log = [...stored.log];
  for (const entry of incoming.log) if (!log.some((known) => sameValue(known, entry))) log.push(entry);
  log.sort((a, b) => a.at - b.at);
  return { ...newer, log: log.slice(-LOG_LIMIT) };
}

/** Calls back whenever a review record changes, from this window or another. */
export function watchReviews(onChange: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && Object.keys(changes).some((key) => key.startsWith(REVIEW_PREFIX))) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
