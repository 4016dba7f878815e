import { Plus } from '../shared/icons';
import { useLayoutEffect, useRef, useState } from 'react';
import { boardHtml, matrixHtml } from '../../cards/board/board-html';
import { boardText, matrixMarkdown, matrixTsv } from '../../cards/board/board-text';
import { rowIsComplete, savableRows } from '../../cards/board/matrix-draft';
import { cardSchema, type Card, type MatrixCard, type MatrixRow, type PromptCard } from '../../cards/schema';
import { sameValue } from '../../cards/storage/same-value';
import { copyActions } from '../shared/copy-actions';
import { copyText } from '../shared/copy-text';
import { OverflowMenu } from '../shared/OverflowMenu';
import { useAutosave, type ParseResult, type SaveState } from '../shared/use-autosave';
import { DecisionMatrixRow, type RowField } from './DecisionMatrixRow';

export type MatrixSource = MatrixCard | PromptCard;

const rowsOf = (card: MatrixSource) => (card.kind === 'matrix' ? card.rows : card.levers);
const withRows = (card: MatrixSource, rows: MatrixRow[]): MatrixSource =>
  card.kind === 'matrix' ? { ...card, rows } : { ...card, levers: rows };
/** The rows as a matrix card of their own, so a prompt's levers copy as a matrix note. */
const asMatrix = (card: MatrixSource, rows: MatrixRow[]): MatrixCard => ({
  kind: 'matrix',
  id: card.id,
  title: card.kind === 'matrix' ? card.title : `Decision matrix: ${card.domain}`,
  tags: [],
  rows,
});
const rowName = (row: MatrixRow, index: number) => row.lever.trim() || `row ${index + 1}`;

interface Props {
  /** The matrix or prompt as stored; changes from other windows arrive through it. */
  card: MatrixSource;
  /** Stores the rows, merged with what another window saved since `base`; resolves to a notice when both changed them. */
  save(card: Card, base: Card): Promise<string | undefined>;
  /** Keeps the savable rows not yet saved when the panel closes or reloads (see useAutosave's keep). */
  keep?(card: Card, base: Card): void;
  announce(message: string): void;
}

/**
 * The matrix as a compact table edited in place. Every complete row saves as
 * the user types; a new row is a draft, checked only once the user leaves it,
 * and an unfinished row never holds back the others (see savableRows).
 */
export function DecisionMatrixTable({ card, save, keep, announce }: Props) {
  const stored = useRef(card);
  stored.current = card;
  const { draft, state, change } = useAutosave<MatrixSource>(card, {
    // What is stored is the draft minus what is unfinished; the draft itself stays on screen.
    parse: (next) => cardSchema.safeParse(withRows(next, savableRows(rowsOf(next), rowsOf(stored.current)))) as ParseResult<MatrixSource>,
    save: (value, base) => (sameValue(value, stored.current) ? Promise.resolve(undefined) : save(value, base)),
    describe: () => 'a row has a field that is too long.',
    keep,
  });
  const rows = rowsOf(draft);
  const storedIds = new Set(rowsOf(card).map((row) => row.id));
  /** New rows the user has left at least once: from then on they are checked. */
  const [left, setLeft] = useState<ReadonlySet<string>>(() => new Set());
  const refocus = useRef<{ rowId: string; field: string } | null>(null);
  const bodyRef = useRef<HTMLTableSectionElement>(null);

  const edit = (next: MatrixRow[]) => change(withRows(draft, next));
  const update = (index: number, patch: Partial<MatrixRow>) =>
    edit(rows.map((row, position) => (position === index ? { ...row, ...patch } : row)));

  const move = (index: number, by: -1 | 1, field: string) => {
    const target = index + by;
    const row = rows[index];
    if (!row || target < 0 || target >= rows.length) return;
    const next = [...rows];
    next.splice(index, 1);
    next.splice(target, 0, row);
    // Moving the row re-inserts its DOM node, which drops focus; put it back where it was.
    refocus.current = { rowId: row.id, field };
    edit(next);
    announce(`Moved ${rowName(row, index)} to position ${target + 1} of ${rows.length}`);
  };

  useLayoutEffect(() => {
    const target = refocus.current;
    if (!target || !bodyRef.current) return;
    refocus.current = null;
    const rowElement = bodyRef.current.querySelector<HTMLElement>(`[data-row="${CSS.escape(target.rowId)}"]`);
    const wanted =
      target.field === 'more'
        ? rowElement?.querySelector<HTMLElement>('.overflow-menu-button')
        : rowElement?.querySelector<HTMLElement>(`[data-field="${target.field}"]`);
    wanted?.focus();
  }, [rows]);

  const add = () => {
    const ids = new Set(rows.map((row) => row.id));
    let n = rows.length + 1;
    while (ids.has(`lever-${n}`)) n += 1;
    refocus.current = { rowId: `lever-${n}`, field: 'lever' };
    edit([...rows, { id: `lever-${n}`, lever: '', kpi: '', effect: '', risk: 3, mitigation: '' }]);
  };

  const remove = (index: number) => {
    const row = rows[index]!;
    const neighbour = rows[index + 1] ?? rows[index - 1];
    if (neighbour) refocus.current = { rowId: neighbour.id, field: 'more' };
    edit(rows.filter((_, position) => position !== index));
    announce(`Deleted ${rowName(row, index)}`);
  };

  // A blank draft row would paste as an empty line; everything typed is copied.
  const filled = rows.filter((row) => row.lever.trim() || row.kpi.trim());
  const copy = async (kind: 'table' | 'markdown' | 'note') => {
    try {
      const matrix = asMatrix(card, filled);
      if (kind === 'table') await copyText(matrixTsv(filled), matrixHtml(filled, matrix.title));
      else if (kind === 'markdown') await copyText(matrixMarkdown(filled, matrix.title));
      else await copyText(boardText(matrix), boardHtml(matrix));
      announce({ table: 'Copied the matrix as a table', markdown: 'Copied the matrix as Markdown', note: 'Copied for the board' }[kind]);
    } catch {
      announce('Could not copy: the browser refused clipboard access');
    }
  };

  const checked = (row: MatrixRow) => storedIds.has(row.id) || left.has(row.id);
  const rowErrors = (row: MatrixRow): Partial<Record<RowField, string>> =>
    checked(row)
      ? {
          ...(row.lever.trim() ? {} : { lever: 'Name the lever.' }),
          ...(row.kpi.trim() ? {} : { kpi: 'Name the KPI it moves.' }),
        }
      : {};
  // Every unfinished row is named, the one being typed too: "Saved" beside a new row that is not would mislead.
  const waiting = rows.flatMap((row, index) => (!rowIsComplete(row) && (checked(row) || !storedIds.has(row.id)) ? [index + 1] : []));
  const warned = rows.some((row) => checked(row) && !rowIsComplete(row));

  return (
    <div className="matrix-editor">
      {rows.length === 0 ? (
        <p className="empty">No rows yet. Add the first lever.</p>
      ) : (
        <table className="matrix-table">
          <thead>
            <tr>
              <th scope="col" className="matrix-lever">Lever</th>
              <th scope="col" className="matrix-kpi">KPI</th>
              <th scope="col" className="matrix-risk" title="Risk, from 1 (low) to 5 (high)">
                Risk
              </th>
              <th scope="col" className="matrix-effect">Effect</th>
              <th scope="col" className="matrix-mitigation">Mitigation</th>
              <th scope="col" className="matrix-more">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody ref={bodyRef}>
            {rows.map((row, index) => (
              <DecisionMatrixRow
                key={row.id}
                row={row}
                index={index}
                count={rows.length}
                errors={rowErrors(row)}
                onChange={(patch) => update(index, patch)}
                onMove={(by, field) => move(index, by, field)}
                onRemove={() => remove(index)}
                onLeave={() => setLeft((current) => (current.has(row.id) ? current : new Set(current).add(row.id)))}
              />
            ))}
          </tbody>
        </table>
      )}
      <div className="matrix-actions">
        <button type="button" className="secondary matrix-add" onClick={add}>
          <Plus aria-hidden="true" size={16} /> Add row
        </button>
        <span className="matrix-status" role="status">
          {waiting.length > 0 ? <WaitingRows rows={waiting} warned={warned} /> : <SaveStatus state={state} />}
        </span>
        <span className="matrix-copy">
          <button type="button" className="primary" onClick={() => void copy('table')} disabled={filled.length === 0}>
            Copy as table
          </button>
          <OverflowMenu
            label="More ways to copy the matrix"
            actions={[
              // The menu's other copies have no icon; these match them.
              ...copyActions(
                {
                  shapes: (formats) => formats.shapesClipboard(formats.matrixGrid(filled, asMatrix(card, filled).title)),
                  mermaid: (formats) => formats.matrixMermaid(filled),
                },
                announce,
              ).map((action) => ({ ...action, icon: undefined, disabled: filled.length === 0 })),
              { label: 'Copy as Markdown', onSelect: () => void copy('markdown'), disabled: filled.length === 0, startsGroup: true },
              { label: 'Copy as a note', onSelect: () => void copy('note'), disabled: filled.length === 0 },
            ]}
          />
        </span>
      </div>
      <p className="hint matrix-keys">Alt+↑ and Alt+↓ move the row you are in.</p>
    </div>
  );
}

/** Rows not stored yet: said quietly while one is being typed, as a problem once the user has left one unfinished. */
function WaitingRows({ rows, warned }: { rows: number[]; warned: boolean }) {
  const which = rows.length === 1 ? `Row ${rows[0]} is` : `Rows ${rows.join(', ')} are`;
  return <span className={warned ? 'problem-text' : 'save-status'}>{which} not saved until it names a lever and a KPI; the other rows are saved.</span>;
}

function SaveStatus({ state }: { state: SaveState }) {
  switch (state.kind) {
    case 'idle':
      return null;
    case 'saving':
      return <span className="save-status">Saving…</span>;
    case 'saved':
      // Another window's rows, replaced by this save, wait in the panel's notice to be put back.
      return state.notice ? <span className="save-status">{state.notice}</span> : <span className="save-status saved">✓ Saved</span>;
    case 'invalid':
      return <span className="save-status problem-text">Not saved yet: {state.reason}</span>;
    case 'failed':
      return <span className="save-status problem-text">Not saved: {state.reason}</span>;
  }
}
