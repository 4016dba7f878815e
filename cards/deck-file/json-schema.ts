import { z } from '../zod-setup';
import { deckFileSchema, DECK_FILE_FORMAT, DECK_FILE_VERSION } from './deck-file';
import {
  cardSchema,
  checklistCardSchema,
  deckSchema,
  matrixCardSchema,
  matrixRowSchema,
  noteCardSchema,
  phrasingCardSchema,
  promptCardSchema,
  stepsCardSchema,
  templateCardSchema,
} from '../schema';
import { reviewRecordSchema } from '../drill/review-record';

// Named definitions: the deck appears once under $defs (not once per union
// branch), and an editor's hover says "phrasingCard" rather than an anonymous shape.
const names = z.registry<{ id: string }>();
for (const [id, schema] of Object.entries({
  deck: deckSchema,
  card: cardSchema,
  stepsCard: stepsCardSchema,
  templateCard: templateCardSchema,
  phrasingCard: phrasingCardSchema,
  promptCard: promptCardSchema,
  checklistCard: checklistCardSchema,
  matrixCard: matrixCardSchema,
  noteCard: noteCardSchema,
  matrixRow: matrixRowSchema,
  drillRecord: reviewRecordSchema,
})) {
  names.add(schema, { id });
}

/**
 * The JSON Schema of the deck file, generated from the zod schema so the two
 * can never disagree. scripts/write-deck-schema.ts writes it to
 * public/deck-file.schema.json; deck-file-schema.test.ts keeps that file equal
 * to this output.
 */
export function deckFileJsonSchema(): Record<string, unknown> {
  // 'input' describes what an author may write: fields with defaults are optional.
  const { $schema, ...generated } = z.toJSONSchema(deckFileSchema, {
    io: 'input',
    target: 'draft-2020-12',
    metadata: names,
  });
  return {
    $schema,
    // No hosted copy exists yet; a URN names the schema without promising an address.
    $id: `urn:sidecue:${DECK_FILE_FORMAT}:${DECK_FILE_VERSION}`,
    title: `Sidecue deck file (format version ${DECK_FILE_VERSION})`,
    description:
      'One deck under "deck", or several under "decks", as exported by the Sidecue browser extension. ' +
      'Write a deck in any editor with validation by adding "$schema": "./deck-file.schema.json" (a path to this file). ' +
      'Fields with a default may be left out. Card ids must be unique within a deck, and deck ids within a file. ' +
      '"drillProgress", when present, holds the drill\'s review records for the decks in the file.',
    ...generated,
  };
}

/** The file's exact text, so the script and the test agree byte for byte. */
export function deckFileJsonSchemaText(): string {
  return `${JSON.stringify(deckFileJsonSchema(), null, 2)}\n`;
}
