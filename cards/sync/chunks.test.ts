import { describe, expect, it } from 'vitest';
import { joinRecord, splitRecord } from './chunks';
import { syncChunkKey, syncKey } from '../storage/storage-keys';
import { itemBytes, SYNC_BUDGET } from './quota';
import { cardRecord, note } from './records.fixtures';

const key = 'card:acme:essay';
// Quotes, backslashes, newlines and emoji cost more once escaped and encoded: the cut must count that.
const essay = 'He said "ship it" \\ then 🚀 went.\n'.repeat(700);

describe('cutting a big record into sync items', () => {
  it('keeps a small record as one item under its own key', () => {
    const record = cardRecord(note('short'));
    expect(splitRecord('card:acme:short', record, SYNC_BUDGET)).toEqual({ [syncKey('card:acme:short')]: record });
  });

  it('cuts a large card into pieces under the per-item limit and joins them back exactly', () => {
    const record = cardRecord(note('essay', essay), 42);
    const items = splitRecord(key, record, SYNC_BUDGET)!;
    const manifest = items[syncKey(key)] as { chunks: number; updatedAt: number };
    expect(manifest).toMatchObject({ updatedAt: 42 });
    expect(manifest.chunks).toBeGreaterThan(2);
    expect(Object.keys(items)).toHaveLength(manifest.chunks + 1);
    for (const [itemKey, value] of Object.entries(items)) expect(itemBytes(itemKey, value)).toBeLessThanOrEqual(SYNC_BUDGET.bytesPerItem);
    expect(joinRecord(key, manifest as never, items)).toEqual(record);
  });

  it('does not join while a piece is missing or from another version', () => {
    const items = splitRecord(key, cardRecord(note('essay', essay), 1), SYNC_BUDGET)!;
    const newer = splitRecord(key, cardRecord(note('essay', `${essay}more`), 2), SYNC_BUDGET)!;
    const manifest = newer[syncKey(key)] as never;
    const { [syncChunkKey(key, 1)]: _dropped, ...missing } = newer;
    expect(joinRecord(key, manifest, missing)).toBeUndefined();
    expect(joinRecord(key, manifest, { ...newer, [syncChunkKey(key, 0)]: items[syncChunkKey(key, 0)] })).toBeUndefined();
  });

  it('gives up on a card that would take more than the chunk cap', () => {
    expect(splitRecord(key, cardRecord(note('essay', 'x'.repeat(80_000))), SYNC_BUDGET)).toBeUndefined();
  });
});
