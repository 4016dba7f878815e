import { SCORE_KEYS, type RehearsalRecord } from './history';
import { spokenDuration } from './timer';
import { guardFormula } from '../spreadsheet-cell';

/**
 * The history as CSV for a spreadsheet: one row per rehearsal, RFC 4180
 * quoting, CRLF line ends.
 */
export function historyToCsv(records: RehearsalRecord[]): string {
  const header = [
    'date',
    'prompt',
    'length_min',
    'elapsed_min',
    'impact',
    'feasibility',
    'tradeoff',
    'checkpoints_hit',
    'checkpoints_missed',
    'step_times',
    'note',
  ];
  const rows = records.map((record) => [
    new Date(record.startedAt).toISOString(),
    record.promptTitle,
    minutes(record.lengthMs),
    minutes(record.elapsedMs),
    ...SCORE_KEYS.map((key) => String(record.scores[key])),
    String(record.checkpoints.filter((entry) => entry.hit).length),
    String(record.checkpoints.filter((entry) => !entry.hit).length),
    record.steps
      .map((step) => `${step.title}: ${step.durationMs === null ? 'not done' : spokenDuration(step.durationMs)}`)
      .join('; '),
    record.note,
  ]);
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

const minutes = (ms: number) => String(Math.round(ms / 600) / 100);

// A cell a spreadsheet would read as a formula (=, +, -, @, tab, CR) is
// prefixed with an apostrophe: a note must never run as a formula.
export function csvCell(value: string): string {
  const safe = guardFormula(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
