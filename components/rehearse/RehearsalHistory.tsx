import { useEffect, useState } from 'react';
import { historyToCsv } from '../../cards/rehearsal/csv';
import { readHistory, rehearsalHistory, SCORE_KEYS, SCORE_LABELS, type RehearsalRecord } from '../../cards/rehearsal/history';
import { rehearsalToMarkdown } from '../../cards/rehearsal/markdown';
import { spokenDuration } from '../../cards/rehearsal/timer';
import { copyText } from '../shared/copy-text';
import { downloadFile } from '../shared/download-file';
import { ScoreChart } from './ScoreChart';

interface Props {
  announce(message: string): void;
  /** The rehearsal just saved, shown first and marked. */
  justSaved: string | undefined;
}

const SHOWN = 8;
const fileDate = (time: number) => new Date(time).toISOString().slice(0, 10);

/** Past rehearsals: a chart of the scores, the list, and exports. */
export function RehearsalHistory({ announce, justSaved }: Props) {
  const [records, setRecords] = useState<RehearsalRecord[]>();
  const [showAll, setShowAll] = useState(false);

  useEffect(() => {
    let live = true;
    rehearsalHistory.getValue().then(
      (value) => live && setRecords(readHistory(value)),
      () => live && setRecords([]),
    );
    const unwatch = rehearsalHistory.watch((value) => setRecords(readHistory(value)));
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

  return (
    <section className="rehearse-history" aria-labelledby="rehearse-history-title">
      <h3 id="rehearse-history-title">History</h3>
      {records.length === 0 ? (
        <p className="rehearse-hint">No rehearsals yet. Your scores will show here as a chart.</p>
      ) : (
        <>
          <ScoreChart records={records} />
          <div className="rehearse-actions">
            <button
              type="button"
              onClick={() => downloadFile(`sidecue-rehearsals-${fileDate(Date.now())}.csv`, historyToCsv(records), 'text/csv')}
            >
              Export history (CSV)
            </button>
          </div>
          <ol className="rehearse-history-list" aria-label="Past rehearsals, newest first">
            {shown.map((record) => (
              <li key={record.id} className={record.id === justSaved ? 'is-new' : undefined}>
                <article aria-labelledby={`rehearsal-${record.id}`}>
                  <h4 id={`rehearsal-${record.id}`}>
                    {record.promptTitle}
                    {record.id === justSaved && <span className="badge rehearse-badge">just saved</span>}
                  </h4>
                  <p className="rehearse-hint">
                    {new Date(record.startedAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })} ·{' '}
                    {spokenDuration(record.elapsedMs)} · {record.checkpoints.filter((entry) => entry.hit).length} of{' '}
                    {record.checkpoints.length} checkpoints hit
                  </p>
                  <dl className="rehearse-scores">
                    {SCORE_KEYS.map((key) => (
                      <div key={key}>
                        <dt>{SCORE_LABELS[key]}</dt>
                        <dd>{record.scores[key]}/5</dd>
                      </div>
                    ))}
                  </dl>
                  {record.note && <p className="rehearse-note">{record.note}</p>}
                  <div className="rehearse-actions">
                    <button type="button" onClick={() => void copySummary(record)}>
                      Copy summary<span className="visually-hidden"> of {record.promptTitle}</span>
                    </button>
                    <button
                      type="button"
                      onClick={() =>
                        downloadFile(`sidecue-rehearsal-${fileDate(record.startedAt)}.md`, rehearsalToMarkdown(record), 'text/markdown')
                      }
                    >
                      Download .md<span className="visually-hidden"> of {record.promptTitle}</span>
                    </button>
                  </div>
                </article>
              </li>
            ))}
          </ol>
          {records.length > SHOWN && (
            <button type="button" className="rehearse-quiet-button" onClick={() => setShowAll(!showAll)}>
              {showAll ? 'Show fewer' : `Show all ${records.length}`}
            </button>
          )}
        </>
      )}
    </section>
  );
}
