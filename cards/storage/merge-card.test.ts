import { describe, expect, it } from 'vitest';
import type { Card } from '../schema';
import { mergeCard } from './merge-card';

const row = (id: string, kpi = `KPI ${id}`) => ({ id, lever: `Lever ${id}`, kpi, effect: '', risk: 3, mitigation: '' });
const matrix = (...rows: ReturnType<typeof row>[]): Card => ({ kind: 'matrix', id: 'm', title: 'Matrix', tags: [], rows });
const checklist = (...ids: string[]): Card => ({ kind: 'checklist', id: 'c', title: 'List', tags: [], items: ids.map((id) => ({ id, text: `Item ${id}` })) });
const rowsOf = (card: Card) => (card as Extract<Card, { kind: 'matrix' }>).rows;

describe('merging two windows’ edits of a list, element by element', () => {
  const base = matrix(row('a'), row('b'), row('c'));

  it('keeps both when each window edits a different row', () => {
    const mine = matrix(row('a'), row('b', 'Mine'), row('c'));
    const stored = matrix(row('a'), row('b'), row('c', 'Theirs'));
    const { card, conflicts } = mergeCard(base, mine, stored);
    expect(rowsOf(card).map((entry) => entry.kpi)).toEqual(['KPI a', 'Mine', 'Theirs']);
    expect(conflicts).toEqual([]);
  });

  it('keeps a row the other window added, after the row it followed, and a row removed on one side untouched by the other stays removed', () => {
    const mine = matrix(row('a', 'Mine'), row('c'));
    const stored = matrix(row('a'), row('b'), row('new'), row('c'));
    const { card, conflicts } = mergeCard(base, mine, stored);
    expect(rowsOf(card).map((entry) => entry.id)).toEqual(['a', 'new', 'c']);
    expect(rowsOf(card)[0]!.kpi).toBe('Mine');
    expect(conflicts).toEqual([]);
  });

  it('takes the other window’s new order when only it moved rows', () => {
    const mine = matrix(row('a', 'Mine'), row('b'), row('c'));
    const stored = matrix(row('c'), row('a'), row('b'));
    expect(rowsOf(mergeCard(base, mine, stored).card).map((entry) => `${entry.id}:${entry.kpi}`)).toEqual(['c:KPI c', 'a:Mine', 'b:KPI b']);
  });

  it('falls back to the field rule (this save kept, the other list handed back) when one row was changed both ways', () => {
    const mine = matrix(row('a'), row('b', 'Mine'), row('c'));
    const stored = matrix(row('a'), row('b', 'Theirs'), row('c'));
    const { card, conflicts } = mergeCard(base, mine, stored);
    expect(card).toEqual(mine);
    expect(conflicts).toEqual([{ field: 'rows', theirs: rowsOf(stored) }]);
  });

  it('falls back too when one window changed a row the other removed', () => {
    const mine = matrix(row('a'), row('b', 'Mine'), row('c'));
    const stored = matrix(row('a'), row('c'));
    const { card, conflicts } = mergeCard(base, mine, stored);
    expect(card).toEqual(mine);
    expect(conflicts).toHaveLength(1);
  });

  it('never merges into a card that breaks its own rules: a list both windows emptied from different ends', () => {
    const was = checklist('x', 'y');
    const { card, conflicts } = mergeCard(was, checklist('y'), checklist('x'));
    expect(card).toEqual(checklist('y'));
    expect(conflicts).toEqual([{ field: 'items', theirs: [{ id: 'x', text: 'Item x' }] }]);
  });
});
