import { z } from '../zod-setup';
import type { CalculatorResult } from './calculator';
import { formatBytes, formatCount } from './format';
import { numberField } from './number-field';

export const DAYS_PER_MONTH = 30;

export const storagePerMonthSchema = z.object({
  objectsPerDay: numberField({ min: 0, max: 1_000_000_000_000, integer: true }),
  /** Average object size in kilobytes (1 KB = 1,000 bytes). */
  objectSizeKb: numberField({ min: 0.001, max: 10_000_000, unit: 'KB' }),
  copies: numberField({ min: 1, max: 10, integer: true }),
});
export type StoragePerMonthInput = z.output<typeof storagePerMonthSchema>;

export const STORAGE_PER_MONTH_DEFAULTS = { objectsPerDay: '1,200,000', objectSizeKb: '4', copies: '3' };

export interface StoragePerMonth extends CalculatorResult {
  /** Bytes written in a month, one copy. */
  bytes: number;
  /** With every replica counted. */
  storedBytes: number;
}

export function storagePerMonth({ objectsPerDay, objectSizeKb, copies }: StoragePerMonthInput): StoragePerMonth {
  const objects = objectsPerDay * DAYS_PER_MONTH;
  const bytes = objects * objectSizeKb * 1000;
  const storedBytes = bytes * copies;
  const replicated = copies > 1 ? `, or ${formatBytes(storedBytes)} with ${copies} copies` : '';
  return {
    bytes,
    storedBytes,
    sentence: `${formatCount(objectsPerDay)} new objects a day at ${formatCount(objectSizeKb)} KB each adds about ${formatBytes(bytes)} a month${replicated}.`,
    formula: `${formatCount(objectsPerDay)} × 30 days × ${formatCount(objectSizeKb)} KB = ${formatBytes(bytes)}; × ${copies} ${copies === 1 ? 'copy' : 'copies'} = ${formatBytes(storedBytes)}`,
    assumptions: [
      'A month is 30 days; 1 KB is 1,000 bytes, as storage bills count.',
      'Nothing is deleted or compressed within the month; indexes and metadata are extra.',
    ],
  };
}
