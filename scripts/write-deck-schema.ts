import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { deckFileJsonSchemaText } from '../cards/deck-file/json-schema';

// Regenerates public/deck-file.schema.json from the zod schema (run after any
// change to cards/schema.ts or cards/deck-file.ts; a unit test fails until you do).
const target = fileURLToPath(new URL('../public/deck-file.schema.json', import.meta.url));
writeFileSync(target, deckFileJsonSchemaText());
console.log(`Wrote ${target}`);
