import { deckMetaSchema } from './storage/stored-records';

/** What is wrong with a deck name, in the schema's own words ("is empty"), or undefined. */
export function deckNameProblem(name: string): string | undefined {
  const result = deckMetaSchema.shape.name.safeParse(name);
  return result.success ? undefined : result.error.issues[0]?.message;
}
