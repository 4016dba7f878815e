import { lazy, type ComponentType } from 'react';
import type { SectionId } from '../../cards/storage/preferences';
import type { SectionProps } from '../shared/section-props';
import { StepsSection } from '../steps/StepsSection';

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
    Component: lazy(() => import('../follow-ups/FollowUpSection').then((m) => ({ default: m.FollowUpSection }))),
  },
  {
    id: 'phrasings',
    label: 'Phrasings',
    key: '3',
    Component: lazy(() => import('../phrasings/PhrasingSection').then((m) => ({ default: m.PhrasingSection }))),
  },
  {
    id: 'rehearse',
    label: 'Rehearse',
    key: '4',
    Component: lazy(() => import('../rehearse/RehearseSection').then((m) => ({ default: m.RehearseSection }))),
  },
  {
    id: 'board',
    label: 'Board',
    key: '5',
    Component: lazy(() => import('../board/BoardSection').then((m) => ({ default: m.BoardSection }))),
  },
  {
    id: 'customize',
    label: 'Customize',
    key: '6',
    Component: lazy(() => import('../customize/CustomizeSection').then((m) => ({ default: m.CustomizeSection }))),
  },
];
