import { MATRIX_HEADER, plainLine } from '../board-text';
import type { MatrixRow } from '../../schema';
import type { BoardElement } from './excalidraw-elements';
import { boxSizeFor, COLORS, connect, freeText, labelledBox, type Box } from './element-factory';

/** How wide each column's text may run: Lever, KPI, Expected effect, Risk, Mitigation. */
const COLUMN_TEXT_WIDTHS = [200, 200, 220, 110, 220] as const;
const CELL_GAP = 16;
/** Between Lever and KPI, room for the arrow that says the lever moves the KPI. */
const LINK_GAP = 56;
const TITLE_GAP = 16;

// An empty cell would paste as a text element with nothing in it; a dash keeps the box labelled.
const cellText = (text: string) => plainLine(text) || '–';

const rowCells = (row: MatrixRow) => [row.lever, row.kpi, row.effect, `${row.risk}/5`, row.mitigation].map(cellText);

/**
 * The decision matrix as a grid Excalidraw can hold (it has no table): a
 * header row, then one row of boxes per lever. Every cell of a column shares
 * its x and width, every cell of a row its y and height, so the columns line
 * up; each lever points at its KPI with a bound arrow.
 */
export function matrixGrid(rows: readonly MatrixRow[], title?: string, x = 0, y = 0): BoardElement[] {
  const table = [[...MATRIX_HEADER] as string[], ...rows.map(rowCells)];
  const sizes = table.map((cells) => cells.map((text, column) => boxSizeFor(text, COLUMN_TEXT_WIDTHS[column]!)));
  const widths = COLUMN_TEXT_WIDTHS.map((_, column) => Math.max(...sizes.map((row) => row[column]!.width)));
  const heights = sizes.map((row) => Math.max(...row.map((size) => size.height)));
  const lefts = widths.map((_, column) =>
    widths.slice(0, column).reduce((sum, width, index) => sum + width + (index === 0 ? LINK_GAP : CELL_GAP), x),
  );

  const elements: BoardElement[] = [];
  let top = y;
  if (title?.trim()) {
    const heading = freeText(x, y, plainLine(title), lefts[lefts.length - 1]! + widths[widths.length - 1]! - x);
    elements.push(heading);
    top += heading.height + TITLE_GAP;
  }
  const arrows: BoardElement[] = [];
  table.forEach((cells, rowIndex) => {
    const boxes: Box[] = cells.map((text, column) =>
      labelledBox({
        x: lefts[column]!,
        y: top,
        text,
        maxTextWidth: COLUMN_TEXT_WIDTHS[column]!,
        background: rowIndex === 0 ? COLORS.header : column === 0 ? COLORS.lever : column === 1 ? COLORS.kpi : COLORS.plain,
        width: widths[column],
        height: heights[rowIndex],
      }),
    );
    elements.push(...boxes.flatMap(({ box, label }) => [box, label]));
    if (rowIndex > 0) arrows.push(connect(boxes[0]!.box, boxes[1]!.box));
    top += heights[rowIndex]! + CELL_GAP;
  });
  return [...elements, ...arrows];
}
