/*
 * Everything the copy menus turn an item into, beyond the plain text the
 * panel shows: shapes for Excalidraw and tldraw, and Mermaid. One module the
 * menus import on demand (`import()` when the user picks a copy), so the
 * builders and the element schema stay out of the panel's first render.
 */
import { describeIssue } from '../describe-issues';
import { excalidrawClipboardSchema, type ExcalidrawClipboard } from './shapes/excalidraw-elements';

export { boardHtml } from './board-html';
export { boardText } from './board-text';
export { matrixMermaid, promptMermaid, stepsMermaid } from './mermaid';
export { cardsClipboard, shapesClipboard } from './shapes/card-shapes';
export { matrixGrid } from './shapes/matrix-grid';
export { promptFan } from './shapes/prompt-fan';
export { stepsFlow } from './shapes/steps-flow';

/**
 * The payload as the plain text boards read on paste, checked against the
 * element schema first: a board handed a broken element drops the whole
 * paste without a word, so the panel says what is wrong instead.
 */
export function checkedClipboardText(payload: ExcalidrawClipboard): { text: string } | { problem: string } {
  const checked = excalidrawClipboardSchema.safeParse(payload);
  if (!checked.success) return { problem: describeIssue(checked.error.issues[0]!, 'the drawing') };
  return { text: JSON.stringify(checked.data) };
}
