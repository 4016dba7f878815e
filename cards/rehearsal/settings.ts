import { REHEARSAL_SETTINGS_KEY } from '../storage/storage-keys';
import { storedSettings } from '../storage/stored-settings';
import { z } from '../zod-setup';
import { checkpointPlanSchema } from './checkpoints';

/** How the user likes to rehearse; remembered per device. */
export const rehearsalSettingsSchema = z.object({
  /** Fractions allowed, so a one-minute dry run is possible. */
  lengthMinutes: z.catch(z.number().check(z.gte(0.25), z.lte(240)), 35),
  /** Empty means "the defaults for the deck's steps". */
  checkpoints: z.catch(z.array(checkpointPlanSchema).check(z.maxLength(20)), []),
  /** A soft tone when a checkpoint passes; off unless the user turns it on. */
  sound: z.catch(z.boolean(), false),
  /** The prompt last picked, or "surprise". */
  promptId: z.catch(z.string().check(z.maxLength(80)), 'surprise'),
});
export type RehearsalSettings = z.infer<typeof rehearsalSettingsSchema>;

export const DEFAULT_REHEARSAL_SETTINGS: RehearsalSettings = {
  lengthMinutes: 35,
  checkpoints: [],
  sound: false,
  promptId: 'surprise',
};

/** Each field falls back on its own, so one bad value does not reset the rest. */
export const { item: rehearsalSettings, read: readRehearsalSettings } = storedSettings(
  REHEARSAL_SETTINGS_KEY,
  rehearsalSettingsSchema,
  DEFAULT_REHEARSAL_SETTINGS,
);
