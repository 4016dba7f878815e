import { guardFormula } from '../spreadsheet-cell';
import { SCORE_KEYS, SCORE_LABELS, type RehearsalRecord } from './history';
import { formatClock, spokenDuration } from './timer';

/** One rehearsal as Markdown, to paste into the user's own notes. */
export function rehearsalToMarkdown(record: RehearsalRecord): string {
  const date = new Date(record.startedAt).toISOString().slice(0, 16).replace('T', ' ');
  const lines = [
    `## Rehearsal: ${inline(record.promptTitle)}`,
    '',
    `- Date: ${date} UTC`,
    `- Time used: ${spokenDuration(record.elapsedMs)} of ${spokenDuration(record.lengthMs)}`,
    `- Checkpoints hit: ${record.checkpoints.filter((entry) => entry.hit).length} of ${record.checkpoints.length}`,
    '',
    '### Scores',
    '',
    ...SCORE_KEYS.map((key) => `- ${SCORE_LABELS[key]}: ${record.scores[key]}/5`),
    '',
    '### Steps',
    '',
    '| Step | Done at | Took |',
    '| --- | --- | --- |',
    ...record.steps.map(
      (step) =>
        `| ${cell(step.title)} | ${step.doneAtMs === null ? 'not done' : formatClock(step.doneAtMs)} | ${
          step.durationMs === null ? '–' : spokenDuration(step.durationMs)
        } |`,
    ),
  ];
  if (record.checkpoints.length > 0) {
    lines.push('', '### Checkpoints', '');
    for (const entry of record.checkpoints) {
      lines.push(`- [${entry.hit ? 'x' : ' '}] ${inline(entry.label)} by ${formatClock(entry.atMs)}${entry.hit ? '' : ' (missed)'}`);
    }
  }
  if (record.followUps.length > 0) {
    lines.push('', '### Follow-ups drilled', '', ...record.followUps.map((question) => `- ${inline(question)}`));
  }
  if (record.note) lines.push('', '### Note', '', record.note);
  return lines.join('\n') + '\n';
}

// Titles are single lines in the summary; a newline would break the list.
const inline = (text: string) => text.replace(/\s*\n\s*/g, ' ');
// A pipe would split a table cell.
const cell = (text: string) => guardFormula(inline(text)).replaceAll('|', '\\|');
