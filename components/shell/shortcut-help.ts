import { BROWSER_COMMANDS } from './browser-commands';
import { SHORTCUTS, type ShortcutId, type ShortcutSpec } from './shortcuts';

/*
 * What each key of shortcuts.ts does, in the words of the help screen and the
 * README's table, grouped as the help screen shows them. Kept apart from the
 * keys so the panel's first load carries only the keys; the type below makes
 * a key without its words (or words for no key) fail to compile.
 */

export const SHORTCUT_GROUPS = ['Anywhere in the panel', 'Steps', 'During a rehearsal', 'In the drill', 'Search box', 'Customize', 'From any tab'] as const;
export type ShortcutGroup = (typeof SHORTCUT_GROUPS)[number];

interface ShortcutWords {
  group: ShortcutGroup;
  description: string;
}

const WORDS = {
  search: { group: 'Anywhere in the panel', description: 'Search phrasings' },
  'open-section': { group: 'Anywhere in the panel', description: 'Open a section: Steps, Follow-ups, Phrasings, Rehearse, Board, Customize' },
  glance: { group: 'Anywhere in the panel', description: 'Glance mode: the current step alone, large' },
  undo: { group: 'Anywhere in the panel', description: 'Undo a deletion, reset or import while its Undo shows' },
  drill: { group: 'Anywhere in the panel', description: 'Open or close the drill (recall, spaced repetition)' },
  help: { group: 'Anywhere in the panel', description: 'This list of keys' },
  'next-step': { group: 'Steps', description: 'Next step' },
  'previous-step': { group: 'Steps', description: 'Previous step' },
  'rehearsal-done': { group: 'During a rehearsal', description: 'Mark the current step done and move to the next (any section)' },
  'rehearsal-pause': { group: 'During a rehearsal', description: 'Pause or resume the timer' },
  'rehearsal-next-question': { group: 'During a rehearsal', description: 'Next follow-up question' },
  'rehearsal-template': { group: 'During a rehearsal', description: 'Show or hide the follow-up’s answer template' },
  'drill-reveal': { group: 'In the drill', description: 'Show the answer' },
  'drill-grade': { group: 'In the drill', description: 'Grade your recall (Again, Hard, Good, Easy), in place of opening a section' },
  'search-move': { group: 'Search box', description: 'Move between results' },
  'search-copy': { group: 'Search box', description: 'Copy the marked result' },
  'search-clear': { group: 'Search box', description: 'Clear the search; a second Esc leaves the box' },
  'card-move': { group: 'Customize', description: 'Move the focused card up or down' },
  'open-panel': { group: 'From any tab', description: BROWSER_COMMANDS.openPanel.description },
  'open-lookup': { group: 'From any tab', description: BROWSER_COMMANDS.openLookup.description },
} satisfies Record<ShortcutId, ShortcutWords>;

/** A key with its words, as the help screen and the README list it. */
export type DescribedShortcut = ShortcutSpec & ShortcutWords;

/** Every key of shortcuts.ts, in its order, with its words. */
export const DESCRIBED_SHORTCUTS: readonly DescribedShortcut[] = (SHORTCUTS as readonly ShortcutSpec[]).map((spec) => ({
  ...spec,
  ...WORDS[spec.id as ShortcutId],
}));
