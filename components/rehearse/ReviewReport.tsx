import { useId } from 'react';
import { formatClock } from '../../cards/rehearsal/timer';
import type { TranscriptReview } from '../../cards/transcript/review-schema';
import { REVIEW_DISCLAIMER, SIGNAL_LABELS } from '../../cards/transcript/review-words';
import { FORMAT_NAMES } from '../../cards/transcript/utterance';
import './ReviewReport.css';

interface Props {
  review: TranscriptReview;
  /** Opens a phrasing card (in Customize), for the strong version's whole card. */
  openCard(cardId: string): void;
}

const STATUS = { found: 'Heard', late: 'Heard late', missing: 'Not heard' } as const;
const per100 = (count: number, words: number) => (words === 0 ? 0 : Math.round((count * 1000) / words) / 10);

/**
 * One transcript review, read top to bottom in the order the answer is
 * judged: when each lens came, the three signals, the levers, then phrasing
 * and delivery. Every finding shows the sentence that earned it.
 */
export function ReviewReport({ review, openCard }: Props) {
  const id = useId();
  const { source } = review;
  const facts = [
    source.fileName,
    FORMAT_NAMES[source.format],
    source.speaker,
    `${review.words} words`,
    source.skipped > 0 ? `${source.skipped} unreadable ${source.skipped === 1 ? 'cue' : 'cues'} skipped` : undefined,
  ].filter(Boolean);
  return (
    <div className="review-report" data-testid="review-report">
      <p className="review-disclaimer">{REVIEW_DISCLAIMER}</p>
      <p className="review-facts">{facts.join(' · ')}</p>

      <h4 id={`${id}-timeline`}>Timeline</h4>
      {review.timed ? (
        <>
          <LensChart review={review} />
          <table className="review-table" aria-labelledby={`${id}-timeline`}>
            <thead>
              <tr>
                <th scope="col">Lens</th>
                <th scope="col">Heard at</th>
                <th scope="col">Due by</th>
              </tr>
            </thead>
            <tbody>
              {review.lenses.map((lens) => (
                <tr key={lens.lens} className={lateness(lens.atMs, lens.dueMs)}>
                  <th scope="row">{lens.label}</th>
                  <td>{lens.atMs === null ? 'not heard' : formatClock(lens.atMs)}</td>
                  <td>{lens.dueMs === null ? '–' : formatClock(lens.dueMs)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : (
        <p className="review-muted">This transcript has no times, so the timeline, pace and pauses are left out.</p>
      )}

      <h4>Signals {review.timed ? `in the first ${Math.round(review.signalsDueMs / 60_000)} minutes` : ''}</h4>
      <ul className="review-list">
        {review.signals.map((signal) => (
          <li key={signal.signal} className={`review-${signal.status}`} data-testid={`signal-${signal.signal}`}>
            <span className="review-status">{STATUS[signal.status]}</span> {SIGNAL_LABELS[signal.signal]}
            {signal.atMs !== null && <span className="review-muted"> at {formatClock(signal.atMs)}</span>}
            {signal.sentence && <q className="review-quote">{signal.sentence}</q>}
          </li>
        ))}
      </ul>

      {review.levers.length > 0 && (
        <>
          <h4>Levers</h4>
          <ul className="review-list">
            {review.levers.map((lever) => (
              <li key={lever.id} className={lever.said && lever.metric ? 'review-found' : lever.said ? 'review-late' : 'review-missing'}>
                <span className="review-status">{!lever.said ? 'Not said' : lever.metric ? 'Said, with its metric' : 'Said, no metric'}</span> {lever.label}
                {lever.said && !lever.metric && <span className="review-muted"> (tie it to {lever.kpi})</span>}
              </li>
            ))}
          </ul>
        </>
      )}

      <h4>Weak phrasings</h4>
      {review.weak.length === 0 ? (
        <p className="review-muted">None of the deck’s weak phrasings were heard.</p>
      ) : (
        <ul className="review-list">
          {review.weak.map((weak, index) => (
            <li key={`${weak.cardId}-${index}`} className="review-weak" data-testid="weak-phrasing">
              <q className="review-quote review-said">{weak.sentence}</q>
              {weak.atMs !== null && <span className="review-muted"> at {formatClock(weak.atMs)}</span>}
              <span className="review-strong">
                <span className="review-status">Say instead</span> {weak.strong}
              </span>
              <button type="button" className="review-link" onClick={() => openCard(weak.cardId)}>
                Open card<span className="visually-hidden">: {weak.title}</span>
              </button>
            </li>
          ))}
        </ul>
      )}

      <h4>Delivery</h4>
      <ul className="review-list review-delivery">
        <li>
          Hedges {per100(review.hedges, review.words)} and fillers {per100(review.fillers, review.words)} per 100 words
        </li>
        {review.clusters.map((cluster, index) => (
          <li key={index} className="review-late">
            <span className="review-status">{cluster.count} close together</span>
            {cluster.atMs !== null && <span className="review-muted"> at {formatClock(cluster.atMs)}</span>}
            <q className="review-quote">{cluster.sentence}</q>
          </li>
        ))}
        {review.pace.length > 0 && (
          <li>
            Words a minute: {review.pace.map((entry) => `${entry.wpm}`).join(', ')}
            <span className="review-muted"> (minute by minute of speech)</span>
          </li>
        )}
        {review.timed && review.pace.length > 0 && (
          <li>
            {review.pauses.length === 0
              ? 'No pause over 5 s.'
              : `Pauses over 5 s: ${review.pauses.map((pause) => `${formatClock(pause.atMs)} (${Math.round(pause.lengthMs / 1000)} s)`).join(', ')}`}
          </li>
        )}
      </ul>
    </div>
  );
}

function lateness(atMs: number | null, dueMs: number | null): string | undefined {
  if (atMs === null) return 'review-missing';
  if (dueMs !== null && atMs > dueMs) return 'review-late';
  return undefined;
}

const WIDTH = 300;
const ROW = 16;
const LEFT = 78;
const SHORT: Record<string, string> = { problem: 'Problem', constraint: 'Constraint', levers: 'Levers', close: 'Close' };

/**
 * Each lens as a mark on one time line, its checkpoint as a tick: on time
 * is a filled dot, late a ring. Decorative beside the table, which says the same.
 */
function LensChart({ review }: { review: TranscriptReview }) {
  const times = review.lenses.flatMap((lens) => [lens.atMs, lens.dueMs]).filter((ms): ms is number => ms !== null);
  const span = Math.max(10 * 60_000, ...times) * 1.05;
  const x = (ms: number) => LEFT + (ms / span) * (WIDTH - LEFT - 8);
  const height = review.lenses.length * ROW + 16;
  const minutes = Array.from({ length: Math.floor(span / 60_000 / 5) + 1 }, (_, i) => i * 5);
  return (
    <svg className="review-chart" viewBox={`0 0 ${WIDTH} ${height}`} aria-hidden="true" data-testid="review-timeline">
      {minutes.map((minute) => (
        <g key={minute} className="review-chart-grid">
          <line x1={x(minute * 60_000)} x2={x(minute * 60_000)} y1={2} y2={height - 14} />
          <text x={x(minute * 60_000)} y={height - 3} textAnchor="middle">
            {minute}′
          </text>
        </g>
      ))}
      {review.lenses.map((lens, index) => {
        const y = 10 + index * ROW;
        const late = lens.atMs !== null && lens.dueMs !== null && lens.atMs > lens.dueMs;
        return (
          <g key={lens.lens}>
            <text x={4} y={y} dy="0.35em" className="review-chart-label">
              {SHORT[lens.lens]}
            </text>
            {lens.dueMs !== null && <line className="review-chart-due" x1={x(lens.dueMs)} x2={x(lens.dueMs)} y1={y - 6} y2={y + 6} />}
            {lens.atMs === null ? (
              <text x={LEFT} y={y} dy="0.35em" className="review-chart-missing">
                not heard
              </text>
            ) : (
              <circle cx={x(lens.atMs)} cy={y} r={4.5} className={late ? 'review-chart-late' : 'review-chart-on-time'} />
            )}
          </g>
        );
      })}
    </svg>
  );
}
