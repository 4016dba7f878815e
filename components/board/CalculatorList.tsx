import { REQUESTS_PER_SECOND_DEFAULTS, requestsPerSecond, requestsPerSecondSchema } from '../../cards/calculators/requests-per-second';
import { REVENUE_AT_RISK_DEFAULTS, revenueAtRisk, revenueAtRiskSchema } from '../../cards/calculators/revenue-at-risk';
import { STORAGE_PER_MONTH_DEFAULTS, storagePerMonth, storagePerMonthSchema } from '../../cards/calculators/storage-per-month';
import { CalculatorCostRange } from './CalculatorCostRange';
import { CalculatorLatencyBudget } from './CalculatorLatencyBudget';
import { CalculatorSimple } from './CalculatorSimple';
import './CalculatorList.css';

/** The back-of-envelope numbers the guide asks for, each folded to its answer and opened to change the figures. */
export function CalculatorList({ announce }: { announce(message: string): void }) {
  return (
    <section className="board-block" aria-labelledby="numbers-heading">
      <h3 id="numbers-heading" className="subhead">
        Numbers
      </h3>
      <CalculatorSimple
        id="revenue-at-risk"
        title="Revenue at risk in an incident"
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
      <CalculatorLatencyBudget announce={announce} />
      <CalculatorSimple
        id="requests-per-second"
        title="Requests per second"
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
      <CalculatorSimple
        id="storage-per-month"
        title="Storage per month"
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
      <CalculatorCostRange announce={announce} />
    </section>
  );
}
