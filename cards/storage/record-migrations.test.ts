import { describe, expect, it } from 'vitest';
import { migrateRecord } from './record-migrations';
import { RECORD_VERSION } from './stored-records';

describe('migrateRecord', () => {
  it('gives a record from the first draft (no version) the current version', () => {
    expect(migrateRecord({ id: 'a' })).toEqual({ id: 'a', v: RECORD_VERSION });
  });

  it('leaves current, newer and non-records as they are', () => {
    expect(migrateRecord({ v: RECORD_VERSION, id: 'a' })).toEqual({ v: RECORD_VERSION, id: 'a' });
    expect(migrateRecord({ v: RECORD_VERSION + 5 })).toEqual({ v: RECORD_VERSION + 5 });
    for (const value of [null, 'text', 42, [1, 2]]) expect(migrateRecord(value)).toEqual(value);
  });

  // Found by the storage-faults property test: counting up from -2.6e127 never
  // arrives (adding 1 does not change it), and the panel froze on that record.
  it('returns at once, unchanged, for a version no release wrote', () => {
    // -1e9 first: were the guard lost, it would fail in a second instead of hanging on the next.
    for (const v of [-1e9, -2.5747336357996174e127, -1, 0.5, Number.NaN, '1', null, true]) {
      expect(migrateRecord({ v, id: 'a' })).toEqual({ v, id: 'a' });
    }
  });
});
