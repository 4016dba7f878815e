import { z } from '../zod-setup';
import { itemBytes, utf8Bytes, type SyncBudget } from './quota';
import { syncChunkKey, syncKey } from '../storage/storage-keys';

/**
 * A record too big for one sync item (8 KB) is stored as its JSON text cut
 * into pieces, with a small manifest under the record's own key. Another
 * browser may receive the pieces in separate change events, in any order, so
 * the manifest carries a checksum: a half-updated set is never assembled.
 */
export const chunkManifestSchema = z.object({
  chunks: z.number().check(z.int(), z.gte(1), z.lte(999)),
  sum: z.string(),
  updatedAt: z.number(),
});
export type ChunkManifest = z.infer<typeof chunkManifestSchema>;

/** The sync items for one record: itself, or a manifest and pieces; undefined if over the budget's chunk cap. */
export function splitRecord(
  localKey: string,
  record: { updatedAt: number },
  budget: SyncBudget,
): Record<string, unknown> | undefined {
  const key = syncKey(localKey);
  if (itemBytes(key, record) <= budget.bytesPerItem) return { [key]: record };

  const json = JSON.stringify(record);
  // Room for the piece's own JSON quotes and the longest chunk key we allow.
  const room = budget.bytesPerItem - utf8Bytes(syncChunkKey(localKey, 999)) - 2;
  const pieces: string[] = [];
  let piece = '';
  let cost = 0;
  for (const char of json) {
    // A character's cost as it will be stored: escaped inside a JSON string, in UTF-8.
    const charCost = utf8Bytes(JSON.stringify(char)) - 2;
    if (cost + charCost > room) {
      pieces.push(piece);
      piece = '';
      cost = 0;
    }
    piece += char;
    cost += charCost;
  }
  if (piece) pieces.push(piece);
  if (pieces.length > budget.maxChunksPerCard) return undefined;

  const manifest: ChunkManifest = { chunks: pieces.length, sum: checksum(json), updatedAt: record.updatedAt };
  const items: Record<string, unknown> = { [key]: manifest };
  pieces.forEach((text, index) => {
    items[syncChunkKey(localKey, index)] = text;
  });
  return items;
}

/** The record back from its pieces, or undefined while any piece is missing or stale. */
export function joinRecord(localKey: string, manifest: ChunkManifest, remote: Record<string, unknown>): unknown {
  let json = '';
  for (let index = 0; index < manifest.chunks; index += 1) {
    const piece = remote[syncChunkKey(localKey, index)];
    if (typeof piece !== 'string') return undefined;
    json += piece;
  }
  if (checksum(json) !== manifest.sum) return undefined;
  try {
    return JSON.parse(json);
  } catch {
    return undefined;
  }
}

/** FNV-1a, 32 bits: enough to tell a mixed set of pieces from a whole one; not a security measure. */
function checksum(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${text.length.toString(36)}-${hash.toString(36)}`;
}
