import { LayoutDashboard, ListOrdered, MessagesSquare, Quote, SlidersHorizontal, Timer, type Icon } from '../shared/icons';
import { lazy, type ComponentType } from 'react';
import { SECTIONS, type SectionId } from '../../cards/storage/preferences';
import type { SectionProps } from '../shared/section-props';
import { StepsSection } from '../steps/StepsSection';
import { loadOnce } from '../../cards/load-once';

export interface SectionEntry {
  id: SectionId;
  label: string;
  /** Its tab's icon (the tab alone at narrow widths, with the label as its name). */
  Icon: Icon;
  /** What shows it: the component itself for Steps, a lazy one for the others (see sectionComponent). */
  Component: ComponentType<SectionProps>;
  /** A section loaded on first need: its script, loaded once (preloadSections starts it early). */
  script?: { load(): Promise<ComponentType<SectionProps>>; ifLoaded(): ComponentType<SectionProps> | undefined };
}

/** A section whose script loads on first need, as a lazy component and as the script behind it. */
function loadedLater(importer: () => Promise<ComponentType<SectionProps>>): Pick<SectionEntry, 'Component' | 'script'> {
  const script = loadOnce(importer);
  return { script, Component: lazy(() => script.load().then((Component) => ({ default: Component }))) };
}

// The ids and their order are the domain's (SECTIONS, which the stored panel
// view is validated against); here each gets its label, icon and component.
// The Record type fails to compile if a section is missing or unknown.
// Steps is the first screen and ships with the panel; every other section
// loads after the first paint (preloadSections) or when first opened, which
// keeps the panel's first render lean.
const SHOWN_AS: Record<SectionId, Omit<SectionEntry, 'id'>> = {
  steps: { label: 'Steps', Icon: ListOrdered, Component: StepsSection },
  'follow-ups': {
    label: 'Follow-ups',
    Icon: MessagesSquare,
    ...loadedLater(() => import('../follow-ups/FollowUpSection').then((m) => m.FollowUpSection)),
  },
  phrasings: {
    label: 'Phrasings',
    Icon: Quote,
    ...loadedLater(() => import('../phrasings/PhrasingSection').then((m) => m.PhrasingSection)),
  },
  rehearse: {
    label: 'Rehearse',
    Icon: Timer,
    ...loadedLater(() => import('../rehearse/RehearseSection').then((m) => m.RehearseSection)),
  },
  board: {
    label: 'Board',
    Icon: LayoutDashboard,
    ...loadedLater(() => import('../board/BoardSection').then((m) => m.BoardSection)),
  },
  customize: {
    label: 'Customize',
    Icon: SlidersHorizontal,
    ...loadedLater(() => import('../customize/CustomizeSection').then((m) => m.CustomizeSection)),
  },
};

/** The sections in tab order; the digit that opens one is its place here (shortcuts.ts). */
export const SECTION_LIST: SectionEntry[] = SECTIONS.map((id) => ({ id, ...SHOWN_AS[id] }));

/**
 * The component to show `entry` with, chosen as it opens: its script's own
 * component once loaded, which renders at once; else the lazy one, which
 * shows "Loading…" until the script is in. React holds a fallback it has
 * shown for at least 300 ms, so a section opened through the lazy one takes
 * that long however small its script; one preloaded does not. The caller
 * keeps its choice while the section stays open: switching from one to the
 * other would mount it afresh and lose what the user typed.
 */
export function sectionComponent(entry: SectionEntry): ComponentType<SectionProps> {
  return entry.script?.ifLoaded() ?? entry.Component;
}

/**
 * Loads the sections' scripts one at a time when the page is idle (Phrasings
 * first, after it the tabs in order): the panel's first paint never waits for
 * them, and a section opened after that shows at once. A script that fails
 * to load is simply loaded again when its section opens. Returns a cancel.
 */
export function preloadSections(whenIdle: (work: () => void) => () => void): () => void {
  const first = SECTION_LIST.filter((entry) => entry.id === 'phrasings');
  const queue = [...first, ...SECTION_LIST.filter((entry) => !first.includes(entry))].flatMap((entry) => (entry.script ? [entry.script] : []));
  let cancel = () => {};
  let stopped = false;
  const next = () => {
    const script = queue.shift();
    if (!script || stopped) return;
    cancel = whenIdle(() => void script.load().then(next, next));
  };
  next();
  return () => {
    stopped = true;
    cancel();
  };
}

/**
 * The drill: not a tab (a seventh would squeeze the labels of a 400 px
 * panel), a mode opened from the header and from Phrasings. It carries the
 * scheduler (ts-fsrs), so it loads when first opened.
 */
export const DrillMode = lazy(() => import('../drill/DrillMode').then((m) => ({ default: m.DrillMode })));
