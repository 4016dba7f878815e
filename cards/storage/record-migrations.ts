import { RECORD_VERSION } from './stored-records';

/**
 * Upgrades a stored record to RECORD_VERSION, one named step per version, in
 * the manner of Refined GitHub's options-storage. Records with no `v` come from
 * the first draft of the store, which wrote the bare card or deck meta.
 */
type Migration = (record: Record<string, unknown>) => Record<string, unknown>;

const migrations: Record<number, Migration> = {
  1: recordsGotAVersion,
};

function recordsGotAVersion(record: Record<string, unknown>) {
  return { ...record, v: 1 };
}

export function migrateRecord(value: unknown): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  let record = value as Record<string, unknown>;
  let version = record.v === undefined ? 0 : record.v;
  // A record from a newer release is left as it is: validation sets it aside
  // rather than this release guessing at a shape it does not know. So is a
  // version no release wrote (-1e127, 0.5, "1"): counting up from it could
  // take forever, and only validation can say what is wrong.
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) return record;
  while (version < RECORD_VERSION) {
    version += 1;
    const step = migrations[version];
    if (step) record = step(record);
  }
  return record;
}
