import { describe, expect, it } from 'vitest';
import { elapsedMs, endTimer, reopenTimer, formatClock, pauseTimer, remainingMs, resumeTimer, spokenDuration, startTimer } from './timer';

const MIN = 60_000;
const T0 = 1_700_000_000_000;

describe('rehearsal timer', () => {
  it('counts elapsed and remaining from the start', () => {
    const timer = startTimer(T0, 35 * MIN);
    expect(elapsedMs(timer, T0)).toBe(0);
    expect(elapsedMs(timer, T0 + 90_000)).toBe(90_000);
    expect(remainingMs(timer, T0 + 90_000)).toBe(35 * MIN - 90_000);
  });

  it('stands still while paused and carries on after resume', () => {
    const paused = pauseTimer(startTimer(T0, 35 * MIN), T0 + 2 * MIN);
    expect(elapsedMs(paused, T0 + 10 * MIN)).toBe(2 * MIN);
    const resumed = resumeTimer(paused, T0 + 10 * MIN);
    expect(elapsedMs(resumed, T0 + 11 * MIN)).toBe(3 * MIN);
  });

  it('adds up several pauses', () => {
    let timer = startTimer(T0, 35 * MIN);
    timer = resumeTimer(pauseTimer(timer, T0 + MIN), T0 + 2 * MIN);
    timer = resumeTimer(pauseTimer(timer, T0 + 3 * MIN), T0 + 5 * MIN);
    expect(elapsedMs(timer, T0 + 6 * MIN)).toBe(3 * MIN);
  });

  it('ignores a second pause and a resume while running', () => {
    const paused = pauseTimer(startTimer(T0, MIN), T0 + 1000);
    expect(pauseTimer(paused, T0 + 5000)).toBe(paused);
    const running = startTimer(T0, MIN);
    expect(resumeTimer(running, T0 + 5000)).toBe(running);
  });

  it('keeps wall-clock time across a sleep: a big jump in now is time spent', () => {
    const timer = startTimer(T0, 35 * MIN);
    const afterSleep = T0 + 5 * MIN + 2 * 3_600_000;
    expect(elapsedMs(timer, afterSleep)).toBe(2 * 3_600_000 + 5 * MIN);
    expect(remainingMs(timer, afterSleep)).toBeLessThan(0);
  });

  it('does not move while paused across a sleep', () => {
    const paused = pauseTimer(startTimer(T0, 35 * MIN), T0 + 4 * MIN);
    expect(elapsedMs(paused, T0 + 8 * 3_600_000)).toBe(4 * MIN);
  });

  it('never goes negative if the system clock goes back', () => {
    expect(elapsedMs(startTimer(T0, MIN), T0 - 5000)).toBe(0);
  });

  it('freezes when ended, at the pause if ended while paused', () => {
    const ended = endTimer(startTimer(T0, MIN), T0 + 30_000);
    expect(elapsedMs(ended, T0 + 999_999)).toBe(30_000);
    const endedPaused = endTimer(pauseTimer(startTimer(T0, MIN), T0 + 10_000), T0 + 50_000);
    expect(elapsedMs(endedPaused, T0 + 60_000)).toBe(10_000);
    expect(pauseTimer(ended, T0 + 40_000)).toBe(ended);
  });

  it('reopens an ended rehearsal paused where it ended', () => {
    const reopened = reopenTimer(endTimer(startTimer(T0, MIN), T0 + 30_000));
    expect(elapsedMs(reopened, T0 + 90_000)).toBe(30_000);
    expect(elapsedMs(resumeTimer(reopened, T0 + 90_000), T0 + 95_000)).toBe(35_000);
  });

  it('formats the clock', () => {
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(65_999)).toBe('1:05');
    expect(formatClock(-42_000)).toBe('-0:42');
    expect(formatClock(3_725_000)).toBe('1:02:05');
    expect(spokenDuration(125_000)).toBe('2 min 5 s');
    expect(spokenDuration(120_000)).toBe('2 min');
    expect(spokenDuration(9_000)).toBe('9 s');
  });
});
