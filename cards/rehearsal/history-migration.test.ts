import { fakeBrowser } from 'wxt/testing/fake-browser';
import { describe, expect, it } from 'vitest';
import { appendRehearsal, loadHistory, removeRehearsal, type RehearsalRecord } from './history';
import { migrateHistory } from './history-migration';
import { sampleRecord } from './sample-record.fixtures';

// Installs from before issue 18 keep every finished rehearsal in one list
// under "rehearsalHistory". These fixtures lay out such an install, as it was
// left, and check that moving to one record per run loses nothing.

const run = (id: string, hours: number, note = ''): RehearsalRecord => ({
  ...sampleRecord,
  id,
  startedAt: sampleRecord.startedAt + hours * 3_600_000,
  note,
});
const local = () => fakeBrowser.storage.local.get(null);
const setAside = (all: Record<string, unknown>) =>
  Object.entries(all)
    .filter(([key]) => key.startsWith('quarantine:'))
    .map(([, entry]) => entry as { key: string; value: unknown; reason: string });

describe('moving the one-list history to one record per rehearsal', () => {
  it('gives each run of the old list its own record and removes the list', async () => {
    const runs = [run('r1', 0), run('r2', 1, 'second'), run('r3', 2)];
    await fakeBrowser.storage.local.set({ rehearsalHistory: runs });
    expect(await loadHistory()).toEqual(runs);
    const all = await local();
    expect(all).not.toHaveProperty('rehearsalHistory');
    for (const entry of runs) expect(all[`rehearsal:${entry.id}`]).toEqual(entry);
  });

  it('sets an unreadable entry of the list aside, with a reason in words, and keeps the rest', async () => {
    await fakeBrowser.storage.local.set({ rehearsalHistory: [{ id: 'broken', scores: { impact: 9 } }, run('r1', 0)] });
    expect((await loadHistory()).map((entry) => entry.id)).toEqual(['r1']);
    const aside = setAside(await local());
    expect(aside).toEqual([
      expect.objectContaining({ key: 'rehearsalHistory', value: { id: 'broken', scores: { impact: 9 } } }),
    ]);
    expect(aside[0]!.reason).toMatch(/^A past rehearsal could not be read: /);
    expect(aside[0]!.reason).not.toMatch(/scores\.impact|\[\d\]/);
  });

  it('sets a history that is not a list aside whole', async () => {
    await fakeBrowser.storage.local.set({ rehearsalHistory: 'garbage' });
    expect(await loadHistory()).toEqual([]);
    const all = await local();
    expect(all).not.toHaveProperty('rehearsalHistory');
    expect(setAside(all)).toEqual([expect.objectContaining({ key: 'rehearsalHistory', value: 'garbage', reason: 'The rehearsal history was not a list' })]);
  });

  it('leaves a history set aside by an earlier release where it is, and still migrates the list', async () => {
    const earlier = { key: 'rehearsalHistory', value: 'garbage', reason: 'The rehearsal history was not a list', at: 42 };
    await fakeBrowser.storage.local.set({ 'quarantine:rehearsalHistory@42': earlier, rehearsalHistory: [run('r1', 0)] });
    expect((await loadHistory()).map((entry) => entry.id)).toEqual(['r1']);
    expect((await local())['quarantine:rehearsalHistory@42']).toEqual(earlier);
  });

  it('finishes a migration a crash interrupted: records already written are not doubled, none is lost', async () => {
    const runs = [run('r1', 0), run('r2', 1), run('r3', 2)];
    // The one write landed for r1 and r2 of an earlier list, then the browser quit before the list was removed.
    await fakeBrowser.storage.local.set({ rehearsalHistory: runs, 'rehearsal:r1': runs[0], 'rehearsal:r2': runs[1] });
    expect(await loadHistory()).toEqual(runs);
    const all = await local();
    expect(Object.keys(all).sort()).toEqual(['rehearsal:r1', 'rehearsal:r2', 'rehearsal:r3']);
  });

  it('keeps a record saved since, and sets the list\'s other version of it aside', async () => {
    const listed = run('r1', 0, 'from the list');
    const newer = run('r1', 0, 'saved since');
    await fakeBrowser.storage.local.set({ rehearsalHistory: [listed], 'rehearsal:r1': newer });
    expect(await loadHistory()).toEqual([newer]);
    expect(setAside(await local())).toEqual([expect.objectContaining({ key: 'rehearsalHistory', value: listed })]);
  });

  it('a run the old list held twice keeps its last save, and the other is set aside', async () => {
    const first = run('r1', 0, 'first save');
    const second = run('r1', 0, 'second save');
    await fakeBrowser.storage.local.set({ rehearsalHistory: [first, second, second] });
    expect(await loadHistory()).toEqual([second]);
    expect(setAside(await local())).toEqual([expect.objectContaining({ value: first })]);
  });

  it('migrates before a save or a deletion, so neither brings the list back', async () => {
    await fakeBrowser.storage.local.set({ rehearsalHistory: [run('r1', 0), run('r2', 1)] });
    expect((await removeRehearsal('r1'))?.id).toBe('r1');
    await appendRehearsal(run('r3', 2));
    expect((await loadHistory()).map((entry) => entry.id)).toEqual(['r2', 'r3']);
    expect(await local()).not.toHaveProperty('rehearsalHistory');
  });

  it('still shows the old list when the migration cannot be written (storage full)', async () => {
    await fakeBrowser.storage.local.set({ rehearsalHistory: [run('r1', 0)] });
    const set = fakeBrowser.storage.local.set;
    fakeBrowser.storage.local.set = () => Promise.reject(new Error('QUOTA_BYTES quota exceeded'));
    try {
      await expect(migrateHistory(1)).rejects.toThrow();
      expect((await loadHistory()).map((entry) => entry.id)).toEqual(['r1']);
      await expect(appendRehearsal(run('r2', 1))).rejects.toThrow(/^Storage is full, so this rehearsal was not saved\./);
    } finally {
      fakeBrowser.storage.local.set = set;
    }
    expect((await local()).rehearsalHistory).toEqual([run('r1', 0)]);
  });
});
