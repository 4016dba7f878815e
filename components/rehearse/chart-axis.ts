import type { RehearsalRecord, Scores } from '../../cards/rehearsal/history';

/** Score names short enough for a table column or a history row at 320 px. */
export const SHORT_SCORE_LABELS: Record<keyof Scores, string> = { impact: 'Impact', feasibility: 'Feasibility', tradeoff: 'Trade-offs' };

const dayOf = (time: number) => new Date(time).toDateString();

/**
 * How the chart names each rehearsal along its axis. Runs all on one day read
 * as times of day ("9:00 AM … 1:45 PM", the day said once in the caption);
 * runs over several days read as dates. "Dec 2 … Dec 2" tells nobody anything.
 */
export function axisLabels(records: Pick<RehearsalRecord, 'startedAt'>[], locale?: string) {
  const oneDay = records.length > 0 && records.every((record) => dayOf(record.startedAt) === dayOf(records[0]!.startedAt));
  const time = (at: number) => new Date(at).toLocaleTimeString(locale, { hour: 'numeric', minute: '2-digit' });
  const date = (at: number) => new Date(at).toLocaleDateString(locale, { month: 'short', day: 'numeric' });
  return {
    oneDay,
    /** The short label of one run on the axis and in the table. */
    label: oneDay ? time : date,
    /** The day, when every run shares it; said once rather than on every tick. */
    day: oneDay ? new Date(records[0]!.startedAt).toLocaleDateString(locale, { weekday: 'short', month: 'short', day: 'numeric' }) : undefined,
  };
}
