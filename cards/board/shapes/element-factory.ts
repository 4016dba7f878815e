import type { ArrowElement, RectangleElement, TextElement } from './excalidraw-elements';
import { FONT_FAMILY_EXCALIFONT, FONT_SIZE, LINE_HEIGHT, measureText } from './measure-text';

/*
 * The bricks every shape builder uses: a box holding its text, a free text
 * line, and an arrow bound to two boxes. Each call draws fresh random ids,
 * seeds and nonces, so two copies pasted on one board never share an id
 * (Excalidraw would treat the second as an edit of the first).
 */

/** Room between a box's edge and its text: Excalidraw's own padding is 5, more reads better. */
export const BOX_PADDING = 14;
/** How far an arrow stops short of the box it points at. */
export const ARROW_GAP = 6;

export const COLORS = {
  stroke: '#1e1e1e',
  note: '#ffec99',
  header: '#e9ecef',
  step: '#a5d8ff',
  lever: '#b2f2bb',
  kpi: '#ffd8a8',
  hypothesis: '#d0bfff',
  plain: 'transparent',
} as const;

const ID_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_-';

function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(21));
  return Array.from(bytes, (byte) => ID_ALPHABET[byte & 63]).join('');
}

/** A positive 31-bit integer, what Excalidraw's seeds and nonces are. */
function randomInt(): number {
  return (crypto.getRandomValues(new Uint32Array(1))[0]! % 2_147_483_646) + 1;
}

function common(x: number, y: number, width: number, height: number) {
  return {
    id: randomId(),
    x,
    y,
    width,
    height,
    angle: 0 as const,
    strokeColor: COLORS.stroke,
    backgroundColor: 'transparent',
    fillStyle: 'solid' as const,
    strokeWidth: 2,
    strokeStyle: 'solid' as const,
    roughness: 1,
    opacity: 100,
    groupIds: [],
    frameId: null,
    index: null,
    roundness: null,
    seed: randomInt(),
    version: 1,
    versionNonce: randomInt(),
    isDeleted: false as const,
    boundElements: null,
    updated: Date.now(),
    link: null,
    locked: false,
  };
}

function textElement(x: number, y: number, text: string, maxWidth: number, containerId: string | null): TextElement {
  const measured = measureText(text, maxWidth);
  return {
    ...common(x, y, measured.width, measured.height),
    type: 'text',
    text: measured.wrapped,
    originalText: text,
    fontSize: FONT_SIZE,
    fontFamily: FONT_FAMILY_EXCALIFONT,
    textAlign: containerId ? 'center' : 'left',
    verticalAlign: containerId ? 'middle' : 'top',
    containerId,
    autoResize: true,
    lineHeight: LINE_HEIGHT,
  };
}

/** A text line on its own (a title over a diagram). */
export function freeText(x: number, y: number, text: string, maxWidth: number): TextElement {
  return textElement(x, y, text, maxWidth, null);
}

export interface Box {
  box: RectangleElement;
  label: TextElement;
}

export interface BoxOptions {
  x: number;
  y: number;
  text: string;
  /** The widest the text may run before it wraps. */
  maxTextWidth: number;
  background: string;
  /** Sizes the box to a column or row rather than to its own text. */
  width?: number;
  height?: number;
}

/**
 * tldraw keeps a pasted box's size and line breaks but draws its label at
 * 22 px (its "m" size) in a wider font, about 1.35 lines high, 16 px in from
 * the edge; a box too small for that grows downward onto the box below.
 */
export const TLDRAW_LABEL = { widthScale: 1.15, lineHeight: 30, padding: 16 } as const;

/** The smallest box that holds the text on both boards: Excalidraw's measure plus padding, and tldraw's. */
export function boxSizeFor(text: string, maxTextWidth: number) {
  const measured = measureText(text, maxTextWidth);
  const lines = measured.wrapped.split('\n').length;
  return {
    width: Math.max(measured.width + 2 * BOX_PADDING, Math.ceil(measured.width * TLDRAW_LABEL.widthScale) + 2 * TLDRAW_LABEL.padding),
    height: Math.max(measured.height + 2 * BOX_PADDING, lines * TLDRAW_LABEL.lineHeight + 2 * TLDRAW_LABEL.padding),
  };
}

/** A rounded rectangle with its text bound inside, centred, both sides pointing at each other. */
export function labelledBox({ x, y, text, maxTextWidth, background, width, height }: BoxOptions): Box {
  const own = boxSizeFor(text, maxTextWidth);
  const boxWidth = Math.max(width ?? 0, own.width);
  const boxHeight = Math.max(height ?? 0, own.height);
  const box: RectangleElement = {
    ...common(x, y, boxWidth, boxHeight),
    type: 'rectangle',
    backgroundColor: background,
    roundness: { type: 3 },
  };
  const label = textElement(0, 0, text, Math.min(maxTextWidth, boxWidth - 2 * BOX_PADDING), box.id);
  label.x = x + (boxWidth - label.width) / 2;
  label.y = y + (boxHeight - label.height) / 2;
  box.boundElements = [{ id: label.id, type: 'text' }];
  return { box, label };
}

/** Where the line from the box's centre towards `toward` leaves the box, `gap` outside its edge. */
function exitPoint(box: RectangleElement, toward: { x: number; y: number }, gap: number) {
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const dx = toward.x - cx;
  const dy = toward.y - cy;
  const halfW = box.width / 2 + gap;
  const halfH = box.height / 2 + gap;
  const t = Math.min(dx === 0 ? Infinity : halfW / Math.abs(dx), dy === 0 ? Infinity : halfH / Math.abs(dy));
  return { x: cx + dx * t, y: cy + dy * t };
}

const centre = (box: RectangleElement) => ({ x: box.x + box.width / 2, y: box.y + box.height / 2 });

/**
 * A straight arrow from one box to another along the line between their
 * centres (so focus 0 is exact), bound at both ends; each box lists the
 * arrow in its boundElements, the way Excalidraw keeps bindings both ways.
 */
export function connect(from: RectangleElement, to: RectangleElement): ArrowElement {
  const start = exitPoint(from, centre(to), ARROW_GAP);
  const end = exitPoint(to, centre(from), ARROW_GAP);
  const dx = end.x - start.x;
  const dy = end.y - start.y;
  const arrow: ArrowElement = {
    ...common(start.x, start.y, Math.abs(dx), Math.abs(dy)),
    type: 'arrow',
    roundness: { type: 2 },
    points: [
      [0, 0],
      [dx, dy],
    ],
    lastCommittedPoint: null,
    startBinding: { elementId: from.id, focus: 0, gap: ARROW_GAP },
    endBinding: { elementId: to.id, focus: 0, gap: ARROW_GAP },
    startArrowhead: null,
    endArrowhead: 'arrow',
    elbowed: false,
  };
  for (const box of [from, to]) box.boundElements = [...(box.boundElements ?? []), { id: arrow.id, type: 'arrow' }];
  return arrow;
}
