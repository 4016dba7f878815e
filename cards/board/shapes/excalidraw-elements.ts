import { z } from '../../zod-setup';

/*
 * The three element shapes the panel puts on a board, in Excalidraw 0.18's
 * element schema (packages/excalidraw/element/types.ts). Excalidraw and
 * tldraw both read these from the plain-text clipboard. Every field a pasted
 * element needs is listed and required, so a builder that forgets one does not
 * type-check; tldraw loops over `boundElements`, so it is `null` or an array,
 * never missing.
 */

const boundElement = z.object({ id: z.string().check(z.minLength(1)), type: z.enum(['arrow', 'text']) });

const base = {
  id: z.string().check(z.minLength(1)),
  x: z.number(),
  y: z.number(),
  width: z.number().check(z.nonnegative()),
  height: z.number().check(z.nonnegative()),
  angle: z.literal(0),
  strokeColor: z.string(),
  backgroundColor: z.string(),
  fillStyle: z.enum(['hachure', 'cross-hatch', 'solid', 'zigzag']),
  strokeWidth: z.number().check(z.positive()),
  strokeStyle: z.enum(['solid', 'dashed', 'dotted']),
  roughness: z.number().check(z.int(), z.gte(0), z.lte(2)),
  opacity: z.number().check(z.gte(0), z.lte(100)),
  groupIds: z.array(z.string()),
  frameId: z.null(),
  index: z.null(),
  roundness: z.nullable(z.object({ type: z.union([z.literal(1), z.literal(2), z.literal(3)]), value: z.optional(z.number()) })),
  seed: z.number().check(z.int(), z.positive()),
  version: z.number().check(z.int(), z.positive()),
  versionNonce: z.number().check(z.int()),
  isDeleted: z.literal(false),
  boundElements: z.nullable(z.array(boundElement)),
  updated: z.number().check(z.int(), z.positive()),
  link: z.null(),
  locked: z.boolean(),
};

export const rectangleElementSchema = z.strictObject({ ...base, type: z.literal('rectangle') });

export const textElementSchema = z.strictObject({
  ...base,
  type: z.literal('text'),
  text: z.string(),
  originalText: z.string(),
  fontSize: z.number().check(z.positive()),
  fontFamily: z.number().check(z.int(), z.positive()),
  textAlign: z.enum(['left', 'center', 'right']),
  verticalAlign: z.enum(['top', 'middle', 'bottom']),
  containerId: z.nullable(z.string().check(z.minLength(1))),
  autoResize: z.boolean(),
  lineHeight: z.number().check(z.positive()),
});

const point = z.tuple([z.number(), z.number()]);

/** 0.18's binding of a straight arrow: where it points (focus, -1…1) and how far it stops from the shape (gap). */
export const pointBindingSchema = z.strictObject({
  elementId: z.string().check(z.minLength(1)),
  focus: z.number().check(z.gte(-1), z.lte(1)),
  gap: z.number().check(z.nonnegative()),
});

export const arrowElementSchema = z.strictObject({
  ...base,
  type: z.literal('arrow'),
  points: z.array(point).check(z.minLength(2)),
  lastCommittedPoint: z.null(),
  startBinding: z.nullable(pointBindingSchema),
  endBinding: z.nullable(pointBindingSchema),
  startArrowhead: z.null(),
  endArrowhead: z.nullable(z.literal('arrow')),
  elbowed: z.literal(false),
});

export const boardElementSchema = z.discriminatedUnion('type', [rectangleElementSchema, textElementSchema, arrowElementSchema]);

/** What Excalidraw writes to the clipboard, and reads back from pasted plain text. */
export const excalidrawClipboardSchema = z.strictObject({
  type: z.literal('excalidraw/clipboard'),
  elements: z.array(boardElementSchema),
  files: z.strictObject({}),
});

export type RectangleElement = z.infer<typeof rectangleElementSchema>;
export type TextElement = z.infer<typeof textElementSchema>;
export type ArrowElement = z.infer<typeof arrowElementSchema>;
export type PointBinding = z.infer<typeof pointBindingSchema>;
export type BoardElement = z.infer<typeof boardElementSchema>;
export type ExcalidrawClipboard = z.infer<typeof excalidrawClipboardSchema>;
