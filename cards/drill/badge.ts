import { browser } from 'wxt/browser';
import { loadShippedDeck, resolveActiveDeck } from '../shipped-deck';
import { activeDeckId } from '../storage/preferences';
import { loadLibrary } from '../storage/library-read';
import { ACTIVE_DECK_STORAGE_NAME, parseKey } from '../storage/storage-keys';
import { changesDueCount, dueSummary, type DueSummary } from './due-count';

/** The alarm that wakes the background when the count changes by the clock alone. */
export const BADGE_ALARM = 'sidecue-drill-badge';

/** The toolbar button's badge: Chrome's `action`, Firefox MV2's `browserAction` (the polyfill does not alias one to the other). */
export interface BadgeTarget {
  setBadgeText(details: { text: string }): Promise<void> | void;
  setBadgeBackgroundColor?(details: { color: string }): Promise<void> | void;
}

export function toolbarBadge(): BadgeTarget | undefined {
  const apis = browser as unknown as { action?: BadgeTarget; browserAction?: BadgeTarget };
  return apis.action ?? apis.browserAction;
}

/** Short enough for the badge's four characters; nothing at all when nothing is due. */
export function badgeText(count: number): string {
  if (count <= 0) return '';
  return count > 999 ? '999+' : String(count);
}

/** The due count of the deck the panel shows (the shipped deck until the user picks another). */
export async function activeDueSummary(now: number): Promise<DueSummary> {
  const [library, activeId, shipped] = await Promise.all([loadLibrary(now), activeDeckId.getValue(), loadShippedDeck()]);
  return dueSummary(resolveActiveDeck(library, activeId, shipped).deck, now);
}

/**
 * Writes the count on the badge and sets the alarm for the moment it next
 * changes with no one touching anything (an item falls due, the day turns).
 * An alarm, not a timer: the service worker is stopped after 30 s idle and a
 * timer dies with it; an alarm wakes it again.
 */
export async function refreshBadge(now: number, target = toolbarBadge()): Promise<DueSummary> {
  const summary = await activeDueSummary(now);
  if (target) {
    await target.setBadgeText({ text: badgeText(summary.count) });
    await target.setBadgeBackgroundColor?.({ color: '#0b5cad' });
  }
  await browser.alarms.create(BADGE_ALARM, { when: summary.changesAt });
  return summary;
}


/** Whether a storage change can change the count: grades, drill settings, cards, decks, the active deck. */
export function changesBadge(keys: readonly string[]): boolean {
  return changesDueCount(keys) || keys.some((key) => key === ACTIVE_DECK_STORAGE_NAME || parseKey(key).type === 'deck' || parseKey(key).type === 'card');
}

/**
 * Keeps the badge current from the background: now, on every storage change
 * that matters (coalesced, as an import writes many keys), and on its alarm.
 * Listeners are added synchronously, so a woken service worker hears the
 * event that woke it.
 */
export function startDrillBadge(clock: () => number = Date.now): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const refresh = () => {
    refreshBadge(clock()).catch((error: unknown) => console.warn('Sidecue: could not update the drill badge', error));
  };
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'local' || !changesBadge(Object.keys(changes))) return;
    clearTimeout(timer);
    timer = setTimeout(refresh, 150);
  };
  const onAlarm = (alarm: { name: string }) => {
    if (alarm.name === BADGE_ALARM) refresh();
  };
  browser.storage.onChanged.addListener(onChanged);
  browser.alarms.onAlarm.addListener(onAlarm);
  refresh();
  return () => {
    clearTimeout(timer);
    browser.storage.onChanged.removeListener(onChanged);
    browser.alarms.onAlarm.removeListener(onAlarm);
  };
}
