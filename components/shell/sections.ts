import { LayoutDashboard, ListOrdered, MessagesSquare, Quote, SlidersHorizontal, Timer, type LucideIcon } from 'lucide-react';
import { lazy, type ComponentType } from 'react';
import type { SectionId } from '../../cards/storage/preferences';
import type { SectionProps } from '../shared/section-props';
import { StepsSection } from '../steps/StepsSection';

export interface SectionEntry {
  id: SectionId;
  label: string;
  /** Its tab's icon (the tab alone at narrow widths, with the label as its name). */
  Icon: LucideIcon;
  Component: ComponentType<SectionProps>;
}

// The digit that opens a section is its place in this list (shortcuts.ts).
// Steps is the first screen and ships with the panel; every other section
// loads when first opened, which keeps the panel's first render lean.
export const SECTION_LIST: SectionEntry[] = [
  { id: 'steps', label: 'Steps', Icon: ListOrdered, Component: StepsSection },
  {
    id: 'follow-ups',
    label: 'Follow-ups',
    Icon: MessagesSquare,
    Component: lazy(() => import('../follow-ups/FollowUpSection').then((m) => ({ default: m.FollowUpSection }))),
  },
  {
    id: 'phrasings',
    label: 'Phrasings',
    Icon: Quote,
    Component: lazy(() => import('../phrasings/PhrasingSection').then((m) => ({ default: m.PhrasingSection }))),
  },
  {
    id: 'rehearse',
    label: 'Rehearse',
    Icon: Timer,
    Component: lazy(() => import('../rehearse/RehearseSection').then((m) => ({ default: m.RehearseSection }))),
  },
  {
    id: 'board',
    label: 'Board',
    Icon: LayoutDashboard,
    Component: lazy(() => import('../board/BoardSection').then((m) => ({ default: m.BoardSection }))),
  },
  {
    id: 'customize',
    label: 'Customize',
    Icon: SlidersHorizontal,
    Component: lazy(() => import('../customize/CustomizeSection').then((m) => ({ default: m.CustomizeSection }))),
  },
];
