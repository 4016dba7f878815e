import { lazy, type ComponentType } from 'react';
import { SECTIONS, type SectionId } from '../../cards/storage/preferences';
import type { SectionProps } from '../shared/section-props';
import { StepsSection } from '../steps/StepsSection';

export interface SectionEntry {
  id: SectionId;
  label: string;
  /** The digit that opens it. */
  key: string;
  Component: ComponentType<SectionProps>;
}

// The ids and their order are the domain's (SECTIONS, which the stored panel
// view is validated against); here each gets its label and component. The
// Record type fails to compile if a section is missing or unknown.
// Steps is the first screen and ships with the panel; every other section
// loads when first opened, which keeps the panel's first render lean.
const SHOWN_AS: Record<SectionId, Pick<SectionEntry, 'label' | 'Component'>> = {
  steps: { label: 'Steps', Component: StepsSection },
  'follow-ups': {
    label: 'Follow-ups',
    Component: lazy(() => import('../follow-ups/FollowUpSection').then((m) => ({ default: m.FollowUpSection }))),
  },
  phrasings: {
    label: 'Phrasings',
    Component: lazy(() => import('../phrasings/PhrasingSection').then((m) => ({ default: m.PhrasingSection }))),
  },
  rehearse: {
    label: 'Rehearse',
    Component: lazy(() => import('../rehearse/RehearseSection').then((m) => ({ default: m.RehearseSection }))),
  },
  board: {
    label: 'Board',
    Component: lazy(() => import('../board/BoardSection').then((m) => ({ default: m.BoardSection }))),
  },
  customize: {
    label: 'Customize',
    Component: lazy(() => import('../customize/CustomizeSection').then((m) => ({ default: m.CustomizeSection }))),
  },
};

/** The sections in tab order; digits 1 to 6 open them in that order. */
export const SECTION_LIST: SectionEntry[] = SECTIONS.map((id, index) => ({ id, key: String(index + 1), ...SHOWN_AS[id] }));
