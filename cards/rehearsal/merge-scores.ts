import type { RehearsalRecord, Scores } from './history';

/** What a score form started from: nothing scored, no note (the form opens blank). */
export interface ScoreDraft {
  scores: Partial<Scores>;
  note: string;
}
export const BLANK_DRAFT: ScoreDraft = { scores: {}, note: '' };

export type ScoreField = keyof Scores | 'note';

/** A field two windows both set: this save's value was kept; the other window's is given back. */
export interface ScoreConflict {
  field: ScoreField;
  theirs: number | string;
}

const SCORE_FIELDS: (keyof Scores)[] = ['impact', 'feasibility', 'tradeoff'];

/**
 * A three-way merge of one rehearsal's scores and note, as ../storage/merge-card.ts
 * does for cards. `base` is what this window's form started from, `mine` the
 * record it saves, `stored` what another window saved for the same run
 * meanwhile. A field only one side set keeps that side's value; a field both
 * set differently keeps this (later) save and is reported, never dropped.
 */
export function mergeScores(
  base: ScoreDraft,
  mine: RehearsalRecord,
  stored: RehearsalRecord | undefined,
): { record: RehearsalRecord; conflicts: ScoreConflict[] } {
  if (!stored) return { record: mine, conflicts: [] };
  const conflicts: ScoreConflict[] = [];
  const scores = { ...mine.scores };
  for (const field of SCORE_FIELDS) {
    const was = base.scores[field];
    const ours = mine.scores[field];
    const theirs = stored.scores[field];
    const weChanged = ours !== was;
    if (!weChanged) scores[field] = theirs;
    else if (theirs !== was && theirs !== ours) conflicts.push({ field, theirs });
  }
  const wasNote = base.note.trim();
  let note = mine.note;
  if (mine.note === wasNote) note = stored.note;
  else if (stored.note !== wasNote && stored.note !== mine.note) conflicts.push({ field: 'note', theirs: stored.note });
  // A review is attached on its own (history.ts attachReview); a score form never carries one, so the stored one stays.
  const review = mine.review ?? stored.review;
  return { record: { ...mine, scores, note, ...(review ? { review } : {}) }, conflicts };
}

const FIELD_WORDS: Record<ScoreField, string> = {
  impact: 'impact awareness',
  feasibility: 'feasibility reasoning',
  tradeoff: 'trade-off rigor',
  note: 'the note',
};

function theirText(conflict: ScoreConflict): string {
  if (typeof conflict.theirs === 'number') return `${conflict.theirs}`;
  const text = conflict.theirs;
  if (text === '') return 'empty';
  return text.length > 120 ? `“${text.slice(0, 120)}…”` : `“${text}”`;
}

/**
 * A sentence for the window whose save replaced another window's scores for
 * the same run: its own were kept, and the other window's are said back so
 * the user can take them over. Undefined when nothing collided.
 */
export function scoreConflictNotice(conflicts: readonly ScoreConflict[]): string | undefined {
  if (conflicts.length === 0) return undefined;
  const parts = conflicts.map((conflict) => `${FIELD_WORDS[conflict.field]} was ${theirText(conflict)}`);
  return `Saved. Another window scored this rehearsal at the same time and your scores were kept; there, ${parts.join('; ')}.`;
}
