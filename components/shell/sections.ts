import { LayoutDashboard, ListOrdered, MessagesSquare, Quote, SlidersHorizontal, Timer, type Icon } from '../shared/icons';
import { lazy, type ComponentType } from 'react';
import { SECTIONS, type SectionId } from '../../cards/storage/preferences';
import type { SectionProps } from '../shared/section-props';
import { StepsSection } from '../steps/StepsSection';

export interface SectionEntry {
  id: SectionId;
  label: string;
  /** Its tab's icon (the tab alone at narrow widths, with the label as its name). */
  Icon: Icon;
  Component: ComponentType<SectionProps>;
}

// The ids and their order are the domain's (SECTIONS, which the stored panel
// view is validated against); here each gets its label, icon and component.
// The Record type fails to compile if a section is missing or unknown.
// Steps is the first screen and ships with the panel; every other section
// loads when first opened, which keeps the panel's first render lean.
const SHOWN_AS: Record<SectionId, Omit<SectionEntry, 'id'>> = {
  steps: { label: 'Steps', Icon: ListOrdered, Component: StepsSection },
  'follow-ups': {
    label: 'Follow-ups',
    Icon: MessagesSquare,
    Component: lazy(() => import('../follow-ups/FollowUpSection').then((m) => ({ default: m.FollowUpSection }))),
  },
  phrasings: {
    label: 'Phrasings',
    Icon: Quote,
    Component: lazy(() => import('../phrasings/PhrasingSection').then((m) => ({ default: m.PhrasingSection }))),
  },
  rehearse: {
    label: 'Rehearse',
    Icon: Timer,
    Component: lazy(() => import('../rehearse/RehearseSection').then((m) => ({ default: m.RehearseSection }))),
  },
  board: {
    label: 'Board',
    Icon: LayoutDashboard,
    Component: lazy(() => import('../board/BoardSection').then((m) => ({ default: m.BoardSection }))),
  },
  customize: {
    label: 'Customize',
    Icon: SlidersHorizontal,
    Component: lazy(() => import('../customize/CustomizeSection').then((m) => ({ default: m.CustomizeSection }))),
  },
};

/** The sections in tab order; the digit that opens one is its place here (shortcuts.ts). */
export const SECTION_LIST: SectionEntry[] = SECTIONS.map((id) => ({ id, ...SHOWN_AS[id] }));

/**
 * The drill: not a tab (a seventh would squeeze the labels of a 400 px
 * panel), a mode opened from the header and from Phrasings. It carries the
 * scheduler (ts-fsrs), so it loads when first opened.
 */
export const DrillMode = lazy(() => import('../drill/DrillMode').then((m) => ({ default: m.DrillMode })));
