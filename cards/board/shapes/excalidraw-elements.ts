import { z } from '../../zod-setup';

/*
 * The three element shapes the panel puts on a board, in Excalidraw 0.18's
 * element schema (packages/excalidraw/element/types.ts). Excalidraw and
 * tldraw both read these from the plain-text clipboard. Every field a pasted
 * element needs is listed and required, so a builder that forgets one does not
 * type-check; tldraw loops over `boundElements`, so it is `null` or an array,
 * never missing.
 */

const boundElement = z.object({ id: z.string().min(1), type: z.enum(['arrow', 'text']) });

const base = {
  id: z.string().min(1),
  x: z.number().finite(),
  y: z.number().finite(),
  width: z.number().finite().nonnegative(),
  height: z.number().finite().nonnegative(),
  angle: z.literal(0),
  strokeColor: z.string(),
  backgroundColor: z.string(),
  fillStyle: z.enum(['hachure', 'cross-hatch', 'solid', 'zigzag']),
  strokeWidth: z.number().positive(),
  strokeStyle: z.enum(['solid', 'dashed', 'dotted']),
  roughness: z.number().int().min(0).max(2),
  opacity: z.number().min(0).max(100),
  groupIds: z.array(z.string()),
  frameId: z.null(),
  index: z.null(),
  roundness: z.object({ type: z.union([z.literal(1), z.literal(2), z.literal(3)]), value: z.number().optional() }).nullable(),
  seed: z.number().int().positive(),
  version: z.number().int().positive(),
  versionNonce: z.number().int(),
  isDeleted: z.literal(false),
  boundElements: z.array(boundElement).nullable(),
  updated: z.number().int().positive(),
  link: z.null(),
  locked: z.boolean(),
};

export const rectangleElementSchema = z.object({ ...base, type: z.literal('rectangle') }).strict();

export const textElementSchema = z
  .object({
    ...base,
    type: z.literal('text'),
    text: z.string(),
    originalText: z.string(),
    fontSize: z.number().positive(),
    fontFamily: z.number().int().positive(),
    textAlign: z.enum(['left', 'center', 'right']),
    verticalAlign: z.enum(['top', 'middle', 'bottom']),
    containerId: z.string().min(1).nullable(),
    autoResize: z.boolean(),
    lineHeight: z.number().positive(),
  })
  .strict();

const point = z.tuple([z.number().finite(), z.number().finite()]);

/** 0.18's binding of a straight arrow: where it points (focus, -1…1) and how far it stops from the shape (gap). */
export const pointBindingSchema = z.object({ elementId: z.string().min(1), focus: z.number().min(-1).max(1), gap: z.number().nonnegative() }).strict();

export const arrowElementSchema = z
  .object({
    ...base,
    type: z.literal('arrow'),
    points: z.array(point).min(2),
    lastCommittedPoint: z.null(),
    startBinding: pointBindingSchema.nullable(),
    endBinding: pointBindingSchema.nullable(),
    startArrowhead: z.null(),
    endArrowhead: z.literal('arrow').nullable(),
    elbowed: z.literal(false),
  })
  .strict();

export const boardElementSchema = z.discriminatedUnion('type', [rectangleElementSchema, textElementSchema, arrowElementSchema]);

/** What Excalidraw writes to the clipboard, and reads back from pasted plain text. */
export const excalidrawClipboardSchema = z
  .object({
    type: z.literal('excalidraw/clipboard'),
    elements: z.array(boardElementSchema),
    files: z.object({}).strict(),
  })
  .strict();

export type RectangleElement = z.infer<typeof rectangleElementSchema>;
export type TextElement = z.infer<typeof textElementSchema>;
export type ArrowElement = z.infer<typeof arrowElementSchema>;
export type PointBinding = z.infer<typeof pointBindingSchema>;
export type BoardElement = z.infer<typeof boardElementSchema>;
export type ExcalidrawClipboard = z.infer<typeof excalidrawClipboardSchema>;
