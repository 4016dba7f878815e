import type { MatrixRow } from '../schema';

/** Whether a row can be stored: it names its lever and the KPI it moves. */
export const rowIsComplete = (row: MatrixRow) => row.lever.trim() !== '' && row.kpi.trim() !== '';

/**
 * The rows to store while a matrix is edited, so one unfinished row never
 * holds back the others: a complete row is stored as typed; a stored row
 * whose lever or KPI is being retyped keeps its stored words for that field
 * only (its other fields save); a new row waits in the editor until it names
 * a lever and a KPI.
 */
export function savableRows(draft: readonly MatrixRow[], stored: readonly MatrixRow[]): MatrixRow[] {
  const before = new Map(stored.map((row) => [row.id, row]));
  return draft.flatMap((row) => {
    if (rowIsComplete(row)) return [row];
    const old = before.get(row.id);
    if (!old) return [];
    return [{ ...row, lever: row.lever.trim() ? row.lever : old.lever, kpi: row.kpi.trim() ? row.kpi : old.kpi }];
  });
}
