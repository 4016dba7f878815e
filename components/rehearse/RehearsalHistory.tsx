import { useEffect, useState } from 'react';
import { historyToCsv } from '../../cards/rehearsal/csv';
import { Copy } from 'lucide-react';
import { appendRehearsal, loadHistory, removeRehearsal, SCORE_KEYS, watchHistory, type RehearsalRecord } from '../../cards/rehearsal/history';
import { rehearsalToMarkdown } from '../../cards/rehearsal/markdown';
import { spokenDuration } from '../../cards/rehearsal/timer';
import { copyText } from '../shared/copy-text';
import { downloadFile } from '../shared/download-file';
import { OverflowMenu } from '../shared/OverflowMenu';
import type { UndoOffer } from '../shared/UndoToast';
import { SHORT_SCORE_LABELS } from './chart-axis';
import { ScoreChart } from './ScoreChart';

interface Props {
  announce(message: string): void;
  offerUndo(offer: UndoOffer): void;
  /** The rehearsal just saved, shown first and marked. */
  justSaved: string | undefined;
}

const SHOWN = 8;
const fileDate = (time: number) => new Date(time).toISOString().slice(0, 10);

const when = (time: number) => new Date(time).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** Past rehearsals: a chart of the scores, the list, and exports. Each row shows Copy; the rest is in its menu. */
export function RehearsalHistory({ announce, offerUndo, justSaved }: Props) {
  const [records, setRecords] = useState<RehearsalRecord[]>();
  const [showAll, setShowAll] = useState(false);

  useEffect(() => {
    let live = true;
    // Reads answer in order of asking; a later change's read is the one that counts.
    let asked = 0;
    const reload = () => {
      const mine = ++asked;
      loadHistory().then(
        (loaded) => live && mine === asked && setRecords(loaded),
        (error: unknown) => {
          console.error('Sidecue: could not read the rehearsal history', error);
          if (live && mine === asked) setRecords((shown) => shown ?? []);
        },
      );
    };
    const unwatch = watchHistory(reload);
    reload();
    return () => {
      live = false;
      unwatch();
    };
  }, []);

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
        <p className="rehearse-hint">No rehearsals yet. Your scores will show here as a chart.</p>
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
        </>
      )}
    </section>
  );
}
