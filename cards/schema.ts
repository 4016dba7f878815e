import { stripInvisible } from './quote-value';
import { z } from './zod-setup';

/**
 * The one truth about what a deck is. Every type in the app is inferred from
 * these schemas; the JSON Schema in public/ is generated from them too.
 */

// Ids are stable across content updates of the default deck, so favorites,
// edits and rehearsal history keep pointing at the same card.
export const idSchema = z
  .string()
  .check(
    z.minLength(1, 'is empty'),
    z.maxLength(80, 'is longer than 80 characters'),
    z.regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, 'may only hold letters, digits, - and _'),
  );

// Generous but bounded: a pasted essay fits, a runaway import does not.
const MAX_TEXT = 100_000;
const text = z.string().check(z.maxLength(MAX_TEXT, `is longer than ${MAX_TEXT} characters`));
const line = z.string().check(z.trim(), z.minLength(1, 'is empty'), z.maxLength(MAX_TEXT));
// Names and titles lose bidi controls and zero-width spaces (they can reorder
// or hide what is shown); one made only of invisible characters is empty.
const title = z
  .string()
  .check(z.overwrite(stripInvisible), z.trim(), z.minLength(1, 'is empty'), z.maxLength(200, 'is longer than 200 characters'));
const tag = z
  .string()
  .check(z.overwrite(stripInvisible), z.trim(), z.minLength(1, 'is empty'), z.maxLength(40, 'is longer than 40 characters'));

/**
 * Words and short phrases the transcript review looks for (cards/transcript/
 * match-cue.ts): case does not matter, a word ending in * matches any word it
 * starts ("shard*" finds "sharding"), and a lone * stands for up to three words.
 * All optional: a deck without them is reviewed with Sidecue's defaults.
 */
const cue = z
  .string()
  .check(
    z.trim(),
    z.minLength(1, 'is empty'),
    z.maxLength(120, 'is longer than 120 characters'),
    z.regex(/[\p{L}\p{N}$€£%]/u, 'has no letter, digit or currency sign'),
  );
const cueList = z.array(cue).check(z.maxLength(100, 'holds more than 100 entries'));

/** The review's own words for a deck: what each lens and signal sounds like, and what to count as a hedge or a filler. */
export const reviewCuesSchema = z.object({
  /** The user problem or the hypothesis is on the table. */
  problem: z.optional(cueList),
  /** A business metric; with a number it is the impact signal. */
  impact: z.optional(cueList),
  /** A hard limit; with a number it is the feasibility signal. */
  feasibility: z.optional(cueList),
  /** An MVP scope: the feasibility signal even without a number. */
  scope: z.optional(cueList),
  /** A choice said with its price: the trade-off signal. */
  tradeoff: z.optional(cueList),
  /** The close has begun. */
  close: z.optional(cueList),
  hedges: z.optional(cueList),
  fillers: z.optional(cueList),
});

const cardBase = {
  id: idSchema,
  title,
  tags: z._default(z.array(tag).check(z.maxLength(30)), []),
};

export const stepSchema = z.object({
  id: idSchema,
  title,
  cue: line,
  prompts: z._default(z.array(line), []),
  example: z._default(text, ''),
});

export const stepsCardSchema = z.object({
  ...cardBase,
  kind: z.literal('steps'),
  steps: z.array(stepSchema).check(z.minLength(1, 'needs at least one step')),
});

export const slotSchema = z.object({
  id: idSchema,
  label: title,
  hint: z._default(text, ''),
  example: z._default(text, ''),
});

/** One way to fill the template; `sentence` names its slots as {slotId}. */
export const templateVariantSchema = z.object({
  id: idSchema,
  name: title,
  sentence: line,
  slots: z._default(z.array(slotSchema), []),
});

export const templateCardSchema = z.object({
  ...cardBase,
  kind: z.literal('template'),
  /** The shape every variant follows, one stage a line. */
  shape: z._default(z.array(line), []),
  variants: z.array(templateVariantSchema).check(z.minLength(1, 'needs at least one variant')),
});

export const phrasingCardSchema = z.object({
  ...cardBase,
  kind: z.literal('phrasing'),
  strong: line,
  /** The version to avoid, shown beside the strong one. */
  weak: z.optional(text),
  why: z._default(text, ''),
  /** More ways the weak version is said, found in a transcript besides `weak` itself. */
  weakPatterns: z.optional(cueList),
  /** A sentence holding one of these (a reason, a price) is not the weak version. */
  weakUnless: z.optional(cueList),
});

export const matrixRowSchema = z.object({
  id: idSchema,
  lever: line,
  kpi: line,
  effect: z._default(text, ''),
  risk: z.number().check(z.int('is not a whole number'), z.gte(1, 'is below 1'), z.lte(5, 'is above 5')),
  mitigation: z._default(text, ''),
  /** How the lever is said aloud, for the transcript review ("cach*", "kafka"). */
  cues: z.optional(cueList),
  /** How its metric is said ("conversion", "join time"). */
  metricCues: z.optional(cueList),
});

export const followUpSchema = z.object({
  id: idSchema,
  question: line,
  /** The template variant that answers it, as "cardId/variantId". */
  answerWith: z.optional(z.string().check(z.maxLength(200))),
});

export const promptCardSchema = z.object({
  ...cardBase,
  kind: z.literal('prompt'),
  domain: title,
  question: line,
  hypothesis: line,
  constraints: z._default(z.array(line), []),
  levers: z._default(z.array(matrixRowSchema), []),
  followUps: z._default(z.array(followUpSchema), []),
});

export const checklistCardSchema = z.object({
  ...cardBase,
  kind: z.literal('checklist'),
  items: z.array(z.object({ id: idSchema, text: line })).check(z.minLength(1, 'needs at least one item')),
});

export const matrixCardSchema = z.object({
  ...cardBase,
  kind: z.literal('matrix'),
  rows: z._default(z.array(matrixRowSchema), []),
});

/** Free-form guidance: the three signals, pacing rules and the like. */
export const noteCardSchema = z.object({
  ...cardBase,
  kind: z.literal('note'),
  body: z._default(text, ''),
  points: z._default(z.array(line), []),
  /** The deck's rules for the transcript review (the first note that has them is used). */
  review: z.optional(reviewCuesSchema),
});

export const cardSchema = z.discriminatedUnion('kind', [
  stepsCardSchema,
  templateCardSchema,
  phrasingCardSchema,
  promptCardSchema,
  checklistCardSchema,
  matrixCardSchema,
  noteCardSchema,
]);

export const deckSchema = z.object({
  id: idSchema,
  name: title,
  description: z._default(text, ''),
  cards: z.array(cardSchema).check(z.superRefine(uniqueIds)),
});

function uniqueIds(cards: { id: string }[], ctx: z.core.$RefinementCtx<{ id: string }[]>) {
  const seen = new Set<string>();
  cards.forEach((card, index) => {
    if (seen.has(card.id)) {
      ctx.addIssue({ code: 'custom', message: `repeats the id "${card.id}"`, path: [index, 'id'] });
    }
    seen.add(card.id);
  });
}

export type ReviewCues = z.infer<typeof reviewCuesSchema>;
export type Step = z.infer<typeof stepSchema>;
export type Slot = z.infer<typeof slotSchema>;
export type TemplateVariant = z.infer<typeof templateVariantSchema>;
export type MatrixRow = z.infer<typeof matrixRowSchema>;
export type FollowUp = z.infer<typeof followUpSchema>;
export type StepsCard = z.infer<typeof stepsCardSchema>;
export type TemplateCard = z.infer<typeof templateCardSchema>;
export type PhrasingCard = z.infer<typeof phrasingCardSchema>;
export type PromptCard = z.infer<typeof promptCardSchema>;
export type ChecklistCard = z.infer<typeof checklistCardSchema>;
export type MatrixCard = z.infer<typeof matrixCardSchema>;
export type NoteCard = z.infer<typeof noteCardSchema>;
export type Card = z.infer<typeof cardSchema>;
export type CardKind = Card['kind'];
export type Deck = z.infer<typeof deckSchema>;
/** What authors write: defaults may be left out. */
export type DeckInput = z.input<typeof deckSchema>;
export type CardInput = z.input<typeof cardSchema>;
