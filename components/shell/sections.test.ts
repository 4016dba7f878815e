import { describe, expect, it, vi } from 'vitest';
import { SECTIONS } from '../../cards/storage/preferences';
import { SECTION_DIGITS } from './shortcuts';
import { preloadSections, SECTION_LIST, sectionComponent } from './sections';

describe('the section list', () => {
  it('shows every section the stored view can name, in the domain’s order, opened by digits 1 to 6', () => {
    expect(SECTION_LIST.map((entry) => entry.id)).toEqual([...SECTIONS]);
    expect(SECTION_DIGITS).toHaveLength(SECTION_LIST.length);
    expect(SECTION_LIST.map((entry) => entry.label)).toEqual(['Steps', 'Follow-ups', 'Phrasings', 'Rehearse', 'Board', 'Customize']);
  });
});

describe('loading the sections after the first screen', () => {
  it('loads each script one idle moment at a time, Phrasings first, and each then opens without a loading step', async () => {
    const idle: (() => void)[] = [];
    const cancel = preloadSections((work) => {
      idle.push(work);
      return () => {};
    });
    const lazySections = SECTION_LIST.filter((entry) => entry.script);
    expect(lazySections.map((entry) => sectionComponent(entry))).toEqual(lazySections.map((entry) => entry.Component));
    const order: string[] = [];
    while (idle.length > 0) {
      const before = new Set(lazySections.filter((entry) => entry.script!.ifLoaded()).map((entry) => entry.id));
      idle.shift()!();
      await vi.waitFor(() => expect(lazySections.filter((entry) => entry.script!.ifLoaded()).length).toBe(before.size + 1));
      order.push(lazySections.find((entry) => entry.script!.ifLoaded() && !before.has(entry.id))!.id);
    }
    cancel();
    expect(order).toEqual(['phrasings', 'follow-ups', 'rehearse', 'board', 'customize']);
    // Loaded, a section is shown by its own component, which renders at once (no Suspense, no "Loading…").
    for (const entry of lazySections) expect(sectionComponent(entry)).toBe(entry.script!.ifLoaded());
    expect(sectionComponent(SECTION_LIST[0]!)).toBe(SECTION_LIST[0]!.Component);
  });

  it('stops when cancelled (the panel closed)', () => {
    const idle: (() => void)[] = [];
    const cancelled = vi.fn();
    preloadSections((work) => {
      idle.push(work);
      return cancelled;
    })();
    expect(cancelled).toHaveBeenCalled();
    expect(idle).toHaveLength(1);
  });
});
