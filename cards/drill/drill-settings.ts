import { DRILL_SETTINGS_KEY } from '../storage/storage-keys';
import { storedSettings } from '../storage/stored-settings';
import { z } from '../zod-setup';

// FSRS schedules for a chance of remembering: 90 % is its reference. Below
// 70 % reviews come too rarely to learn anything; above 97 % they come so
// often the workload explodes for little gain.
export const RETENTION_MIN = 0.7;
export const RETENTION_MAX = 0.97;
export const NEW_PER_DAY_MAX = 100;

/** How the user likes to drill; remembered per device. Each field falls back on its own. */
export const drillSettingsSchema = z.object({
  retention: z.catch(z.number().check(z.gte(RETENTION_MIN), z.lte(RETENTION_MAX)), 0.9),
  newPerDay: z.catch(z.number().check(z.int(), z.gte(0), z.lte(NEW_PER_DAY_MAX)), 10),
});
export type DrillSettings = z.infer<typeof drillSettingsSchema>;

export const DEFAULT_DRILL_SETTINGS: DrillSettings = { retention: 0.9, newPerDay: 10 };

export const { item: drillSettings, read: readDrillSettings } = storedSettings(DRILL_SETTINGS_KEY, drillSettingsSchema, DEFAULT_DRILL_SETTINGS);
