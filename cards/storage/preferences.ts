import { storage } from '@wxt-dev/storage';
import { z } from '../zod-setup';
import { ACTIVE_DECK_KEY, FAVORITES_KEY, PANEL_VIEW_KEY } from './storage-keys';

/**
 * Small per-device settings, each a versioned @wxt-dev/storage item. Values
 * that fail validation fall back to defaults rather than break the panel.
 */

/**
 * The panel's sections, in tab order: the one list of their ids. The stored
 * view names one of them; components/shell/sections.ts gives each its label
 * and component (and fails to compile if it misses one).
 */
export const SECTIONS = ['steps', 'follow-ups', 'phrasings', 'rehearse', 'board', 'customize'] as const;
export type SectionId = (typeof SECTIONS)[number];

export const panelViewSchema = z.object({
  section: z.catch(z.enum(SECTIONS), 'steps'),
  /** The Three-Lens step the user is on, by step id. */
  stepId: z.catch(z.optional(z.string().check(z.maxLength(80))), undefined),
  glance: z.catch(z.boolean(), false),
  /** The drill is open in place of the section (components/drill); the section stays remembered under it. */
  drill: z.catch(z.optional(z.boolean()), undefined),
});
/** The view as stored: remembered across openings and followed by the user's other windows. */
export type StoredPanelView = z.infer<typeof panelViewSchema>;

/**
 * A card another section asked Customize to open in its editor, and the
 * section that asked (so Done goes back there). It belongs to the one window
 * it was asked in, so it is never stored: stored, it reached every open panel
 * and the first to show Customize took it, at times not the window clicked in.
 */
export interface EditRequest {
  editCardId?: string;
  editFrom?: SectionId;
}

/** What the panel shows: the stored view and this window's edit request. */
export type PanelView = StoredPanelView & EditRequest;

export const DEFAULT_PANEL_VIEW: PanelView = { section: 'steps', glance: false };

export const panelView = storage.defineItem<StoredPanelView>(PANEL_VIEW_KEY, {
  fallback: DEFAULT_PANEL_VIEW,
  version: 1,
});

/**
 * The view after a change. A section asking Customize to open a card
 * (`{ section: 'customize', editCardId }`) is remembered as where the user
 * came from, so Done returns them there.
 */
export function nextView(current: PanelView, patch: Partial<PanelView>): PanelView {
  const next = { ...current, ...patch };
  if (patch.editCardId && patch.section === 'customize' && current.section !== 'customize' && !('editFrom' in patch)) {
    next.editFrom = current.section;
  }
  return next;
}

/** The part of a view that is stored: all of it but the window's edit request. */
export function storedPart({ editCardId: _card, editFrom: _from, ...stored }: PanelView): StoredPanelView {
  return stored;
}

export function readPanelView(value: unknown): StoredPanelView {
  const result = panelViewSchema.safeParse(value);
  return result.success ? result.data : DEFAULT_PANEL_VIEW;
}

/** Phrasing ids pinned to the top of the library; ids outlive content updates. */
export const favorites = storage.defineItem<string[]>(FAVORITES_KEY, { fallback: [], version: 1 });

export function readFavorites(value: unknown): string[] {
  const result = z.array(z.string()).safeParse(value);
  return result.success ? result.data : [];
}

/** The deck shown in the panel: a user deck's id, or the shipped default's. */
export const activeDeckId = storage.defineItem<string>(ACTIVE_DECK_KEY, { fallback: 'default', version: 1 });
