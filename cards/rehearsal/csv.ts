import { SCORE_KEYS, type RehearsalRecord } from './history';
import { spokenDuration } from './timer';
import { guardFormula } from '../spreadsheet-cell';
import { SIGNAL_IDS } from '../transcript/review-schema';

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
    // From the transcript review, when the run has one: found, late or missing.
    'signal_impact',
    'signal_feasibility',
    'signal_tradeoff',
    'weak_phrasings',
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
    ...SIGNAL_IDS.map((signal) => record.review?.signals.find((entry) => entry.signal === signal)?.status ?? ''),
    record.review ? String(record.review.weak.length) : '',
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
