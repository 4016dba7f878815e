import type { DrillStats as Stats } from '../../cards/drill/drill-stats';
import { DueForecast } from './DueForecast';

/** How the drilling goes: items learned, recall over 30 days, and the week ahead. */
export function DrillStats({ stats }: { stats: Stats }) {
  const retention = stats.retention;
  return (
    <section className="drill-stats" aria-label="Drill progress">
      <dl className="drill-figures">
        <div>
          <dt>Learned</dt>
          <dd>
            {stats.learned} of {stats.total} items
          </dd>
        </div>
        <div>
          <dt>Recalled, last 30 days</dt>
          <dd>
            {retention
              ? `${Math.round(retention.rate * 100)} % of ${retention.reviews} review${retention.reviews === 1 ? '' : 's'}`
              : 'None yet'}
          </dd>
        </div>
      </dl>
      <DueForecast forecast={stats.forecast} />
    </section>
  );
}
