import type { ArrowElement, BoardElement, RectangleElement, TextElement } from './excalidraw-elements';
import { TLDRAW_LABEL } from './element-factory';
import { lineWidth } from './measure-text';

/*
 * Geometry checks for the shape builders' tests: what a person would see
 * wrong on the board (boxes on top of each other, text spilling out, an
 * arrow that stays behind when a box moves).
 */

export const rectangles = (elements: readonly BoardElement[]) => elements.filter((el): el is RectangleElement => el.type === 'rectangle');
export const texts = (elements: readonly BoardElement[]) => elements.filter((el): el is TextElement => el.type === 'text');
export const arrows = (elements: readonly BoardElement[]) => elements.filter((el): el is ArrowElement => el.type === 'arrow');

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const overlap = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Pairs of boxes (and free text lines) that overlap, by their text. */
export function overlaps(elements: readonly BoardElement[]): string[] {
  const solids: Rect[] = [...rectangles(elements), ...texts(elements).filter((text) => text.containerId === null)];
  const found: string[] = [];
  solids.forEach((a, i) =>
    solids.slice(i + 1).forEach((b) => {
      if (overlap(a, b)) found.push(`${labelOf(elements, a)} overlaps ${labelOf(elements, b)}`);
    }),
  );
  return found;
}

function labelOf(elements: readonly BoardElement[], rect: Rect): string {
  const element = rect as BoardElement;
  if (element.type === 'text') return element.originalText;
  return texts(elements).find((text) => text.containerId === element.id)?.originalText ?? element.id;
}

/** Bound texts that spill out of their box, or whose lines run wider than the box leaves room for. */
export function textOutsideBoxes(elements: readonly BoardElement[]): string[] {
  const byId = new Map(elements.map((element) => [element.id, element]));
  const found: string[] = [];
  for (const text of texts(elements)) {
    if (text.containerId === null) continue;
    const box = byId.get(text.containerId);
    if (!box || box.type !== 'rectangle') {
      found.push(`${text.originalText}: no box ${text.containerId}`);
      continue;
    }
    // Excalidraw keeps 5 px between a box's edge and its text.
    const inner = { x: box.x + 5, y: box.y + 5, width: box.width - 10, height: box.height - 10 };
    const inside =
      text.x >= inner.x && text.y >= inner.y && text.x + text.width <= inner.x + inner.width && text.y + text.height <= inner.y + inner.height;
    const widest = Math.max(...text.text.split('\n').map((line) => lineWidth(line)));
    const lines = text.text.split('\n').length;
    if (!inside || widest > inner.width || lines * text.fontSize * text.lineHeight > inner.height + 0.5) {
      found.push(`${text.originalText}: outside its box`);
    }
    // tldraw keeps the box and the line breaks, and draws the label larger.
    const tl = TLDRAW_LABEL;
    if (box.width < widest * tl.widthScale + 2 * tl.padding || box.height < lines * tl.lineHeight + 2 * tl.padding) {
      found.push(`${text.originalText}: too small a box for tldraw's label`);
    }
  }
  return found;
}

/** Every binding, seen from both ends: what one side claims and the other does not confirm. */
export function asymmetricBindings(elements: readonly BoardElement[]): string[] {
  const byId = new Map(elements.map((element) => [element.id, element]));
  const found: string[] = [];
  for (const element of elements) {
    for (const bound of element.boundElements ?? []) {
      const other = byId.get(bound.id);
      if (!other || other.type !== bound.type) found.push(`${element.id} lists missing ${bound.type} ${bound.id}`);
      else if (other.type === 'text' && other.containerId !== element.id) found.push(`text ${other.id} is not in ${element.id}`);
      else if (other.type === 'arrow' && other.startBinding?.elementId !== element.id && other.endBinding?.elementId !== element.id) {
        found.push(`arrow ${other.id} is not bound to ${element.id}`);
      }
    }
    if (element.type === 'text' && element.containerId) {
      if (!byId.get(element.containerId)?.boundElements?.some((bound) => bound.id === element.id)) found.push(`box of ${element.id} does not list it`);
    }
    if (element.type === 'arrow') {
      for (const binding of [element.startBinding, element.endBinding]) {
        if (!binding) found.push(`arrow ${element.id} has a loose end`);
        else if (!byId.get(binding.elementId)?.boundElements?.some((bound) => bound.id === element.id)) {
          found.push(`${binding.elementId} does not list arrow ${element.id}`);
        }
      }
    }
  }
  return found;
}

/** The arrow's two ends on the board. */
export function arrowEnds(arrow: ArrowElement) {
  const last = arrow.points[arrow.points.length - 1]!;
  return { start: { x: arrow.x, y: arrow.y }, end: { x: arrow.x + last[0], y: arrow.y + last[1] } };
}

/** How far a point lies outside a box (0 when inside or on its edge). */
export function distanceOutside(box: Rect, point: { x: number; y: number }): number {
  const dx = Math.max(box.x - point.x, 0, point.x - (box.x + box.width));
  const dy = Math.max(box.y - point.y, 0, point.y - (box.y + box.height));
  return Math.hypot(dx, dy);
}
