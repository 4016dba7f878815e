import type { TemplateVariant } from './schema';

/** Slot values the user typed, by slot id; a blank one falls back to the slot's example. */
export type SlotValues = Record<string, string>;

export interface RenderedPart {
  text: string;
  /** The slot this text fills, if any: the UI shows filled slots distinctly. */
  slotId?: string;
}

const PLACEHOLDER = /\{([A-Za-z0-9_-]+)\}/g;

/** The template's sentence cut into literal text and filled slots. */
export function renderTemplateParts(variant: TemplateVariant, values: SlotValues = {}): RenderedPart[] {
  const parts: RenderedPart[] = [];
  let last = 0;
  for (const match of variant.sentence.matchAll(PLACEHOLDER)) {
    const slotId = match[1]!;
    if (match.index > last) parts.push({ text: variant.sentence.slice(last, match.index) });
    parts.push({ text: slotText(variant, slotId, values), slotId });
    last = match.index + match[0].length;
  }
  if (last < variant.sentence.length) parts.push({ text: variant.sentence.slice(last) });
  return parts;
}

/** The ready sentence, as the user would say or paste it. */
export function renderTemplate(variant: TemplateVariant, values: SlotValues = {}): string {
  return renderTemplateParts(variant, values)
    .map((part) => part.text)
    .join('');
}

function slotText(variant: TemplateVariant, slotId: string, values: SlotValues): string {
  const typed = values[slotId]?.trim();
  if (typed) return typed;
  const slot = variant.slots.find((entry) => entry.id === slotId);
  // An unknown placeholder stays visible as itself, so the author sees it.
  if (!slot) return `{${slotId}}`;
  return slot.example || `[${slot.label}]`;
}
