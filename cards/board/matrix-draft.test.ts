import { describe, expect, it } from 'vitest';
import type { MatrixRow } from '../schema';
import { rowIsComplete, savableRows } from './matrix-draft';

const row = (id: string, more: Partial<MatrixRow> = {}): MatrixRow => ({ id, lever: 'Caching', kpi: 'Conversion', effect: '', risk: 3, mitigation: '', ...more });

describe('the rows a matrix stores while it is edited', () => {
  it('needs a lever and a KPI for a row to be complete', () => {
    expect(rowIsComplete(row('a'))).toBe(true);
    expect(rowIsComplete(row('a', { kpi: '  ' }))).toBe(false);
    expect(rowIsComplete(row('a', { lever: '' }))).toBe(false);
  });

  it('stores every complete row and keeps a blank new row back, without holding the others', () => {
    const stored = [row('a')];
    const draft = [row('a', { kpi: 'Conversion at peak' }), row('new', { lever: '', kpi: '' })];
    expect(savableRows(draft, stored)).toEqual([row('a', { kpi: 'Conversion at peak' })]);
  });

  it('keeps the stored words of a field being retyped, and saves the rest of that row', () => {
    const stored = [row('a')];
    const draft = [row('a', { lever: '', mitigation: 'Write-through' })];
    expect(savableRows(draft, stored)).toEqual([row('a', { mitigation: 'Write-through' })]);
  });

  it('stores a new row once it is complete, in its place', () => {
    const stored = [row('a'), row('b')];
    const draft = [row('a'), row('new', { lever: 'Queue', kpi: 'Latency' }), row('b')];
    expect(savableRows(draft, stored).map((entry) => entry.id)).toEqual(['a', 'new', 'b']);
  });
});
