import { describe, expect, it } from 'vitest';
import {
  checkpointStatus,
  defaultCheckpointPlan,
  formatDeadline,
  parseDeadline,
  missedCheckpoints,
  nextCheckpoint,
  phaseAt,
  resolveCheckpoints,
  type Checkpoint,
} from './checkpoints';

const steps = [
  { id: 'problem', title: 'Problem' },
  { id: 'constraints', title: 'Constraints' },
  { id: 'levers', title: 'Levers' },
  { id: 'close', title: 'Close' },
];
const checkpoints: Checkpoint[] = resolveCheckpoints(undefined, steps);

describe('pacing checkpoints', () => {
  it('default to problem by 3, constraints by 6, levers by 10 minutes', () => {
    expect(defaultCheckpointPlan(steps)).toEqual([
      { stepId: 'problem', atSeconds: 180 },
      { stepId: 'constraints', atSeconds: 360 },
      { stepId: 'levers', atSeconds: 600 },
    ]);
    expect(checkpoints.map((entry) => [entry.label, entry.atMs])).toEqual([
      ['Problem', 180_000],
      ['Constraints', 360_000],
      ['Levers', 600_000],
    ]);
  });

  it('keep those times for a run of 10 minutes or more, and scale them into a shorter run', () => {
    expect(resolveCheckpoints(undefined, steps, 35)).toEqual(checkpoints);
    expect(resolveCheckpoints(undefined, steps, 5).map((entry) => entry.atMs)).toEqual([90_000, 180_000, 300_000]);
    expect(resolveCheckpoints(undefined, steps, 0.25).map((entry) => entry.atMs)).toEqual([5_000, 9_000, 15_000]);
    // A plan of the user's own is theirs whatever the length.
    expect(resolveCheckpoints([{ stepId: 'problem', atSeconds: 240 }], steps, 5).map((entry) => entry.atMs)).toEqual([240_000]);
  });

  it('use the saved plan in time order, seconds allowed', () => {
    const plan = [
      { stepId: 'levers', atSeconds: 9 },
      { stepId: 'problem', atSeconds: 3 },
    ];
    expect(resolveCheckpoints(plan, steps).map((entry) => [entry.stepId, entry.atMs])).toEqual([
      ['problem', 3000],
      ['levers', 9000],
    ]);
  });

  it('fall back to the defaults when the plan names steps this deck lacks', () => {
    expect(resolveCheckpoints([{ stepId: 'elsewhere', atSeconds: 60 }], steps)).toEqual(checkpoints);
  });

  it('tell hit, late, missed and upcoming apart', () => {
    const problem = checkpoints[0]!;
    expect(checkpointStatus(problem, 100_000, 200_000)).toBe('hit');
    expect(checkpointStatus(problem, 180_000, 200_000)).toBe('hit');
    expect(checkpointStatus(problem, 190_000, 200_000)).toBe('late');
    expect(checkpointStatus(problem, undefined, 180_000)).toBe('missed');
    expect(checkpointStatus(problem, undefined, 179_999)).toBe('upcoming');
  });

  it('list the missed ones and the next deadline', () => {
    const done = { problem: 100_000 };
    expect(missedCheckpoints(checkpoints, done, 400_000).map((entry) => entry.stepId)).toEqual(['constraints']);
    expect(nextCheckpoint(checkpoints, done, 400_000)?.stepId).toBe('levers');
    expect(nextCheckpoint(checkpoints, done, 700_000)).toBeUndefined();
  });

  it('switch to follow-ups after the last checkpoint or once every step is done', () => {
    expect(phaseAt(checkpoints, {}, 599_999)).toBe('steps');
    expect(phaseAt(checkpoints, {}, 600_000)).toBe('follow-ups');
    expect(phaseAt(checkpoints, { problem: 1, constraints: 2, levers: 3 }, 10_000)).toBe('follow-ups');
    expect(phaseAt([], {}, 0)).toBe('follow-ups');
  });

  it('reads deadlines typed as minutes and seconds, and writes them back the same way', () => {
    expect(parseDeadline('2:30')).toBe(150);
    expect(parseDeadline(' 0:45 ')).toBe(45);
    expect(parseDeadline('3')).toBe(180);
    expect(parseDeadline('10:00')).toBe(600);
    expect(parseDeadline('')).toBeUndefined();
    expect(parseDeadline('   ')).toBeUndefined();
    for (const bad of ['0.5', '2:60', '2:5', 'abc', '-1', '1:2:3', '2.30']) expect(parseDeadline(bad), bad).toBeNull();
    expect(formatDeadline(150)).toBe('2:30');
    expect(formatDeadline(600)).toBe('10:00');
    // Plans saved by the decimal-minute form can hold tenths of a second.
    expect(formatDeadline(3.0)).toBe('0:03');
    expect(formatDeadline(29.6)).toBe('0:30');
    for (const seconds of [1, 59, 60, 61, 599, 3600]) expect(parseDeadline(formatDeadline(seconds))).toBe(seconds);
  });
});
