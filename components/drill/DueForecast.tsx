import { useId } from 'react';
import type { DrillStats } from '../../cards/drill/drill-stats';
import { axisLabels } from '../rehearse/chart-axis';
import './DueForecast.css';

const WIDTH = 300;
const HEIGHT = 130;
const PAD = { left: 24, right: 8, top: 12, bottom: 22 };

/**
 * Items coming due over the next seven days, as bars, with the chart said in
 * words and a table beside it (as the rehearsal chart does). Bars differ by
 * height and carry their number, so colour is never needed to read them.
 */
export function DueForecast({ forecast }: { forecast: DrillStats['forecast'] }) {
  const id = useId();
  // One day per bar: the rehearsal chart's axis helper names days as dates ("Jan 5").
  const axis = axisLabels(forecast.map((day) => ({ startedAt: day.dayStart })));
  const label = (index: number, dayStart: number) => (index === 0 ? 'Today' : axis.label(dayStart));
  const top = Math.max(1, ...forecast.map((day) => day.count));
  const plotWidth = WIDTH - PAD.left - PAD.right;
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const slot = plotWidth / forecast.length;
  const y = (count: number) => PAD.top + plotHeight - (count / top) * plotHeight;
  const total = forecast.reduce((sum, day) => sum + day.count, 0);

  return (
    <figure className="due-forecast" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`}>Due in the next 7 days</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} data-testid="due-forecast">
        <title id={`${id}-title`}>Bar chart of items coming due each day, today on the left</title>
        <desc id={`${id}-desc`}>{describe(forecast, label, total)}</desc>
        <line className="due-forecast-base" x1={PAD.left} x2={WIDTH - PAD.right} y1={y(0)} y2={y(0)} />
        <text className="due-forecast-scale" x={PAD.left - 6} y={y(top)} dy="0.35em" textAnchor="end">
          {top}
        </text>
        {forecast.map((day, index) => {
          const x = PAD.left + index * slot + slot * 0.18;
          const width = slot * 0.64;
          return (
            <g key={day.dayStart}>
              <rect className="due-forecast-bar" x={x} y={y(day.count)} width={width} height={y(0) - y(day.count)} />
              <text className="due-forecast-value" x={x + width / 2} y={y(day.count) - 3} textAnchor="middle">
                {day.count}
              </text>
              <text className="due-forecast-day" x={x + width / 2} y={HEIGHT - 6} textAnchor="middle">
                {index === 0 ? 'Today' : new Date(day.dayStart).toLocaleDateString(undefined, { weekday: 'short' })}
              </text>
            </g>
          );
        })}
      </svg>
      <details className="due-forecast-table">
        <summary>Forecast as a table</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col">Items due</th>
            </tr>
          </thead>
          <tbody>
            {forecast.map((day, index) => (
              <tr key={day.dayStart}>
                <th scope="row">{label(index, day.dayStart)}</th>
                <td>{day.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

function describe(forecast: DrillStats['forecast'], label: (index: number, dayStart: number) => string, total: number): string {
  if (total === 0) return 'Nothing comes due in the next 7 days.';
  const busiest = forecast.reduce((best, day, index) => (day.count > forecast[best]!.count ? index : best), 0);
  return `${total} item${total === 1 ? '' : 's'} come due in the next 7 days; the most, ${forecast[busiest]!.count}, ${
    busiest === 0 ? 'today' : `on ${label(busiest, forecast[busiest]!.dayStart)}`
  }.`;
}
