import { storage } from '@wxt-dev/storage';
import { LOOKUP_REQUEST_KEY } from './storage-keys';

/**
 * The background asks the panel to focus phrasing search by stamping this
 * item; the panel listens, and on opening honours a stamp younger than
 * LOOKUP_FRESH_MS (the panel may still be loading when the stamp lands).
 */
export const lookupRequest = storage.defineItem<number>(LOOKUP_REQUEST_KEY, { fallback: 0 });

export const LOOKUP_FRESH_MS = 5_000;

export function requestLookup(now = Date.now()): Promise<void> {
  return lookupRequest.setValue(now);
}

export function isFreshLookup(stampedAt: number, now = Date.now()): boolean {
  return stampedAt > 0 && now - stampedAt < LOOKUP_FRESH_MS;
}
