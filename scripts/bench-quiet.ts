import { loadavg } from 'node:os';

/** The load a figure is measured at, by the targets' own terms ("at load under 1"). */
export const QUIET_LOAD = 1;

/**
 * Waits until the machine's 1-minute load average is under QUIET_LOAD, at
 * most `maxSeconds`, and says how long it waited. The bench's own Chromium
 * lifts the load as a part runs; without a pause the next rows would be
 * measured on a machine already busy with the last ones.
 */
export async function waitForQuiet(log: (line: string) => void, maxSeconds = 150): Promise<void> {
  const started = Date.now();
  while (loadavg()[0]! >= QUIET_LOAD && Date.now() - started < maxSeconds * 1000) {
    await new Promise((resolve) => setTimeout(resolve, 2000));
  }
  const waited = Math.round((Date.now() - started) / 1000);
  if (waited > 0) log(`waited ${waited} s for the load to settle: now ${loadavg()[0]!.toFixed(2)}`);
}
