import { storage } from '@wxt-dev/storage';
import { describe, expect, it } from 'vitest';
import { resolveCheckpoints } from './checkpoints';
import { appendRehearsal, readHistory, recordFromSession, rehearsalHistory, removeRehearsal, type RehearsalRecord } from './history';
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

  it('stores records and reads them back oldest first', async () => {
    const first = finishedRecord();
    const second = { ...first, id: 'r2', startedAt: first.startedAt + 86_400_000 };
    await appendRehearsal(second);
    await appendRehearsal(first);
    expect(readHistory(await rehearsalHistory.getValue()).map((entry) => entry.id)).toEqual([first.id, 'r2']);
  });

  it('reads garbage as an empty history instead of crashing', () => {
    expect(readHistory(undefined)).toEqual([]);
    expect(readHistory('not a list')).toEqual([]);
    expect(readHistory({ records: [] })).toEqual([]);
  });

  it('skips a bad entry but keeps the good ones and the bad one in storage', async () => {
    const good = finishedRecord();
    await rehearsalHistory.setValue([{ id: 'broken', scores: { impact: 9 } }, good]);
    expect(readHistory(await rehearsalHistory.getValue())).toEqual([good]);
    await appendRehearsal({ ...good, id: 'r3' });
    expect(await rehearsalHistory.getValue()).toHaveLength(3);
  });

  it('sets a non-list history aside in quarantine before writing', async () => {
    await storage.setItem('local:rehearsalHistory', 'garbage');
    await appendRehearsal(finishedRecord(), 42);
    expect(readHistory(await rehearsalHistory.getValue())).toHaveLength(1);
    expect(await storage.getItem('local:quarantine:rehearsalHistory@42')).toEqual({
      key: 'rehearsalHistory',
      value: 'garbage',
      reason: 'The rehearsal history was not a list',
      at: 42,
    });
  });

  it('refuses to store an invalid record', async () => {
    const bad = { ...finishedRecord(), scores: { impact: 0, feasibility: 3, tradeoff: 3 } };
    await expect(appendRehearsal(bad)).rejects.toThrow();
    expect(await rehearsalHistory.getValue()).toEqual([]);
  });

  it('removes one rehearsal, keeps unreadable entries, and puts it back on undo', async () => {
    const first = finishedRecord();
    const second = { ...finishedRecord(), id: 'r-second', startedAt: T0 + 3_600_000 };
    await rehearsalHistory.setValue([first, { broken: true }, second]);
    const removed = await removeRehearsal(first.id);
    expect(removed?.id).toBe(first.id);
    expect(await rehearsalHistory.getValue()).toEqual([{ broken: true }, second]);
    expect(await removeRehearsal('nowhere')).toBeUndefined();
    await appendRehearsal(removed!);
    expect(readHistory(await rehearsalHistory.getValue()).map((record) => record.id)).toEqual([first.id, 'r-second']);
  });
});
