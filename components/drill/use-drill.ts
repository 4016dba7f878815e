import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { startOfNextDay } from '../../cards/drill/day';
import { drillSettings, readDrillSettings, type DrillSettings } from '../../cards/drill/drill-settings';
import { drillQueue, nextDueAt, type DrillQueue } from '../../cards/drill/drill-queue';
import { progressDeckId } from '../../cards/drill/progress-deck-id';
import { ReviewOutbox } from '../../cards/drill/review-outbox';
import type { ReviewRecord } from '../../cards/drill/review-record';
import { reviewItems, type ReviewItem } from '../../cards/drill/review-items';
import { loadReviews, watchReviews } from '../../cards/drill/review-store';
import { gradeItem, type DrillGrade } from '../../cards/drill/scheduler';
import type { Deck } from '../../cards/schema';
import { useStoredItem } from '../shared/use-stored-item';
import { followLatest } from '../../cards/follow-latest';

export interface DrillState {
  items: ReviewItem[];
  /** Stored records with the grades still waiting to be saved laid over them. */
  records: ReadonlyMap<string, ReviewRecord>;
  queue: DrillQueue;
  /** The item on screen: the most overdue first, then new ones in deck order. */
  current: ReviewItem | undefined;
  /** When the next item seen before comes due (an Again, minutes away), if any. */
  nextDue: number | undefined;
  /** The clock the queue was worked out at. */
  now: number;
  settings: DrillSettings;
  setSettings(next: DrillSettings): void;
  grade(item: ReviewItem, grade: DrillGrade): void;
  /** A grade that could not be saved, in words; the grade is kept and written again. */
  problem: string | undefined;
  retry(): void;
  /** How many grades wait to be saved. */
  waiting: number;
}

const MAX_WAIT = 2 ** 31 - 1;

/** The drill of one deck: what to ask now, and grading it. The clock is read here, at the edge; the domain is handed `now`. */
export function useDrill(deck: Deck): DrillState | undefined {
  const items = useMemo(() => reviewItems(deck), [deck]);
  const deckId = progressDeckId(deck.id);
  const [stored, setStored] = useState<ReadonlyMap<string, ReviewRecord>>();
  const [settings, setSettings] = useStoredItem(drillSettings, readDrillSettings);
  const outbox = useRef(new ReviewOutbox());
  const [problem, setProblem] = useState<string>();
  const [waiting, setWaiting] = useState(0);
  const [now, setNow] = useState(() => Date.now());
  // This window's own grades, laid over what storage says until storage has
  // caught up (or for good, while a write keeps failing): a graded item never
  // comes back early because a read raced the write.
  const [own, setOwn] = useState<ReadonlyMap<string, ReviewRecord>>(new Map());

  useEffect(
    () =>
      followLatest(
        watchReviews,
        () => loadReviews(deckId, Date.now()),
        (loaded) => {
          setStored(loaded);
          setNow(Date.now());
        },
        (error) => setProblem(`The drill's schedule could not be read (${String(error)}). Nothing was changed.`),
      ).stop,
    [deckId],
  );

  const records = useMemo(() => {
    if (!stored) return undefined;
    const merged = new Map(stored);
    for (const [id, record] of own) {
      if ((merged.get(id)?.lastReview ?? -Infinity) < (record.lastReview ?? 0)) merged.set(id, record);
    }
    return merged;
  }, [stored, own]);

  const queue = useMemo(() => records && settings && drillQueue(items, records, now, settings), [items, records, now, settings]);
  const nextDue = useMemo(() => records && nextDueAt(items, records, now), [items, records, now]);

  // An item answered Again returns in minutes; the day's new items come at midnight: look again then.
  useEffect(() => {
    if (!queue) return;
    const at = Math.min(nextDue ?? Infinity, startOfNextDay(now));
    const timer = setTimeout(() => setNow(Date.now()), Math.min(MAX_WAIT, Math.max(250, at - Date.now() + 250)));
    return () => clearTimeout(timer);
  }, [queue, nextDue, now]);

  const submit = useCallback((record: ReviewRecord | undefined) => {
    const box = outbox.current;
    const attempt = box.submit(record, Date.now());
    setWaiting(box.waiting.size);
    attempt.then(
      () => setProblem(undefined),
      (error: unknown) => setProblem(error instanceof Error ? error.message : String(error)),
    ).finally(() => setWaiting(box.waiting.size));
  }, []);

  const grade = useCallback(
    (item: ReviewItem, value: DrillGrade) => {
      if (!records || !settings) return;
      const at = Date.now();
      const record = gradeItem(item, records.get(item.id), value, at, settings.retention);
      setOwn((current) => new Map(current).set(item.id, record));
      submit(record);
      setNow(at);
    },
    [records, settings, submit],
  );

  if (!records || !settings || !queue) return undefined;
  return {
    items,
    records,
    queue,
    current: queue.due[0] ?? queue.fresh[0],
    nextDue,
    now,
    settings,
    setSettings,
    grade,
    problem,
    retry: () => submit(undefined),
    waiting,
  };
}
