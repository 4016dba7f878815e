import { describe, expect, it } from 'vitest';
import { resolveCheckpoints } from './checkpoints';
import type { BankEntry } from './follow-up-bank';
import { createSession, currentFollowUp, firstOpenStep, nextFollowUp, readSession, rehearsalSession, toggleStepDone } from './session';
import { pauseTimer } from './timer';

const T0 = 1_700_000_000_000;
const steps = [
  { id: 'problem', title: 'Problem' },
  { id: 'constraints', title: 'Constraints' },
];
const session = createSession({
  now: T0,
  lengthMs: 60_000,
  deckId: 'default',
  prompt: { id: 'prompt-flash-sale', title: 'Flash sale', question: 'Design it.' },
  steps,
  checkpoints: resolveCheckpoints(undefined, steps),
  sound: false,
});
const bank: BankEntry[] = [
  { key: 'a/1', promptId: 'a', question: 'One?' },
  { key: 'a/2', promptId: 'a', question: 'Two?' },
];

describe('rehearsal session', () => {
  it('records the clock reading when a step is marked done, and undoes it', () => {
    const done = toggleStepDone(session, 'problem', T0 + 12_000);
    expect(done.stepsDone).toEqual({ problem: 12_000 });
    expect(firstOpenStep(done)).toBe('constraints');
    expect(toggleStepDone(done, 'problem', T0 + 20_000).stepsDone).toEqual({});
  });

  it('records paused time as the pause reading', () => {
    const paused = { ...session, timer: pauseTimer(session.timer, T0 + 5000) };
    expect(toggleStepDone(paused, 'problem', T0 + 50_000).stepsDone.problem).toBe(5000);
  });

  it('draws follow-ups without repeats and stops when spent', () => {
    const first = nextFollowUp(session, bank, () => 0);
    const second = nextFollowUp(first, bank, () => 0);
    expect(second.asked).toEqual(['a/1', 'a/2']);
    expect(currentFollowUp(second, bank)?.question).toBe('Two?');
    expect(nextFollowUp(second, bank)).toBe(second);
  });

  it("draws the rehearsed prompt's own follow-up before another prompt's", () => {
    const mixed: BankEntry[] = [{ key: 'prompt-watch-party/sync', promptId: 'prompt-watch-party', question: 'Sync?' }, ...bank, { key: 'prompt-flash-sale/cache', promptId: 'prompt-flash-sale', question: 'Cache?' }];
    const first = nextFollowUp(session, mixed, () => 0);
    expect(first.asked).toEqual(['prompt-flash-sale/cache']);
    expect(nextFollowUp(first, mixed, () => 0).asked.at(-1)).toBe('prompt-watch-party/sync');
  });

  it('survives storage round trips and rejects garbage', async () => {
    await rehearsalSession.setValue(session);
    expect(readSession(await rehearsalSession.getValue())).toEqual(session);
    expect(readSession({ id: 3 })).toBeNull();
    expect(readSession('nonsense')).toBeNull();
    expect(readSession(null)).toBeNull();
  });
});
