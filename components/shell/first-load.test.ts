import { describe, expect, it } from 'vitest';

// The panel's first load is what sidepanel/main.tsx reaches through static
// imports; whatever it reaches is downloaded, parsed and run before the first
// paint. Some modules are large and wanted later only: they must stay behind
// an import() (npm run bench prints the first load's size).
const sources = import.meta.glob<string>(['/cards/**/*.{ts,tsx}', '/components/**/*.{ts,tsx}', '/entrypoints/**/*.{ts,tsx}'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

const STATIC_IMPORT = /^import (?!type )(?:[^'"]+ from )?'(\.[^']+)';/gm;

function resolve(from: string, specifier: string): string | undefined {
  const base = new URL(specifier, `file://${from}`).pathname;
  return [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`].find((path) => path in sources);
}

function firstLoad(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    for (const match of sources[path]!.matchAll(STATIC_IMPORT)) {
      const next = resolve(path, match[1]!);
      if (next) visit(next);
    }
  };
  visit(entry);
  return seen;
}

describe("the panel's first load", () => {
  const modules = firstLoad('/entrypoints/sidepanel/main.tsx');

  it('is found by following the imports', () => {
    expect(modules).toContain('/components/shell/App.tsx');
    expect(modules).toContain('/cards/shipped-deck.ts');
  });

  it.each([
    ['the shipped deck (40 KB; a user with decks of their own never needs it first)', '/cards/default-deck.ts'],
    ['the library commands (run on the first edit, preloaded in idle time)', '/cards/library-commands.ts'],
    ['deck files (read on import, written on export)', '/cards/deck-file/deck-file.ts'],
    ['the now strip and the rehearsal it reads (shown only while a run is on)', '/cards/rehearsal/session.ts'],
    ["sync's status (a notice only when sync cannot carry everything)", '/cards/sync/status.ts'],
    ['edits replaced by another window or device (a notice only when there is one)', '/cards/sync/lost-edits.ts'],
    ['the drill count (made after the first screen)', '/cards/drill/due-count.ts'],
    ["the deck menu's dialogs (new, rename, reset: loaded when one opens)", '/components/shell/DeckDialogs.tsx'],
    ['the written-out key list (loaded when asked for)', '/components/shell/ShortcutHelp.tsx'],
    ['the wording of a record that fails its schema (loaded when one does)', '/cards/describe-issues.ts'],
    ["the store's writes (the first edit loads them, with the commands)", '/cards/storage/store.ts'],
  ])('leaves out %s', (_what, path) => {
    expect(path in sources).toBe(true);
    expect(modules).not.toContain(path);
  });
});
