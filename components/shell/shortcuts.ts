import { BROWSER_COMMANDS } from './browser-commands';

/**
 * Every key Sidecue answers to, declared once. The panel's one key listener
 * (use-shortcut.ts) dispatches from this list, and the help screen and the
 * README's table are written from it, so a key cannot work without being
 * listed, nor be listed without working.
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
  description: string;
  group: ShortcutGroup;
  handledBy: 'panel' | 'field' | 'browser';
}

export const SHORTCUT_GROUPS = ['Anywhere in the panel', 'Steps', 'During a rehearsal', 'In the drill', 'Search box', 'Customize', 'From any tab'] as const;
export type ShortcutGroup = (typeof SHORTCUT_GROUPS)[number];

/**
 * The digits that open the sections, in tab order (1 is Steps, 6 Customize);
 * a test holds this to the list of sections. Written out rather than read
 * from preferences.ts, so the README's table can be made without storage.
 */
export const SECTION_DIGITS = ['1', '2', '3', '4', '5', '6'] as const;
export const sectionKey = (index: number) => String(index + 1);

export const SHORTCUTS = [
  { id: 'search', keys: ['/'], shown: '/', description: 'Search phrasings', group: 'Anywhere in the panel', handledBy: 'panel' },
  {
    id: 'open-section',
    keys: SECTION_DIGITS,
    shown: `1–${SECTION_DIGITS.length}`,
    description: 'Open a section: Steps, Follow-ups, Phrasings, Rehearse, Board, Customize',
    group: 'Anywhere in the panel',
    handledBy: 'panel',
  },
  { id: 'glance', keys: ['g'], shown: 'g', description: 'Glance mode: the current step alone, large', group: 'Anywhere in the panel', handledBy: 'panel' },
  {
    id: 'undo',
    keys: ['u'],
    shown: 'u',
    description: 'Undo a deletion, reset or import while its Undo shows',
    group: 'Anywhere in the panel',
    handledBy: 'panel',
  },
  { id: 'drill', keys: ['r'], shown: 'r', description: 'Open or close the drill (recall, spaced repetition)', group: 'Anywhere in the panel', handledBy: 'panel' },
  { id: 'help', keys: ['?'], shown: '?', description: 'This list of keys', group: 'Anywhere in the panel', handledBy: 'panel' },
  { id: 'next-step', keys: ['j', 'ArrowRight'], shown: 'j / →', description: 'Next step', group: 'Steps', handledBy: 'panel' },
  { id: 'previous-step', keys: ['k', 'ArrowLeft'], shown: 'k / ←', description: 'Previous step', group: 'Steps', handledBy: 'panel' },
  {
    id: 'rehearsal-done',
    keys: ['d'],
    shown: 'd',
    description: 'Mark the current step done and move to the next (any section)',
    group: 'During a rehearsal',
    handledBy: 'panel',
  },
  { id: 'rehearsal-pause', keys: ['p'], shown: 'p', description: 'Pause or resume the timer', group: 'During a rehearsal', handledBy: 'panel' },
  { id: 'rehearsal-next-question', keys: ['n'], shown: 'n', description: 'Next follow-up question', group: 'During a rehearsal', handledBy: 'panel' },
  {
    id: 'rehearsal-template',
    keys: ['t'],
    shown: 't',
    description: 'Show or hide the follow-up’s answer template',
    group: 'During a rehearsal',
    handledBy: 'panel',
  },
  { id: 'drill-reveal', keys: [' '], shown: 'Space', description: 'Show the answer', group: 'In the drill', handledBy: 'panel' },
  {
    id: 'drill-grade',
    // The section digits' keys: while the drill shows, its binding comes first (use-shortcut.ts).
    keys: ['1', '2', '3', '4'],
    shown: '1–4',
    description: 'Grade your recall (Again, Hard, Good, Easy), in place of opening a section',
    group: 'In the drill',
    handledBy: 'panel',
  },
  { id: 'search-move', keys: [], shown: '↑ / ↓', description: 'Move between results', group: 'Search box', handledBy: 'field' },
  { id: 'search-copy', keys: [], shown: 'Enter', description: 'Copy the marked result', group: 'Search box', handledBy: 'field' },
  {
    id: 'search-clear',
    keys: [],
    shown: 'Esc',
    description: 'Clear the search; a second Esc leaves the box',
    group: 'Search box',
    handledBy: 'field',
  },
  { id: 'card-move', keys: [], shown: 'Alt+↑ / Alt+↓', description: 'Move the focused card up or down', group: 'Customize', handledBy: 'field' },
  {
    id: 'open-panel',
    keys: [],
    shown: BROWSER_COMMANDS.openPanel.key,
    description: BROWSER_COMMANDS.openPanel.description,
    group: 'From any tab',
    handledBy: 'browser',
  },
  {
    id: 'open-lookup',
    keys: [],
    shown: BROWSER_COMMANDS.openLookup.key,
    description: BROWSER_COMMANDS.openLookup.description,
    group: 'From any tab',
    handledBy: 'browser',
  },
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
