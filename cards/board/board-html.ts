import { boardNote, MATRIX_HEADER, plainLine, toList, visibleBlocks, type BoardBlock, type BoardNote, type BoardOptions } from './board-text';
import type { Card, MatrixRow } from '../schema';

/**
 * The clipboard's text/html twin of board-text.ts, built as a string (never
 * through the DOM). Every user string passes through escapeHtml and nothing
 * else, so a card that says "<script>" pastes as those characters.
 */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function blockHtml(block: BoardBlock): string {
  switch (block.type) {
    case 'lines':
      return block.lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('');
    case 'list': {
      const label = block.label ? `<p><strong>${escapeHtml(block.label)}</strong></p>` : '';
      const mark = block.checkboxes ? '☐ ' : '';
      return `${label}<ul>${block.items.map((item) => `<li>${mark}${escapeHtml(item)}</li>`).join('')}</ul>`;
    }
    case 'matrix':
      return matrixTable(block.rows);
  }
}

export function noteHtml(note: BoardNote): string {
  return `<p><strong>${escapeHtml(note.title)}</strong></p>${visibleBlocks(note).map(blockHtml).join('')}`;
}

/** One card, or a set of cards, as an HTML fragment: lists, or a table for a matrix. */
export function boardHtml(cards: Card | readonly Card[], options: BoardOptions = {}): string {
  return toList(cards)
    .map((card) => noteHtml(boardNote(card, options)))
    .join('');
}

function matrixTable(rows: readonly MatrixRow[]): string {
  const head = `<tr>${MATRIX_HEADER.map((label) => `<th>${escapeHtml(label)}</th>`).join('')}</tr>`;
  const body = rows
    .map((row) => {
      const cells = [row.lever, row.kpi, row.effect, String(row.risk), row.mitigation];
      return `<tr>${cells.map((cell) => `<td>${escapeHtml(plainLine(cell))}</td>`).join('')}</tr>`;
    })
    .join('');
  return `<table><thead>${head}</thead><tbody>${body}</tbody></table>`;
}

/** The decision matrix as an HTML table, titled, for rich paste into boards and docs. */
export function matrixHtml(rows: readonly MatrixRow[], title?: string): string {
  const caption = title ? `<p><strong>${escapeHtml(plainLine(title))}</strong></p>` : '';
  return `${caption}${matrixTable(rows)}`;
}
