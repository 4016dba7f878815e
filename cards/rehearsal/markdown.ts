import { guardFormula } from '../spreadsheet-cell';
import { SCORE_KEYS, SCORE_LABELS, type RehearsalRecord } from './history';
import { formatClock, spokenDuration } from './timer';
import { REVIEW_DISCLAIMER, SIGNAL_LABELS } from '../transcript/review-words';
import type { TranscriptReview } from '../transcript/review-schema';

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
  if (record.review) lines.push('', ...reviewToMarkdown(record.review));
  return lines.join('\n') + '\n';
}

const STATUS_WORDS = { found: 'heard', late: 'heard late', missing: 'not heard' } as const;

/** A transcript review on its own (one made without a rehearsal), as Markdown. */
export function transcriptReviewToMarkdown(review: TranscriptReview): string {
  return reviewToMarkdown(review).join('\n') + '\n';
}

/** The transcript review: what was heard and when, and what to say instead. */
function reviewToMarkdown(review: TranscriptReview): string[] {
  const at = (ms: number | null) => (ms === null ? '' : ` at ${formatClock(ms)}`);
  const lines = ['### Transcript review', '', `_${REVIEW_DISCLAIMER}_`, ''];
  if (review.timed) {
    lines.push('| Lens | Heard at | Due by |', '| --- | --- | --- |');
    for (const lens of review.lenses) {
      lines.push(`| ${cell(lens.label)} | ${lens.atMs === null ? 'not heard' : formatClock(lens.atMs)} | ${lens.dueMs === null ? '–' : formatClock(lens.dueMs)} |`);
    }
    lines.push('');
  }
  for (const signal of review.signals) {
    lines.push(`- ${SIGNAL_LABELS[signal.signal]}: ${STATUS_WORDS[signal.status]}${at(signal.atMs)}${signal.sentence ? ` — “${inline(signal.sentence)}”` : ''}`);
  }
  if (review.levers.length > 0) {
    lines.push('', '#### Levers', '');
    for (const lever of review.levers) {
      lines.push(`- ${inline(lever.label)}: ${!lever.said ? 'not said' : lever.metric ? `said, tied to a metric` : `said, no metric tied (${inline(lever.kpi)})`}`);
    }
  }
  if (review.weak.length > 0) {
    lines.push('', '#### Weak phrasings', '');
    for (const weak of review.weak) lines.push(`- “${inline(weak.sentence)}”${at(weak.atMs)} → say: “${inline(weak.strong)}”`);
  }
  const per100 = (count: number) => (review.words === 0 ? 0 : Math.round((count * 1000) / review.words) / 10);
  lines.push('', `- Hedges: ${per100(review.hedges)} per 100 words; fillers: ${per100(review.fillers)} per 100 words`);
  if (review.pace.length > 0) lines.push(`- Pace: ${review.pace.map((entry) => `${entry.wpm}`).join(', ')} words a minute, minute by minute`);
  if (review.pauses.length > 0) lines.push(`- Pauses over 5 s: ${review.pauses.map((pause) => `${formatClock(pause.atMs)} (${Math.round(pause.lengthMs / 1000)} s)`).join(', ')}`);
  return lines;
}

// Titles are single lines in the summary; a newline would break the list.
const inline = (text: string) => text.replace(/\s*\n\s*/g, ' ');
// A pipe would split a table cell.
const cell = (text: string) => guardFormula(inline(text)).replaceAll('|', '\\|');
