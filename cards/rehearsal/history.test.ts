import { fakeBrowser } from 'wxt/testing/fake-browser';
import { describe, expect, it, vi } from 'vitest';
import { keysAsked, spyOnGets } from '../storage/storage-gets.fixtures';
import { resolveCheckpoints } from './checkpoints';
import { appendRehearsal, attachReview, loadHistory, readHistory, recordFromSession, removeRehearsal, saveRehearsal, type RehearsalRecord } from './history';
import { sampleReview } from '../transcript/sample-review.fixtures';
import { createSession, nextFollowUp, toggleStepDone } from './session';
import { endTimer } from './timer';

const T0 = 1_700_000_000_000;
const steps = [
  { id: 'problem', title: 'Problem' },
  { id: 'constraints', title: 'Constraints' },
  { id: 'levers', title: 'Levers' },
];
const bank = [{ key: 'p/latency', promptId: 'p', question: 'Sub-second?', answerWith: 'follow-up-template/latency' }];

function finishedRecord(): RehearsalRecord {
  let session = createSession({
    now: T0,
    lengthMs: 60_000,
    deckId: 'default',
    prompt: { id: 'p', title: 'Flash sale', question: 'Design it.' },
    steps,
    checkpoints: resolveCheckpoints(
      [
        { stepId: 'problem', atSeconds: 3 },
        { stepId: 'constraints', atSeconds: 6 },
        { stepId: 'levers', atSeconds: 9 },
      ],
      steps,
    ),
    sound: false,
  });
  session = toggleStepDone(session, 'problem', T0 + 2000);
  session = toggleStepDone(session, 'constraints', T0 + 8000);
  session = nextFollowUp(session, bank);
  session = { ...session, timer: endTimer(session.timer, T0 + 20_000) };
  return recordFromSession(session, { impact: 4, feasibility: 3, tradeoff: 2 }, '  Slow on constraints.  ', bank, T0 + 99_000);
}

describe('rehearsal history', () => {
  it('builds a record with step durations, checkpoints hit or missed and scores', () => {
    const record = finishedRecord();
    expect(record.elapsedMs).toBe(20_000);
    expect(record.steps).toEqual([
      { stepId: 'problem', title: 'Problem', doneAtMs: 2000, durationMs: 2000 },
      { stepId: 'constraints', title: 'Constraints', doneAtMs: 8000, durationMs: 6000 },
      { stepId: 'levers', title: 'Levers', doneAtMs: null, durationMs: null },
    ]);
    expect(record.checkpoints.map((entry) => entry.hit)).toEqual([true, false, false]);
    expect(record.followUps).toEqual(['Sub-second?']);
    expect(record.note).toBe('Slow on constraints.');
  });

  it('stores each rehearsal under its own key and reads them back oldest first', async () => {
    const first = finishedRecord();
    const second = { ...first, id: 'r2', startedAt: first.startedAt + 86_400_000 };
    await appendRehearsal(second);
    await appendRehearsal(first);
    expect((await loadHistory()).map((entry) => entry.id)).toEqual([first.id, 'r2']);
    const all = await fakeBrowser.storage.local.get(null);
    expect(all[`rehearsal:${first.id}`]).toEqual(first);
    expect(all['rehearsal:r2']).toEqual(second);
    expect(all).not.toHaveProperty('rehearsalHistory');
  });

  it('reads garbage in an old list as an empty history instead of crashing', () => {
    expect(readHistory(undefined)).toEqual([]);
    expect(readHistory('not a list')).toEqual([]);
    expect(readHistory({ records: [] })).toEqual([]);
  });

  it('sets an unreadable record aside, once, and shows the others', async () => {
    const good = finishedRecord();
    await fakeBrowser.storage.local.set({ 'rehearsal:broken': { id: 'broken', scores: { impact: 9 } }, [`rehearsal:${good.id}`]: good });
    expect(await loadHistory(7)).toEqual([good]);
    expect(await loadHistory(8)).toEqual([good]);
    const all = await fakeBrowser.storage.local.get(null);
    expect(all).not.toHaveProperty('rehearsal:broken');
    const aside = Object.entries(all).filter(([key]) => key.startsWith('quarantine:rehearsal:broken@'));
    expect(aside).toHaveLength(1);
    expect(aside[0]![1]).toMatchObject({ key: 'rehearsal:broken', value: { id: 'broken', scores: { impact: 9 } }, at: 7 });
    expect((aside[0]![1] as { reason: string }).reason).toMatch(/^A saved rehearsal could not be read: /);
  });

  it('sets aside a record stored under another run\'s key instead of showing it twice', async () => {
    const good = finishedRecord();
    await fakeBrowser.storage.local.set({ [`rehearsal:${good.id}`]: good, 'rehearsal:copy': good });
    expect((await loadHistory()).map((record) => record.id)).toEqual([good.id]);
    const all = await fakeBrowser.storage.local.get(null);
    expect(Object.keys(all).filter((key) => key.startsWith('quarantine:rehearsal:copy@'))).toHaveLength(1);
  });

  it('sets aside what is unreadable under a run\'s key in the same write that saves the run there', async () => {
    const good = finishedRecord();
    await fakeBrowser.storage.local.set({ [`rehearsal:${good.id}`]: 'garbage' });
    await appendRehearsal(good, 42);
    const all = await fakeBrowser.storage.local.get(null);
    expect(all[`rehearsal:${good.id}`]).toEqual(good);
    expect(Object.values(all)).toContainEqual(expect.objectContaining({ key: `rehearsal:${good.id}`, value: 'garbage', at: 42 }));
  });

  it('refuses to store an invalid record', async () => {
    const bad = { ...finishedRecord(), scores: { impact: 0, feasibility: 3, tradeoff: 3 } };
    await expect(appendRehearsal(bad)).rejects.toThrow();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('removes one rehearsal, leaves unreadable ones alone, and puts it back on undo', async () => {
    const first = finishedRecord();
    const second = { ...finishedRecord(), id: 'r-second', startedAt: T0 + 3_600_000 };
    await fakeBrowser.storage.local.set({ [`rehearsal:${first.id}`]: first, 'rehearsal:r-second': second, 'rehearsal:x': { broken: true } });
    const removed = await removeRehearsal(first.id);
    expect(removed?.id).toBe(first.id);
    expect(await fakeBrowser.storage.local.get(`rehearsal:${first.id}`)).toEqual({});
    expect(await removeRehearsal('nowhere')).toBeUndefined();
    expect(await removeRehearsal('x')).toBeUndefined();
    expect(await fakeBrowser.storage.local.get('rehearsal:x')).toEqual({ 'rehearsal:x': { broken: true } });
    await appendRehearsal(removed!);
    expect((await loadHistory()).map((record) => record.id)).toEqual([first.id, 'r-second']);
  });

  it('saves a transcript review with its run, keeps it when the scores are saved again, and reads records from before reviews', async () => {
    const record = finishedRecord();
    await appendRehearsal(record);
    expect(await attachReview(record.id, sampleReview())).toBe(true);
    expect((await loadHistory())[0]!.review).toEqual(sampleReview());
    // A score form saved later (it carries no review) leaves the review in place.
    await saveRehearsal({ ...record, scores: { impact: 5, feasibility: 5, tradeoff: 5 } }, { scores: record.scores, note: record.note });
    const [saved] = await loadHistory();
    expect(saved!.scores.impact).toBe(5);
    expect(saved!.review?.signals).toHaveLength(3);
    expect(await attachReview('gone', sampleReview())).toBe(false);
    expect(record).not.toHaveProperty('review');
  });
});

describe('reading the history', () => {
  it('reads the rehearsals alone, not every deck stored beside them', async () => {
    await appendRehearsal(finishedRecord());
    await fakeBrowser.storage.local.set({ 'card:globex:a': { big: 'x'.repeat(1000) }, 'deck:globex': { id: 'globex' } });
    const asked = spyOnGets();
    expect(await loadHistory()).toHaveLength(1);
    vi.restoreAllMocks();
    const keys = keysAsked(asked);
    expect(keys).not.toContain(null);
    expect(keys.filter((key) => typeof key === 'string' && (key.startsWith('card:') || key.startsWith('deck:')))).toEqual([]);
  });
});
