/**
 * Chrome's storage.sync quotas (Firefox's are the same or looser), and the
 * budget Sidecue plans against: a little under each limit, because Chrome
 * counts an item as its key plus its JSON in bytes and a plan that lands
 * exactly on a limit fails whole.
 */
export const SYNC_QUOTA = {
  bytes: 102_400,
  bytesPerItem: 8_192,
  maxItems: 512,
  writesPerMinute: 120,
  writesPerHour: 1_800,
} as const;

export interface SyncBudget {
  bytes: number;
  bytesPerItem: number;
  maxItems: number;
  /** The most chunks one card may take; a card larger than this stays on the device. */
  maxChunksPerCard: number;
}

export const SYNC_BUDGET: SyncBudget = {
  bytes: 100_000,
  bytesPerItem: 8_000,
  maxItems: 500,
  // 8 chunks ≈ 64 KB: one huge card should not push a whole deck out of sync.
  maxChunksPerCard: 8,
};

const encoder = new TextEncoder();

export function utf8Bytes(text: string): number {
  return encoder.encode(text).length;
}

/** What Chrome charges for one item: the key plus the value as JSON, in UTF-8 bytes. */
export function itemBytes(key: string, value: unknown): number {
  return utf8Bytes(key) + utf8Bytes(JSON.stringify(value));
}
