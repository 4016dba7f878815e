import { lazy, Suspense, useEffect, useState } from 'react';
import { historyToCsv } from '../../cards/rehearsal/csv';
import { Copy } from '../shared/icons';
import { appendRehearsal, loadHistory, removeRehearsal, SCORE_KEYS, watchHistory, type RehearsalRecord } from '../../cards/rehearsal/history';
import { rehearsalToMarkdown } from '../../cards/rehearsal/markdown';
import { spokenDuration } from '../../cards/rehearsal/timer';
import { copyText } from '../shared/copy-text';
import { downloadFile } from '../shared/download-file';
import { OverflowMenu } from '../shared/OverflowMenu';
import type { UndoOffer } from '../shared/UndoToast';
import { SHORT_SCORE_LABELS } from './chart-axis';
import { ScoreChart } from './ScoreChart';
import type { Deck } from '../../cards/schema';
import { useTranscriptDrop } from './use-transcript-drop';
import { followLatest } from '../../cards/follow-latest';

// The review (its parsers, rules and report) loads when first asked for, never with the panel.
const TranscriptReviewPanel = lazy(() => import('./TranscriptReviewPanel').then((m) => ({ default: m.TranscriptReviewPanel })));
const ReviewReport = lazy(() => import('./ReviewReport').then((m) => ({ default: m.ReviewReport })));

interface Props {
  announce(message: string): void;
  offerUndo(offer: UndoOffer): void;
  /** The rehearsal just saved, shown first and marked. */
  justSaved: string | undefined;
  /** The deck whose rules a transcript is reviewed by. */
  deck: Deck;
  /** Opens a card in its own section (a weak phrasing's card). */
  openCard(cardId: string): void;
}

const SHOWN = 8;
const fileDate = (time: number) => new Date(time).toISOString().slice(0, 10);

const when = (time: number) => new Date(time).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/**
 * Past rehearsals: a chart of the scores, the list, and exports. Each row shows
 * Copy; the rest is in its menu, transcript review included. The run just
 * saved offers the review outright, and takes a transcript dropped on the panel.
 */
export function RehearsalHistory({ announce, offerUndo, justSaved, deck, openCard }: Props) {
  const [records, setRecords] = useState<RehearsalRecord[]>();
  const [showAll, setShowAll] = useState(false);
  // The run whose transcript is being reviewed, the file dropped for it, and the saved reviews opened.
  const [reviewing, setReviewing] = useState<string>();
  const [dropped, setDropped] = useState<File>();
  const [opened, setOpened] = useState<ReadonlySet<string>>(new Set());
  // A transcript reviewed on its own, belonging to no run.
  const [alone, setAlone] = useState(false);
  const dropTarget = reviewing ?? (justSaved && records?.some((record) => record.id === justSaved) ? justSaved : undefined);
  const dragging = useTranscriptDrop(alone || dropTarget !== undefined, (file) => {
    if (!alone) setReviewing(dropTarget);
    setDropped(file);
  }, announce);
  const toggleReport = (id: string) =>
    setOpened((shown) => {
      const next = new Set(shown);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const startReview = (id: string) => {
    setDropped(undefined);
    setAlone(false);
    setReviewing(id);
  };
  const aloneReview = alone ? (
    <Suspense fallback={<p className="loading">Loading the review…</p>}>
      <TranscriptReviewPanel
        record={undefined}
        deck={deck}
        dropped={dropped}
        announce={announce}
        openCard={openCard}
        onClose={() => {
          setAlone(false);
          setDropped(undefined);
        }}
      />
    </Suspense>
  ) : (
    <button
      type="button"
      className="rehearse-quiet-button"
      onClick={() => {
        setReviewing(undefined);
        setDropped(undefined);
        setAlone(true);
      }}
    >
      Review a transcript on its own
    </button>
  );

  useEffect(
    () =>
      followLatest(watchHistory, loadHistory, setRecords, (error) => {
        console.error('Sidecue: could not read the rehearsal history', error);
        setRecords((shown) => shown ?? []);
      }).stop,
    [],
  );

  if (!records) return null;
  const newestFirst = [...records].reverse();
  const shown = showAll ? newestFirst : newestFirst.slice(0, SHOWN);

  const copySummary = async (record: RehearsalRecord) => {
    try {
      await copyText(rehearsalToMarkdown(record));
      announce('Summary copied as Markdown');
    } catch {
      announce('Could not copy; use Download instead');
    }
  };

  // One click (in the row's menu) and it is gone; Undo puts the very record back.
  const remove = async (record: RehearsalRecord) => {
    let removed: RehearsalRecord | undefined;
    try {
      removed = await removeRehearsal(record.id);
    } catch (error) {
      announce(error instanceof Error ? error.message : 'Could not delete this rehearsal');
      return;
    }
    if (!removed) return;
    offerUndo({
      message: 'Rehearsal deleted from your history',
      undo: async () => {
        await appendRehearsal(removed);
      },
    });
  };

  return (
    <section className="rehearse-history" aria-labelledby="rehearse-history-title">
      <h3 id="rehearse-history-title">History</h3>
      {records.length === 0 ? (
        <>
          <p className="rehearse-hint">No rehearsals yet. Your scores will show here as a chart.</p>
          {aloneReview}
        </>
      ) : (
        <>
          <ScoreChart records={records} />
          <ol className="rehearse-history-list" aria-label="Past rehearsals, newest first">
            {shown.map((record) => (
              <li key={record.id} className={record.id === justSaved ? 'is-new' : undefined}>
                <article aria-labelledby={`rehearsal-${record.id}`} data-testid="rehearsal-row">
                  <div className="rehearse-history-head">
                    <h4 id={`rehearsal-${record.id}`}>
                      {record.promptTitle}
                      {record.id === justSaved && <span className="badge rehearse-badge">just saved</span>}
                    </h4>
                    <button type="button" className="rehearse-row-action" onClick={() => void copySummary(record)}>
                      <Copy aria-hidden="true" size={16} />
                      <span className="rehearse-row-action-text">Copy</span>
                      <span className="visually-hidden"> summary of {record.promptTitle}, {when(record.startedAt)}</span>
                    </button>
                    <OverflowMenu
                      label={`More actions for ${record.promptTitle}, ${when(record.startedAt)}`}
                      actions={[
                        { label: record.review ? 'Review another transcript' : 'Review a transcript', onSelect: () => startReview(record.id) },
                        {
                          label: 'Download as Markdown',
                          onSelect: () =>
                            downloadFile(`sidecue-rehearsal-${fileDate(record.startedAt)}.md`, rehearsalToMarkdown(record), 'text/markdown'),
                        },
                        { label: 'Delete from history', danger: true, onSelect: () => void remove(record) },
                      ]}
                    />
                  </div>
                  <p className="rehearse-hint">
                    {when(record.startedAt)} · {spokenDuration(record.elapsedMs)} · {record.checkpoints.filter((entry) => entry.hit).length}{' '}
                    of {record.checkpoints.length} checkpoints hit
                  </p>
                  <dl className="rehearse-scores">
                    {SCORE_KEYS.map((key) => (
                      <div key={key}>
                        <dt>{SHORT_SCORE_LABELS[key]}</dt>
                        <dd>{record.scores[key]}/5</dd>
                      </div>
                    ))}
                  </dl>
                  {record.note && <p className="rehearse-note">{record.note}</p>}
                  {record.review && reviewing !== record.id && (
                    <p className="rehearse-review-line">
                      <span>
                        Transcript: {record.review.signals.filter((signal) => signal.status === 'found').length} of {record.review.signals.length} signals on time ·{' '}
                        {record.review.weak.length} weak {record.review.weak.length === 1 ? 'phrasing' : 'phrasings'}
                      </span>{' '}
                      <button
                        type="button"
                        className="rehearse-quiet-button"
                        aria-expanded={opened.has(record.id)}
                        aria-controls={`review-${record.id}`}
                        onClick={() => toggleReport(record.id)}
                      >
                        {opened.has(record.id) ? 'Hide review' : 'Show review'}
                      </button>
                    </p>
                  )}
                  {record.review && reviewing !== record.id && opened.has(record.id) && (
                    <div id={`review-${record.id}`}>
                      <Suspense fallback={<p className="loading">Loading the review…</p>}>
                        <ReviewReport review={record.review} openCard={openCard} />
                      </Suspense>
                    </div>
                  )}
                  {reviewing === record.id ? (
                    <Suspense fallback={<p className="loading">Loading the review…</p>}>
                      <TranscriptReviewPanel
                        record={record}
                        deck={deck}
                        dropped={dropped}
                        announce={announce}
                        openCard={openCard}
                        onClose={() => {
                          setReviewing(undefined);
                          setDropped(undefined);
                        }}
                      />
                    </Suspense>
                  ) : (
                    record.id === justSaved &&
                    !record.review && (
                      <p className={dragging ? 'rehearse-review-offer is-dragging' : 'rehearse-review-offer'}>
                        Have the call’s transcript? Drop it on the panel, or{' '}
                        <button type="button" className="rehearse-primary" onClick={() => startReview(record.id)}>
                          Review a transcript
                        </button>
                      </p>
                    )
                  )}
                </article>
              </li>
            ))}
          </ol>
          {records.length > SHOWN && (
            <button type="button" className="rehearse-quiet-button" onClick={() => setShowAll(!showAll)}>
              {showAll ? 'Show fewer' : `Show all ${records.length}`}
            </button>
          )}
          <button
            type="button"
            className="rehearse-quiet-button"
            onClick={() => downloadFile(`sidecue-rehearsals-${fileDate(Date.now())}.csv`, historyToCsv(records), 'text/csv')}
          >
            Export history (CSV)
          </button>
          {aloneReview}
        </>
      )}
    </section>
  );
}
