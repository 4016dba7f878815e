import { REQUESTS_PER_SECOND_DEFAULTS, requestsPerSecond, requestsPerSecondSchema } from '../../cards/calculators/requests-per-second';
import { REVENUE_AT_RISK_DEFAULTS, revenueAtRisk, revenueAtRiskSchema } from '../../cards/calculators/revenue-at-risk';
import { STORAGE_PER_MONTH_DEFAULTS, storagePerMonth, storagePerMonthSchema } from '../../cards/calculators/storage-per-month';
import { CalculatorCostRange } from './CalculatorCostRange';
import { CalculatorLatencyBudget } from './CalculatorLatencyBudget';
import { CalculatorSimple } from './CalculatorSimple';
import './CalculatorList.css';

/** The back-of-envelope numbers the guide asks for, one click away, each ending in a sentence. */
export function CalculatorList({ announce }: { announce(message: string): void }) {
  return (
    <section className="board-block" aria-labelledby="numbers-heading">
      <h3 id="numbers-heading" className="subhead">
        Numbers
      </h3>
      <details className="calc" open>
        <summary>Revenue at risk in an incident</summary>
        <CalculatorSimple
          id="revenue-at-risk"
          schema={revenueAtRiskSchema}
          defaults={REVENUE_AT_RISK_DEFAULTS}
          fields={[
            { name: 'ordersPerMinute', label: 'Orders a minute' },
            { name: 'averageOrderValue', label: 'Average order ($)' },
            { name: 'minutesUntilCompensation', label: 'Minutes until compensation', hint: '30 seconds = 0.5' },
          ]}
          compute={revenueAtRisk}
          announce={announce}
        />
      </details>
      <details className="calc">
        <summary>Latency budget</summary>
        <CalculatorLatencyBudget announce={announce} />
      </details>
      <details className="calc">
        <summary>Requests per second</summary>
        <CalculatorSimple
          id="requests-per-second"
          schema={requestsPerSecondSchema}
          defaults={REQUESTS_PER_SECOND_DEFAULTS}
          fields={[
            { name: 'dailyActives', label: 'Daily active users' },
            { name: 'actionsPerUser', label: 'Actions per user a day' },
            { name: 'peakFactor', label: 'Peak factor (×)', hint: 'Busiest minute ÷ average' },
          ]}
          compute={requestsPerSecond}
          announce={announce}
        />
      </details>
      <details className="calc">
        <summary>Storage per month</summary>
        <CalculatorSimple
          id="storage-per-month"
          schema={storagePerMonthSchema}
          defaults={STORAGE_PER_MONTH_DEFAULTS}
          fields={[
            { name: 'objectsPerDay', label: 'New objects a day' },
            { name: 'objectSizeKb', label: 'Average size (KB)' },
            { name: 'copies', label: 'Copies kept', hint: 'Replicas, 1–10' },
          ]}
          compute={storagePerMonth}
          announce={announce}
        />
      </details>
      <details className="calc">
        <summary>Monthly cost range</summary>
        <CalculatorCostRange announce={announce} />
      </details>
    </section>
  );
}
