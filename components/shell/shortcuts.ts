import { BROWSER_COMMANDS } from './browser-commands';

/**
 * Every key Sidecue answers to, declared once. The panel's one key listener
 * (use-shortcut.ts) dispatches from this list, and the help screen and the
 * README's table are written from it with each key's words (shortcut-help.ts,
 * which must word every id here and no other), so a key cannot work without
 * being listed, nor be listed without working. The words are a module of
 * their own because the panel's first screen needs the keys alone.
 *
 * `handledBy` says who listens: the panel's listener, the focused field
 * itself (the search box, a card row), or the browser (from any tab).
 */
export interface ShortcutSpec {
  id: string;
  /** KeyboardEvent.key values the panel's listener answers to (only for `handledBy: 'panel'`). */
  keys: readonly string[];
  /** How the help screen writes the keys. */
  shown: string;
  handledBy: 'panel' | 'field' | 'browser';
}

/**
 * The digits that open the sections, in tab order (1 is Steps, 6 Customize);
 * a test holds this to the list of sections. Written out rather than read
 * from preferences.ts, so the README's table can be made without storage.
 */
export const SECTION_DIGITS = ['1', '2', '3', '4', '5', '6'] as const;
export const sectionKey = (index: number) => String(index + 1);

export const SHORTCUTS = [
  { id: 'search', keys: ['/'], shown: '/', handledBy: 'panel' },
  { id: 'open-section', keys: SECTION_DIGITS, shown: `1–${SECTION_DIGITS.length}`, handledBy: 'panel' },
  { id: 'glance', keys: ['g'], shown: 'g', handledBy: 'panel' },
  { id: 'undo', keys: ['u'], shown: 'u', handledBy: 'panel' },
  { id: 'drill', keys: ['r'], shown: 'r', handledBy: 'panel' },
  { id: 'help', keys: ['?'], shown: '?', handledBy: 'panel' },
  { id: 'next-step', keys: ['j', 'ArrowRight'], shown: 'j / →', handledBy: 'panel' },
  { id: 'previous-step', keys: ['k', 'ArrowLeft'], shown: 'k / ←', handledBy: 'panel' },
  { id: 'rehearsal-done', keys: ['d'], shown: 'd', handledBy: 'panel' },
  { id: 'rehearsal-pause', keys: ['p'], shown: 'p', handledBy: 'panel' },
  { id: 'rehearsal-next-question', keys: ['n'], shown: 'n', handledBy: 'panel' },
  { id: 'rehearsal-template', keys: ['t'], shown: 't', handledBy: 'panel' },
  { id: 'drill-reveal', keys: [' '], shown: 'Space', handledBy: 'panel' },
  // The section digits' keys: while the drill shows, its binding comes first (use-shortcut.ts).
  { id: 'drill-grade', keys: ['1', '2', '3', '4'], shown: '1–4', handledBy: 'panel' },
  { id: 'search-move', keys: [], shown: '↑ / ↓', handledBy: 'field' },
  { id: 'search-copy', keys: [], shown: 'Enter', handledBy: 'field' },
  { id: 'search-clear', keys: [], shown: 'Esc', handledBy: 'field' },
  { id: 'card-move', keys: [], shown: 'Alt+↑ / Alt+↓', handledBy: 'field' },
  { id: 'open-panel', keys: [], shown: BROWSER_COMMANDS.openPanel.key, handledBy: 'browser' },
  { id: 'open-lookup', keys: [], shown: BROWSER_COMMANDS.openLookup.key, handledBy: 'browser' },
] as const satisfies readonly ShortcutSpec[];

export type ShortcutId = (typeof SHORTCUTS)[number]['id'];
/** The shortcuts the panel's own listener dispatches (sections bind handlers to these). */
export type PanelShortcutId = Extract<(typeof SHORTCUTS)[number], { handledBy: 'panel' }>['id'];

/**
 * The panel shortcuts a key press may ask for. One, except for keys the drill
 * borrows while it shows (1–4 grade there, open sections elsewhere): the
 * listener tries whichever is bound, the latest binding first.
 */
export function shortcutsForKey(key: string): PanelShortcutId[] {
  return (SHORTCUTS as readonly ShortcutSpec[])
    .filter((spec) => spec.handledBy === 'panel' && spec.keys.includes(key))
    .map((spec) => spec.id as PanelShortcutId);
}

/** The panel shortcut a key press asks for outside the drill, if any. */
export function shortcutForKey(key: string): PanelShortcutId | undefined {
  return shortcutsForKey(key)[0];
}

/** The keys the help screen shows for a shortcut ("j / →"), e.g. for a button's title. */
export function shownKeys(id: ShortcutId): string {
  return (SHORTCUTS as readonly ShortcutSpec[]).find((spec) => spec.id === id)?.shown ?? '';
}
