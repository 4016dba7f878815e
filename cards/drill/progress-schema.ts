import { z } from '../zod-setup';
import { reviewRecordSchema } from './review-record';

/**
 * Drill progress as an optional part of the deck file (`drillProgress`): the
 * review records of the decks in the file, each naming its item as
 * "deck:card:kind" with the deck's id in the file. Left out unless the user
 * asks for it at export (see progress-file.ts).
 */
export const drillProgressSchema = z.array(reviewRecordSchema).check(z.maxLength(100_000, 'holds more than 100,000 drill records'));
export type DrillProgress = z.infer<typeof drillProgressSchema>;
