import { z } from '../zod-setup';
import { describeIssues } from '../describe-issues';
import { quoteValue } from '../quote-value';
import { migrateDeckFile } from './migrations';
import { deckSchema, type Deck } from '../schema';
import { drillProgressSchema, type DrillProgress } from '../drill/progress-schema';
import { slugify } from '../slugify';

/**
 * The `sidecue-deck` file: how decks leave and enter Sidecue (export, import,
 * a deck written by hand in an editor against public/deck-file.schema.json).
 * Reading never throws: every way a file can be wrong has its own message,
 * worded for the user, and a refused file changes nothing.
 */

export const DECK_FILE_FORMAT = 'sidecue-deck';
/** Bump it, and add a named step to ./migrations.ts, whenever the shape changes. */
export const DECK_FILE_VERSION = 4;
export const MAX_DECK_FILE_BYTES = 5 * 1024 * 1024;
/**
 * Cards one imported deck may hold. The panel reads and checks the active
 * deck before its first screen, and Customize lists every card: at a few
 * thousand cards both take a noticeable pause on a 2-core machine, and a
 * 5 MB file of small cards (some 50,000) froze the panel for half a minute.
 * Refused before anything is written, with the way out in the sentence.
 */
export const MAX_CARDS_PER_DECK = 2_000;

const header = {
  // Editors validate a hand-written deck against the file named here.
  $schema: z.optional(z.string()),
  format: z.literal(DECK_FILE_FORMAT),
  version: z.literal(DECK_FILE_VERSION),
  exportedAt: z.optional(z.iso.datetime({ offset: true })),
  /** Since version 3, and only when the user asked at export: the drill's review records (drill/progress-file.ts). */
  drillProgress: z.optional(drillProgressSchema),
};

export const singleDeckFileSchema = z.object({ ...header, deck: deckSchema });

export const multiDeckFileSchema = z.object({
  ...header,
  decks: z.array(deckSchema).check(z.minLength(1, 'holds no decks'), z.superRefine(uniqueDeckIds)),
});

/** The current shape: one deck under `deck`, or several under `decks`. */
export const deckFileSchema = z.union([singleDeckFileSchema, multiDeckFileSchema]);
export type DeckFile = z.infer<typeof deckFileSchema>;

export type ReadResult = { ok: true; decks: Deck[]; migratedFrom?: number; progress?: DrillProgress } | { ok: false; error: string };

export function readDeckFile(text: string): ReadResult {
  try {
    return read(text);
  } catch (error) {
    // Nothing above should throw; if it does, the user still gets a sentence.
    return fail(`Sidecue could not read this file (${error instanceof Error ? error.message : String(error)}).`);
  }
}

/** Checks the size before reading a byte, so a huge file is refused at once. */
export async function readDeckFileBlob(file: Blob): Promise<ReadResult> {
  if (file.size > MAX_DECK_FILE_BYTES) {
    return fail(
      `This file is ${megabytes(file.size)}; Sidecue imports deck files up to ${megabytes(MAX_DECK_FILE_BYTES)}.`,
    );
  }
  if (file.size === 0) return fail(EMPTY);
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    return fail(`The browser could not read this file (${error instanceof Error ? error.message : String(error)}).`);
  }
  return readDeckFile(text);
}

/** Pretty JSON: one deck under `deck`, several under `decks`. Throws on a deck that would not read back. */
export function writeDeckFile(decks: Deck[], now: Date = new Date(), { progress }: { progress?: DrillProgress } = {}): string {
  if (decks.length === 0) throw new RangeError('writeDeckFile needs at least one deck');
  const head = {
    format: DECK_FILE_FORMAT,
    version: DECK_FILE_VERSION,
    exportedAt: now.toISOString(),
    ...(progress ? { drillProgress: progress } : {}),
  };
  const file = decks.length === 1 ? { ...head, deck: decks[0] } : { ...head, decks };
  const result = decks.length === 1 ? singleDeckFileSchema.safeParse(file) : multiDeckFileSchema.safeParse(file);
  if (!result.success) throw new Error(`This deck cannot be exported: ${describeIssues(result.error.issues, 5, 'the file', file)}`);
  return `${JSON.stringify(result.data, null, 2)}\n`;
}

/** 'sidecue-acme-onsite-2025-03-14.json', or 'sidecue-all-decks-2025-03-14.json' for several. */
export function deckFileName(decks: Deck[], now: Date = new Date()): string {
  const name = decks.length === 1 ? slugify(decks[0]!.name, 48) || 'deck' : 'all-decks';
  return `sidecue-${name}-${localDate(now)}.json`;
}

const EMPTY = 'This file is empty: there is no deck in it.';

/** The sentence for the first deck of the file holding more than MAX_CARDS_PER_DECK cards, if any. */
function crowdedDeck(file: Record<string, unknown>): string | undefined {
  const decks = Array.isArray(file.decks) ? file.decks : [file.deck];
  for (const deck of decks) {
    if (!isObject(deck) || !Array.isArray(deck.cards) || deck.cards.length <= MAX_CARDS_PER_DECK) continue;
    const name = typeof deck.name === 'string' && deck.name.trim() ? `“${deck.name.trim().slice(0, 60)}”` : 'in this file';
    return (
      `The deck ${name} holds ${deck.cards.length.toLocaleString('en-US')} cards; Sidecue imports decks of up to ` +
      `${MAX_CARDS_PER_DECK.toLocaleString('en-US')} cards, so the panel stays quick to open and edit. ` +
      'Split it into smaller decks and import those. Nothing was imported.'
    );
  }
  return undefined;
}

function read(text: string): ReadResult {
  // Editors on Windows may save a byte-order mark, which JSON.parse refuses.
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return fail(EMPTY);

  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    return fail(notJson(error, body));
  }

  if (!isObject(json) || json.format !== DECK_FILE_FORMAT) return fail(notADeck(json));
  const version = json.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail(
      `This file says it is a Sidecue deck, but its "version" is ${version === undefined ? 'missing' : quoteValue(version)}; it should be a whole number from 1 to ${DECK_FILE_VERSION}.`,
    );
  }
  if (version > DECK_FILE_VERSION) {
    return fail(
      `This deck was made by a newer Sidecue (format ${version}); this one reads up to ${DECK_FILE_VERSION} — update Sidecue to import it.`,
    );
  }
  if ('deck' in json && 'decks' in json) {
    return fail('This file is not a valid deck: it has both "deck" and "decks"; keep one of them.');
  }

  const migrated = migrateDeckFile(json, version, DECK_FILE_VERSION);
  // Counted before the cards are checked one by one: a huge deck is refused at once.
  const crowded = crowdedDeck(migrated);
  if (crowded) return fail(crowded);
  const result = 'decks' in migrated ? multiDeckFileSchema.safeParse(migrated) : singleDeckFileSchema.safeParse(migrated);
  if (!result.success) {
    const issues = result.error.issues.map((issue) => explainUnknownKind(issue, migrated));
    return fail(`This file is not a valid deck: ${describeIssues(issues, 5, 'the file', migrated)}`);
  }
  const decks = 'deck' in result.data ? [result.data.deck] : result.data.decks;
  const progress = result.data.drillProgress;
  return {
    ok: true,
    decks,
    ...(version < DECK_FILE_VERSION ? { migratedFrom: version } : {}),
    ...(progress ? { progress } : {}),
  };
}

function fail(error: string): ReadResult {
  return { ok: false, error };
}

function notJson(error: unknown, body: string): string {
  const detail = error instanceof Error ? error.message : '';
  const position = /^(.*?) in JSON at position (\d+)/.exec(detail);
  if (position && Number(position[2]) >= body.trimEnd().length) return ENDS_EARLY;
  if (position) {
    const { line, column } = lineAndColumn(body, Number(position[2]));
    return `This file is not JSON (line ${line}, column ${column}: ${lowerFirst(position[1]!)}).`;
  }
  if (/unexpected end/i.test(detail)) return ENDS_EARLY;
  // V8 quotes the whole text after the token; keep only the token.
  const token = /^Unexpected token '(.+?)'/.exec(detail);
  if (token) return `This file is not JSON (it has an unexpected “${token[1]}”).`;
  return 'This file is not JSON.';
}

const ENDS_EARLY = 'This file is not JSON (it ends before the data is complete).';

function lowerFirst(text: string) {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function lineAndColumn(text: string, position: number) {
  const before = text.slice(0, position).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

function notADeck(json: unknown): string {
  const lead = 'This file is JSON, but not a Sidecue deck';
  if (!isObject(json)) return `${lead}: a deck file is an object with "format": "${DECK_FILE_FORMAT}".`;
  if (json.format === undefined) return `${lead}: it has no "format": "${DECK_FILE_FORMAT}".`;
  return `${lead}: its "format" is ${quoteValue(json.format)}, not "${DECK_FILE_FORMAT}".`;
}

/** zod says "kind does not match"; the user needs to hear which kind, and which ones exist. */
function explainUnknownKind(issue: z.core.$ZodIssue, input: unknown): z.core.$ZodIssue {
  if (issue.code !== 'invalid_union' || issue.discriminator !== 'kind' || !('options' in issue)) return issue;
  const known = (issue.options ?? []).join(', ');
  const cardPath = issue.path.slice(0, -1);
  const kind = valueAt(input, issue.path);
  const message =
    kind === undefined
      ? `has no "kind"; it should be one of: ${known}`
      : `is a card of kind ${quoteValue(kind)}, which this Sidecue does not know (it knows: ${known})`;
  return { code: 'custom', path: cardPath, message, input: kind } as z.core.$ZodIssue;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((value, key) => (isObject(value) || Array.isArray(value) ? (value as never)[key] : undefined), input);
}

function uniqueDeckIds(decks: Deck[], ctx: z.core.$RefinementCtx<Deck[]>) {
  const first = new Map<string, number>();
  decks.forEach((deck, index) => {
    const earlier = first.get(deck.id);
    if (earlier !== undefined) {
      ctx.addIssue({
        code: 'custom',
        message: `is the same as deck ${earlier + 1}’s; each deck needs its own`,
        path: [index, 'id'],
      });
    } else {
      first.set(deck.id, index);
    }
  });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
}

/** The user's own calendar date, which is what they expect in a file name. */
function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
