import { useId, useLayoutEffect, useRef, useState } from 'react';
import { matrixHtml } from '../../cards/board/board-html';
import { matrixMarkdown, matrixTsv } from '../../cards/board/board-text';
import { DEFAULT_DECK_ID } from '../../cards/default-deck';
import { DEFAULT_COPY_ID } from '../../cards/editable-deck';
import { cardSchema, type Card, type MatrixCard, type MatrixRow, type PromptCard } from '../../cards/schema';
import { copyText } from '../shared/copy-text';
import { CopyForBoardButton } from '../shared/CopyForBoardButton';
import { DecisionMatrixRow, type RowField } from './DecisionMatrixRow';
import { useAutosave, type ParseResult, type SaveState } from '../shared/use-autosave';
import type { LibraryApi } from '../shell/use-library';
import './DecisionMatrix.css';

type MatrixSource = MatrixCard | PromptCard;


const rowsOf = (card: MatrixSource) => (card.kind === 'matrix' ? card.rows : card.levers);
const withRows = (card: MatrixSource, rows: MatrixRow[]): MatrixSource =>
  card.kind === 'matrix' ? { ...card, rows } : { ...card, levers: rows };
// The schema keeps a card's kind, so a matrix or a prompt parses as itself.
const parseSource = (card: MatrixSource) => cardSchema.safeParse(card) as ParseResult<MatrixSource>;
const sourceLabel = (card: MatrixSource) => (card.kind === 'matrix' ? `General: ${card.title}` : card.domain);
/** The rows as a matrix card of their own, so a prompt's levers copy as a matrix note. */
const asMatrix = (card: MatrixSource, rows: MatrixRow[]): MatrixCard => ({
  kind: 'matrix',
  id: card.id,
  title: card.kind === 'matrix' ? card.title : `Decision matrix: ${card.domain}`,
  tags: [],
  rows,
});

interface DecisionMatrixProps {
  library: LibraryApi;
  announce(message: string): void;
}

/** Lever → KPI → effect → risk → mitigation, per practice prompt, saved into the deck as it is edited. */
export function DecisionMatrix({ library, announce }: DecisionMatrixProps) {
  // The general matrix first (it is the default), then one per practice prompt.
  const sources = [
    ...library.deck.cards.filter((card): card is MatrixCard => card.kind === 'matrix'),
    ...library.deck.cards.filter((card): card is PromptCard => card.kind === 'prompt'),
  ];
  const [chosenId, setChosenId] = useState<string>();
  const source = sources.find((card) => card.id === chosenId) ?? sources[0];
  const selectId = useId();

  return (
    <section className="board-block" aria-labelledby={`${selectId}-heading`}>
      <h3 id={`${selectId}-heading`} className="subhead">
        Decision matrix
      </h3>
      {!source ? (
        <p className="empty">This deck has no decision matrix or practice prompt. Add one in Customize.</p>
      ) : (
        <>
          <label htmlFor={selectId} className="board-label">
            Rows for
          </label>
          <select id={selectId} className="board-select" value={source.id} onChange={(event) => setChosenId(event.target.value)}>
            {sources.map((card) => (
              <option key={card.id} value={card.id}>
                {sourceLabel(card)}
              </option>
            ))}
          </select>
          {/* Keyed by card: switching prompts starts a fresh draft (and flushes the old one). */}
          <MatrixEditor
            // One editor per deck and card: a save pending when the user switches deck flushes
            // into the deck it was made in. The shipped deck and the user's copy of it count as
            // one, so the first edit (which makes the copy) keeps the editor and its focus.
            key={`${editingIdentity(library.deck.id)}/${source.id}`}
            card={source}
            save={async (card) => void (await library.saveCard(card, undefined, library.deck.id))}
            announce={announce}
          />
        </>
      )}
    </section>
  );
}

interface MatrixEditorProps {
  card: MatrixSource;
  save(card: Card): Promise<void>;
  announce(message: string): void;
}

function MatrixEditor({ card, save, announce }: MatrixEditorProps) {
  const { draft, state, change } = useAutosave<MatrixSource>(card, {
    parse: parseSource,
    save,
    describe: () => 'every row needs a lever and a KPI.',
  });
  const rows = rowsOf(draft);
  const refocus = useRef<{ rowId: string; field: string } | null>(null);
  const listRef = useRef<HTMLOListElement>(null);

  const edit = (next: MatrixRow[]) => change(withRows(draft, next));

  const update = (index: number, patch: Partial<MatrixRow>) =>
    edit(rows.map((row, position) => (position === index ? { ...row, ...patch } : row)));

  const move = (index: number, by: -1 | 1, from: HTMLElement | null) => {
    const target = index + by;
    const row = rows[index];
    if (!row || target < 0 || target >= rows.length) return;
    const next = [...rows];
    next.splice(index, 1);
    next.splice(target, 0, row);
    // Moving the row re-inserts its DOM node, which drops focus; put it back where it was.
    refocus.current = { rowId: row.id, field: from?.dataset.field ?? 'lever' };
    edit(next);
    announce(`Moved ${row.lever.trim() || 'the row'} to position ${target + 1} of ${rows.length}`);
  };

  useLayoutEffect(() => {
    const target = refocus.current;
    if (!target || !listRef.current) return;
    refocus.current = null;
    const rowElement = listRef.current.querySelector<HTMLElement>(`[data-row="${target.rowId}"]`);
    const wanted = rowElement?.querySelector<HTMLElement>(`[data-field="${target.field}"]`);
    // A move button that just became disabled (row reached the top) hands focus to its twin.
    const twin = target.field === 'up' ? 'down' : target.field === 'down' ? 'up' : target.field;
    const fallback = rowElement?.querySelector<HTMLElement>(`[data-field="${twin}"]`);
    (wanted && !(wanted as HTMLButtonElement).disabled ? wanted : fallback)?.focus();
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
    if (neighbour) refocus.current = { rowId: neighbour.id, field: 'lever' };
    edit(rows.filter((_, position) => position !== index));
    announce(`Removed ${row.lever.trim() || 'the row'}`);
  };

  const copy = async (kind: 'table' | 'markdown') => {
    try {
      const { title } = asMatrix(card, rows);
      if (kind === 'table') await copyText(matrixTsv(rows), matrixHtml(rows, title));
      else await copyText(matrixMarkdown(rows, title));
      announce(kind === 'table' ? 'Copied the matrix as a table' : 'Copied the matrix as Markdown');
    } catch {
      announce('Could not copy: the browser refused clipboard access');
    }
  };

  const rowErrors = (row: MatrixRow): Partial<Record<RowField, string>> => ({
    ...(row.lever.trim() ? {} : { lever: 'Name the lever.' }),
    ...(row.kpi.trim() ? {} : { kpi: 'Name the KPI it moves.' }),
  });

  return (
    <div className="matrix-editor">
      <p className="hint">
        Edits save into your deck as you type. Alt+↑ and Alt+↓ move the row you are in.
      </p>
      <ol className="matrix-rows" ref={listRef} aria-label="Matrix rows">
        {rows.map((row, index) => (
          <li key={row.id}>
            <DecisionMatrixRow
              row={row}
              index={index}
              count={rows.length}
              errors={rowErrors(row)}
              onChange={(patch) => update(index, patch)}
              onMove={(by, from) => move(index, by, from)}
              onRemove={() => remove(index)}
            />
          </li>
        ))}
      </ol>
      {rows.length === 0 && <p className="empty">No rows yet. Add the first lever.</p>}
      <div className="matrix-actions">
        <button type="button" className="secondary" onClick={add}>
          + Add row
        </button>
        <button type="button" className="primary" onClick={() => void copy('table')} disabled={rows.length === 0}>
          Copy table
        </button>
        <button type="button" className="secondary" onClick={() => void copy('markdown')} disabled={rows.length === 0}>
          Copy Markdown
        </button>
        {rows.length > 0 && (
          <CopyForBoardButton card={asMatrix(card, rows)} label="Copy as note" announce={announce} />
        )}
        <SaveStatus state={state} />
      </div>
    </div>
  );
}

function SaveStatus({ state }: { state: SaveState }) {
  switch (state.kind) {
    case 'idle':
      return null;
    case 'saving':
      return <span className="save-status">Saving…</span>;
    case 'saved':
      return <span className="save-status saved">✓ Saved</span>;
    case 'invalid':
      return <span className="save-status problem-text">Not saved yet: {state.reason}</span>;
    case 'failed':
      return <span className="save-status problem-text">Not saved: {state.reason}</span>;
  }
}

function editingIdentity(deckId: string): string {
  return deckId === DEFAULT_COPY_ID ? DEFAULT_DECK_ID : deckId;
}

