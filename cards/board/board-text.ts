import { guardFormula } from '../spreadsheet-cell';
import { renderTemplate, type SlotValues } from '../render-template';
import type { Card, MatrixRow } from '../schema';

/**
 * What a card looks like on a whiteboard: a short title and blocks of short
 * lines. Plain text (here) and HTML (board-html.ts) are both rendered from
 * this one shape, so a sticky note and a rich paste always say the same.
 */
export interface BoardNote {
  title: string;
  blocks: BoardBlock[];
}

export type BoardBlock =
  /** Sentences, one a line. */
  | { type: 'lines'; lines: string[] }
  | { type: 'list'; label?: string; items: string[]; checkboxes?: boolean }
  | { type: 'matrix'; rows: MatrixRow[] };

export interface BoardOptions {
  /** For a steps card: only this step, as the user sees it on the Steps screen. */
  stepId?: string;
  /** For a template card: the variant to render (the first by default). */
  variantId?: string;
  /** For a template card: what the user typed into its slots; examples fill the rest. */
  values?: SlotValues;
}

export const MATRIX_HEADER = ['Lever', 'KPI', 'Expected effect', 'Risk (1–5)', 'Mitigation'] as const;

/**
 * Removes the Markdown a whiteboard would show literally (`**`, `#`, back
 * ticks, link syntax) and folds whitespace, keeping the words.
 */
export function plainLine(text: string): string {
  return text
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, '$1 ($2)')
    .replace(/(\*\*|__|~~|`+)/g, '')
    .replace(/(^|\s)\*(\S(?:[^*]*\S)?)\*(?=\s|[.,;:!?)]|$)/g, '$1$2')
    .replace(/^\s*(?:#{1,6}|>|[-*+])\s+/gm, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A paragraph as short lines: one sentence a line, which reads on a sticky
 * note without the ragged breaks of hard wrapping at a fixed width.
 */
export function sentenceLines(text: string): string[] {
  return text
    .split(/\n+/)
    .flatMap((paragraph) => plainLine(paragraph).split(/(?<=[.!?])\s+(?=["“(]?[A-Z0-9$€£])/))
    .map((line) => line.trim())
    .filter(Boolean);
}

const clean = (items: readonly (string | undefined)[]) =>
  items.map((item) => plainLine(item ?? '')).filter(Boolean);

/** The card as a board note; see BoardOptions for what is picked. */
export function boardNote(card: Card, options: BoardOptions = {}): BoardNote {
  const title = plainLine(card.title);
  switch (card.kind) {
    case 'steps': {
      const step = card.steps.find((entry) => entry.id === options.stepId);
      if (step) {
        return {
          title: plainLine(step.title),
          blocks: [
            { type: 'lines', lines: sentenceLines(step.cue) },
            { type: 'list', label: 'Ask yourself', items: clean(step.prompts) },
          ],
        };
      }
      return { title, blocks: [{ type: 'list', items: clean(card.steps.map((entry) => `${entry.title}: ${entry.cue}`)) }] };
    }
    case 'template': {
      const variant = card.variants.find((entry) => entry.id === options.variantId) ?? card.variants[0]!;
      return {
        title: plainLine(variant.name),
        blocks: [{ type: 'lines', lines: sentenceLines(renderTemplate(variant, options.values)) }],
      };
    }
    case 'phrasing':
      return { title, blocks: [{ type: 'lines', lines: sentenceLines(card.strong) }] };
    case 'prompt':
      return {
        title: plainLine(card.domain),
        blocks: [
          { type: 'lines', lines: [...sentenceLines(card.question), ...sentenceLines(`Hypothesis: ${card.hypothesis}`)] },
          { type: 'list', label: 'Constraints', items: clean(card.constraints) },
          { type: 'list', label: 'Levers', items: clean(card.levers.map((row) => `${row.lever} → ${row.kpi}`)) },
        ],
      };
    case 'checklist':
      return { title, blocks: [{ type: 'list', items: clean(card.items.map((item) => item.text)), checkboxes: true }] };
    case 'matrix':
      return { title, blocks: [{ type: 'matrix', rows: card.rows }] };
    case 'note':
      return {
        title,
        blocks: [
          { type: 'lines', lines: sentenceLines(card.body) },
          { type: 'list', items: clean(card.points) },
        ],
      };
    default: {
      const unknownKind: never = card;
      throw new Error(`boardNote: unknown card kind ${(unknownKind as { kind: string }).kind}`);
    }
  }
}

/** Non-empty blocks only, so no renderer prints a label over nothing. */
export function visibleBlocks(note: BoardNote): BoardBlock[] {
  return note.blocks.filter((block) =>
    block.type === 'lines' ? block.lines.length > 0 : block.type === 'list' ? block.items.length > 0 : block.rows.length > 0,
  );
}

function blockText(block: BoardBlock): string[] {
  switch (block.type) {
    case 'lines':
      return block.lines;
    case 'list':
      return [...(block.label ? [`${block.label}:`] : []), ...block.items.map((item) => `${block.checkboxes ? '☐' : '•'} ${item}`)];
    case 'matrix':
      // A sticky note has no columns: each row reads as lever → KPI, then its detail.
      return block.rows.flatMap((row) => {
        const effect = plainLine(row.effect);
        const mitigation = plainLine(row.mitigation);
        return [
          `${plainLine(row.lever)} → ${plainLine(row.kpi)} (risk ${row.risk}/5)`,
          ...(effect ? [`Effect: ${effect}`] : []),
          ...(mitigation ? [`Mitigation: ${mitigation}`] : []),
        ];
      });
  }
}

/** Plain text for a sticky note or text box: title, then blocks split by a blank line. */
export function noteText(note: BoardNote): string {
  return [[note.title], ...visibleBlocks(note).map(blockText)].map((lines) => lines.join('\n')).join('\n\n');
}

/** One card, or a set of cards (several phrasings, say), as board text. */
export function boardText(cards: Card | readonly Card[], options: BoardOptions = {}): string {
  return toList(cards)
    .map((card) => noteText(boardNote(card, options)))
    .join('\n\n');
}

export function toList(cards: Card | readonly Card[]): readonly Card[] {
  return Array.isArray(cards) ? cards : [cards as Card];
}

const matrixCells = (row: MatrixRow) => [row.lever, row.kpi, row.effect, String(row.risk), row.mitigation];

/** Tab-separated, header first: Miro, FigJam, sheets and docs paste it as a table. */
export function matrixTsv(rows: readonly MatrixRow[]): string {
  const cell = (text: string) => guardFormula(plainLine(text.replace(/\t/g, ' ')));
  return [[...MATRIX_HEADER], ...rows.map(matrixCells)].map((cells) => cells.map(cell).join('\t')).join('\n');
}

/** A GitHub-flavoured Markdown table, for notes and docs that render it. */
export function matrixMarkdown(rows: readonly MatrixRow[], title?: string): string {
  const cell = (text: string) => guardFormula(text.replace(/\s+/g, ' ').trim()).replace(/\\/g, '\\\\').replace(/\|/g, '\\|');
  const line = (cells: readonly string[]) => `| ${cells.map(cell).join(' | ')} |`;
  const table = [line(MATRIX_HEADER), `|${MATRIX_HEADER.map(() => ' --- ').join('|')}|`, ...rows.map((row) => line(matrixCells(row)))];
  return [...(title ? [`## ${title.trim()}`, ''] : []), ...table].join('\n');
}
