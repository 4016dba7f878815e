import { describe, expect, it } from 'vitest';
import { createWriteBudget } from './rate';

describe('the sync write budget', () => {
  it('lets writes through while under the limits', () => {
    const budget = createWriteBudget({ perMinute: 3, perHour: 10 });
    budget.spend(2, 0);
    expect(budget.delay(1, 1_000)).toBe(0);
  });

  it('says how long until the oldest write of the minute ages out', () => {
    const budget = createWriteBudget({ perMinute: 3, perHour: 10 });
    budget.spend(1, 0);
    budget.spend(2, 10_000);
    expect(budget.delay(1, 20_000)).toBe(40_000);
    expect(budget.delay(2, 20_000)).toBe(50_000);
    expect(budget.delay(1, 60_000)).toBe(0);
  });

  it('keeps to the hourly limit too', () => {
    const budget = createWriteBudget({ perMinute: 100, perHour: 4 });
    budget.spend(4, 0);
    expect(budget.delay(1, 120_000)).toBe(3_600_000 - 120_000);
    expect(budget.delay(1, 3_600_000)).toBe(0);
  });
});
