import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultDeck } from '../default-deck';
import { activeDeckId } from '../storage/preferences';
import * as store from '../storage/store';
import { badgeText, BADGE_ALARM, refreshBadge, startDrillBadge } from './badge';
import { startOfNextDay } from './day';
import { drillDeck } from './drill.fixtures';
import { drillQueue, dueCount } from './drill-queue';
import { drillSettings } from './drill-settings';
import { reviewItems } from './review-items';
import { loadReviews, saveReview } from './review-store';
import { gradeItem } from './scheduler';

const T0 = new Date(2026, 0, 5, 9, 0, 0).getTime();
const MINUTE = 60_000;
const badge = () => fakeBrowser.action.getBadgeText({});

/** The count the drill itself would show at `now`: what the badge must say. */
async function dueInDrill(now: number) {
  const items = reviewItems(drillDeck());
  return dueCount(drillQueue(items, await loadReviews('acme', now), now, await drillSettings.getValue()));
}

async function setUp() {
  await store.saveDeck(drillDeck(), { now: 1 });
  await activeDeckId.setValue('acme');
  await drillSettings.setValue({ retention: 0.9, newPerDay: 2 });
}

describe('the toolbar badge', () => {
  it('says nothing for a deck never drilled', async () => {
    await setUp();
    await refreshBadge(T0);
    expect(await badge()).toBe('');
  });

  it('shows the number of items the drill would ask, through the day and into the next', async () => {
    await setUp();
    const [a, b] = reviewItems(drillDeck());
    // One new item graded Again (back in a minute), one Easy (back in days).
    await saveReview(gradeItem(a!, undefined, 1, T0, 0.9), T0);
    await saveReview(gradeItem(b!, undefined, 4, T0, 0.9), T0);

    // Straight after: the day's two new items are spent, the Again one not yet due.
    await refreshBadge(T0 + 1000);
    expect(await badge()).toBe(badgeText(await dueInDrill(T0 + 1000)));
    expect(await badge()).toBe('');

    // Ten minutes on, the Again item is due.
    let summary = await refreshBadge(T0 + 10 * MINUTE);
    expect(await badge()).toBe('1');
    expect(summary.count).toBe(await dueInDrill(T0 + 10 * MINUTE));

    // The next day two new ones come: the alarm was set for midnight.
    await saveReview(gradeItem(a!, (await loadReviews('acme', T0)).get(a!.id), 4, T0 + 10 * MINUTE, 0.9), T0 + 10 * MINUTE);
    summary = await refreshBadge(T0 + 11 * MINUTE);
    expect(summary.changesAt).toBe(startOfNextDay(T0));
    expect((await browser.alarms.get(BADGE_ALARM))?.scheduledTime).toBe(startOfNextDay(T0));
    await refreshBadge(startOfNextDay(T0) + 1);
    expect(await badge()).toBe('2');
    expect(await dueInDrill(startOfNextDay(T0) + 1)).toBe(2);
  });

  it('follows the deck the panel shows, the shipped deck by default', async () => {
    await setUp();
    await activeDeckId.setValue('default');
    const first = reviewItems(defaultDeck)[0]!;
    await saveReview(gradeItem(first, undefined, 1, T0, 0.9), T0);
    const summary = await refreshBadge(T0 + 10 * MINUTE);
    // The Again item, and the day's other new item (the limit is 2).
    expect(summary.count).toBe(2);
    expect(await badge()).toBe('2');
  });

  it('updates from the background on a grade and on its alarm, without the panel', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      await setUp();
      let now = T0;
      const stop = startDrillBadge(() => now);
      await vi.waitFor(async () => expect(await browser.alarms.get(BADGE_ALARM)).toBeDefined());
      const item = reviewItems(drillDeck())[0]!;
      await saveReview(gradeItem(item, undefined, 1, T0, 0.9), T0);
      await vi.advanceTimersByTimeAsync(200);
      await vi.waitFor(async () => expect((await browser.alarms.get(BADGE_ALARM))?.scheduledTime).toBe(T0 + MINUTE));
      // The Again item falls due: the alarm fires, the badge counts it (and the day's other new one).
      now = T0 + MINUTE;
      await fakeBrowser.alarms.onAlarm.trigger({ name: BADGE_ALARM, scheduledTime: now, persistAcrossSessions: false });
      await vi.waitFor(async () => expect(await badge()).toBe('2'));
      stop();
    } finally {
      vi.useRealTimers();
    }
  });

  it('shortens large counts to fit', () => {
    expect(badgeText(0)).toBe('');
    expect(badgeText(12)).toBe('12');
    expect(badgeText(1200)).toBe('999+');
  });
});
