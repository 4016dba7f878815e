import { lazy, type ComponentType } from 'react';
import type { SectionId } from '../cards/preferences';
import type { SectionProps } from './section-props';
import { StepsSection } from './StepsSection';

export interface SectionEntry {
  id: SectionId;
  label: string;
  /** The digit that opens it. */
  key: string;
  Component: ComponentType<SectionProps>;
}

// Steps is the first screen and ships with the panel; every other section
// loads when first opened, which keeps the panel's first render lean.
export const SECTION_LIST: SectionEntry[] = [
  { id: 'steps', label: 'Steps', key: '1', Component: StepsSection },
  {
    id: 'follow-ups',
    label: 'Follow-ups',
    key: '2',
    Component: lazy(() => import('./FollowUpSection').then((m) => ({ default: m.FollowUpSection }))),
  },
  {
    id: 'phrasings',
    label: 'Phrasings',
    key: '3',
    Component: lazy(() => import('./PhrasingSection').then((m) => ({ default: m.PhrasingSection }))),
  },
  {
    id: 'rehearse',
    label: 'Rehearse',
    key: '4',
    Component: lazy(() => import('./RehearseSection').then((m) => ({ default: m.RehearseSection }))),
  },
  {
    id: 'board',
    label: 'Board',
    key: '5',
    Component: lazy(() => import('./BoardSection').then((m) => ({ default: m.BoardSection }))),
  },
  {
    id: 'customize',
    label: 'Customize',
    key: '6',
    Component: lazy(() => import('./CustomizeSection').then((m) => ({ default: m.CustomizeSection }))),
  },
];
