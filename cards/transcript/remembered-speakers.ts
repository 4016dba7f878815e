import { storage } from '@wxt-dev/storage';
import { TRANSCRIPT_SPEAKERS_KEY } from '../storage/storage-keys';
import { z } from '../zod-setup';

/**
 * The names the user has picked as theirs in transcripts ("Robin Candidate"
 * in Zoom, "Speaker 2" in Otter), most recent first, so the next transcript
 * with one of them opens on it. Kept on this device only.
 */
const MAX_NAMES = 20;
const namesSchema = z.array(z.string().check(z.maxLength(200))).check(z.maxLength(100));

export const rememberedSpeakers = storage.defineItem<string[]>(TRANSCRIPT_SPEAKERS_KEY, { fallback: [], version: 1 });

export function readSpeakers(value: unknown): string[] {
  const result = namesSchema.safeParse(value);
  return result.success ? result.data.slice(0, MAX_NAMES) : [];
}

/** The names with `name` first, each once. */
export function withSpeaker(names: readonly string[], name: string): string[] {
  return [name, ...names.filter((entry) => entry !== name)].slice(0, MAX_NAMES);
}

/** The speaker to offer first: one the user picked before, else whoever said the most. */
export function likelySpeaker(speakers: readonly { name: string }[], remembered: readonly string[]): string | undefined {
  for (const name of remembered) if (speakers.some((speaker) => speaker.name === name)) return name;
  return speakers[0]?.name;
}

export async function rememberSpeaker(name: string): Promise<void> {
  await rememberedSpeakers.setValue(withSpeaker(readSpeakers(await rememberedSpeakers.getValue()), name));
}
