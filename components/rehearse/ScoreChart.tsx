import { useId } from 'react';
import { SCORE_KEYS, SCORE_LABELS, type RehearsalRecord, type Scores } from '../../cards/rehearsal/history';
import { axisLabels, SHORT_SCORE_LABELS } from './chart-axis';
import './ScoreChart.css';

interface Props {
  records: RehearsalRecord[];
}

// Each series differs by colour, line pattern and marker shape, so it reads
// without colour too (and in forced-colours mode).
const SERIES: Record<keyof Scores, { className: string; dash?: string; marker: 'circle' | 'square' | 'diamond' }> = {
  impact: { className: 'chart-impact', marker: 'circle' },
  feasibility: { className: 'chart-feasibility', dash: '6 4', marker: 'square' },
  tradeoff: { className: 'chart-tradeoff', dash: '2 3', marker: 'diamond' },
};

const WIDTH = 300;
const HEIGHT = 150;
const PAD = { left: 22, right: 24, top: 10, bottom: 22 };
/** Up to this many runs, each gets its own label on the axis; beyond it, the first and the last. */
const EVERY_LABEL = 4;

/** The three self-scores over time, as SVG with a written summary and a table for screen readers. */
export function ScoreChart({ records }: Props) {
  const id = useId();
  if (records.length === 0) return null;
  const plotWidth = WIDTH - PAD.left - PAD.right;
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const x = (index: number) => PAD.left + (records.length === 1 ? plotWidth / 2 : (index / (records.length - 1)) * plotWidth);
  const y = (score: number) => PAD.top + ((5 - score) / 4) * plotHeight;
  const axis = axisLabels(records);
  const labelled = records.length <= EVERY_LABEL ? records.map((_, index) => index) : [0, records.length - 1];
  const count = records.length === 1 ? 'one rehearsal' : `${records.length} rehearsals`;
  const reviewed = records.some((record) => record.review);

  return (
    <figure className="score-chart" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`}>
        Self-scores over {count}
        {axis.day && <span className="chart-day"> · {axis.day}</span>}
      </figcaption>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        data-testid="score-chart"
      >
        <title id={`${id}-title`}>Chart of self-scores, 1 to 5, oldest rehearsal on the left</title>
        <desc id={`${id}-desc`}>{describe(records)}</desc>
        {[1, 2, 3, 4, 5].map((score) => (
          <g key={score} className="chart-grid">
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(score)} y2={y(score)} />
            <text x={PAD.left - 6} y={y(score)} dy="0.35em" textAnchor="end">
              {score}
            </text>
          </g>
        ))}
        {labelled.map((index) => {
          // The end labels hug the plot's edges so they never run out of the picture.
          const anchor = records.length === 1 ? 'middle' : index === 0 ? 'start' : index === records.length - 1 ? 'end' : 'middle';
          const shift = anchor === 'start' ? -8 : anchor === 'end' ? 8 : 0;
          return (
            <text key={index} className="chart-axis" x={x(index) + shift} y={HEIGHT - 6} textAnchor={anchor}>
              {axis.label(records[index]!.startedAt)}
            </text>
          );
        })}
        {SCORE_KEYS.map((key) => {
          const series = SERIES[key];
          const points = records.map((record, index) => [x(index), y(record.scores[key])] as const);
          return (
            <g key={key} className={`chart-series ${series.className}`} data-series={key}>
              {points.length > 1 && (
                <polyline points={points.map((point) => point.join(',')).join(' ')} strokeDasharray={series.dash} />
              )}
              {points.map(([px, py], index) => (
                <Marker key={index} shape={series.marker} x={px} y={py} />
              ))}
            </g>
          );
        })}
        {records.map((record, index) =>
          record.review ? (
            <text key={record.id} className="chart-heard" x={x(index)} y={PAD.top - 2} textAnchor="middle" data-testid="chart-heard">
              {heardOnTime(record)}/{record.review.signals.length}
            </text>
          ) : null,
        )}
      </svg>
      <ul className="chart-legend">
        {SCORE_KEYS.map((key) => (
          <li key={key}>
            <svg className={SERIES[key].className} viewBox="0 0 28 10" width="28" height="10" aria-hidden="true">
              <line x1="0" x2="28" y1="5" y2="5" strokeDasharray={SERIES[key].dash} />
              <Marker shape={SERIES[key].marker} x={14} y={5} />
            </svg>
            {SCORE_LABELS[key]}
          </li>
        ))}
        {reviewed && (
          <li>
            <span className="chart-heard-key" aria-hidden="true">
              2/3
            </span>
            Signals heard on time in the transcript review
          </li>
        )}
      </ul>
      <details className="chart-table">
        <summary>Scores as a table</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{axis.oneDay ? 'Time' : 'Date'}</th>
              <th scope="col">Prompt</th>
              {SCORE_KEYS.map((key) => (
                <th scope="col" key={key} title={SCORE_LABELS[key]}>
                  {SHORT_SCORE_LABELS[key]}
                </th>
              ))}
              {reviewed && (
                <th scope="col" title="Signals heard on time in the transcript review">
                  Heard
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {records.map((record) => (
              <tr key={record.id}>
                <th scope="row">{axis.label(record.startedAt)}</th>
                <td>{record.promptTitle}</td>
                {SCORE_KEYS.map((key) => (
                  <td key={key}>{record.scores[key]}</td>
                ))}
                {reviewed && <td>{record.review ? `${heardOnTime(record)} of ${record.review.signals.length}` : '–'}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

function Marker({ shape, x, y }: { shape: 'circle' | 'square' | 'diamond'; x: number; y: number }) {
  if (shape === 'circle') return <circle cx={x} cy={y} r={3.5} />;
  if (shape === 'square') return <rect x={x - 3.2} y={y - 3.2} width={6.4} height={6.4} />;
  return <polygon points={`${x},${y - 4.5} ${x + 4.5},${y} ${x},${y + 4.5} ${x - 4.5},${y}`} />;
}

/** The chart in words: latest scores, and the change since the first rehearsal. */
function describe(records: RehearsalRecord[]): string {
  const first = records[0]!;
  const latest = records.at(-1)!;
  const parts = SCORE_KEYS.map((key) => {
    const change = latest.scores[key] - first.scores[key];
    const trend = records.length === 1 ? '' : change === 0 ? ', unchanged' : `, ${change > 0 ? 'up' : 'down'} ${Math.abs(change)}`;
    return `${SCORE_LABELS[key]} ${latest.scores[key]}${trend}`;
  });
  const lastReviewed = records.findLast((record) => record.review);
  const heard = lastReviewed?.review ? ` Latest transcript review: ${heardOnTime(lastReviewed)} of ${lastReviewed.review.signals.length} signals heard on time.` : '';
  return `Latest scores out of 5: ${parts.join('; ')}${records.length > 1 ? ' since the first rehearsal' : ''}.${heard}`;
}

/** How many of the three signals the run's transcript review heard in time. */
const heardOnTime = (record: RehearsalRecord) => record.review?.signals.filter((signal) => signal.status === 'found').length ?? 0;
