import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import type { ImportStep } from '../../cards/deck-file/import-plan';
import type { Deck } from '../../cards/schema';
import { distinctName, nameKey } from '../../cards/distinct-name';
import { quoted } from '../../cards/storage/library-read';
import { DEFAULT_DECK_ID, isShippedCopy, loadShippedDeck, SHIPPED_COPY_NAME, SHIPPED_DECK_NAME } from '../../cards/shipped-deck';
import { downloadFile } from '../shared/download-file';
import { OverflowMenu, type MenuAction, type MenuAsk } from '../shared/OverflowMenu';
import type { UndoOffer } from '../shared/UndoToast';
import type { PendingImport } from './ImportDialog';
import type { DeckDialog } from './DeckDialogs';
import type { LibraryApi } from './use-library';
import { deckMenuLook } from './DeckMenuButton';
import './DeckMenu.css';

// This menu loads just after the first paint (DeckMenuButton); reading and
// writing deck files, and the import dialog, load when first used.
const deckFiles = () => import('../../cards/deck-file/deck-file');
const progressFiles = () => import('../../cards/drill/progress-file');
const ImportDialog = lazy(() => import('./ImportDialog').then((m) => ({ default: m.ImportDialog })));
// The new, rename and reset dialogs, loaded when one is first opened and kept (each hands focus back on close).
const DeckDialogs = lazy(() => import('./DeckDialogs').then((m) => ({ default: m.DeckDialogs })));

interface Props {
  library: LibraryApi;
  announce(message: string): void;
  offerUndo(offer: UndoOffer): void;
  /** A file problem worded for the user (an unreadable deck file, an export that failed). */
  reportProblem(message: string): void;
  /** What the user asked of the header's button before this menu loaded (DeckMenuButton). */
  asked?: MenuAsk;
  /** Files dropped on the panel (DeckMenuButton listens from the first screen on), not yet taken. */
  dropped?: File[];
  /** Says the dropped files were taken, so they are imported once. */
  onDropTaken?(): void;
}

/** How the shipped deck reads in the menu: its own name, and where it comes from in plain words. */
export const SHIPPED_DETAIL = 'Comes with Sidecue; your first edit makes your own copy';

/**
 * The header's one deck control: a menu button naming the deck in use, whose
 * menu switches decks and holds everything done to a deck as a whole (new,
 * rename, duplicate, export, import, reset, delete). A deck file dropped
 * anywhere on the panel is imported from here too.
 */
export function DeckMenu({ library, announce, offerUndo, reportProblem, asked, dropped, onDropTaken }: Props) {
  const [open, setOpen] = useState<DeckDialog | 'none'>('none');
  const [dialogsLoaded, setDialogsLoaded] = useState(false);
  if (open !== 'none' && !dialogsLoaded) setDialogsLoaded(true);
  const [pending, setPending] = useState<PendingImport>();
  const fileInput = useRef<HTMLInputElement>(null);
  const deck = library.deck;
  const own = library.userDeck;
  const userDecks = library.library?.decks ?? [];
  // Until the whole library is read (just after the first screen), the list
  // holds the active deck alone: an export of all decks, or an import's plan
  // of what it replaces, waits for the rest.
  const partial = library.library?.partial !== undefined;

  const attempt = async (task: () => Promise<void>) => {
    try {
      await task();
    } catch {
      // use-library has put the worded reason in the panel's alert.
    }
  };

  const importFile = async (file: File) => {
    const { readDeckFileBlob } = await deckFiles();
    const result = await readDeckFileBlob(file);
    if (!result.ok) {
      setPending(undefined);
      reportProblem(`“${file.name}” was not imported, and nothing was changed.\n${result.error}`);
      return;
    }
    setPending({ fileName: file.name, decks: result.decks, migratedFrom: result.migratedFrom, progress: result.progress });
  };
  useEffect(() => {
    if (!dropped) return;
    onDropTaken?.();
    if (dropped.length > 1) reportProblem('Drop one deck file at a time; nothing was imported.');
    else void importFile(dropped[0]!);
    // Each drop once, as it arrives: keyed on the drop alone (importFile is made anew each render).
  }, [dropped]);

  const runImport = async (steps: ImportStep[]) => {
    const undo = await library.importDecks(steps);
    const from = pending;
    setPending(undefined);
    const names = steps.map((step) => `“${step.deck.name}”`).join(', ');
    offerUndo({ message: `Imported ${names}`, undo });
    if (from?.progress?.length) {
      // After the decks, so the progress lands under the ids the import gave them.
      try {
        const { importProgress, progressForImport } = await progressFiles();
        await importProgress(progressForImport(from.progress, from.decks, steps), Date.now());
      } catch (error) {
        reportProblem(`${error instanceof Error ? error.message : String(error)} The decks themselves were imported.`);
      }
    }
  };

  const exportDecks = async (decks: Deck[], what: string, withProgress = false) => {
    try {
      const { deckFileName, writeDeckFile } = await deckFiles();
      const progress = withProgress ? await (await progressFiles()).progressForExport(decks, Date.now()) : undefined;
      downloadFile(deckFileName(decks), writeDeckFile(decks, new Date(), { progress }));
      announce(`Exported ${what}`);
    } catch (error) {
      reportProblem(error instanceof Error ? error.message : String(error));
    }
  };
  const allDecks = async () => {
    const mine = userDecks.map((entry) => entry.deck);
    return mine.length > 0 ? mine : [await loadShippedDeck()];
  };

  const current = own ? deck.id : DEFAULT_DECK_ID;
  const actions: MenuAction[] = [
    ...userDecks.map((entry) => ({
      id: `deck:${entry.meta.id}`,
      label: entry.meta.name,
      // Counted once the deck is read whole (the first screen's read may hold only the cards it shows).
      detail: library.library?.cardsPending ? undefined : `${entry.deck.cards.length} ${entry.deck.cards.length === 1 ? 'card' : 'cards'}`,
      checked: entry.meta.id === current,
      onSelect: () => library.setActiveId(entry.meta.id),
    })),
    {
      id: `deck:${DEFAULT_DECK_ID}`,
      label: SHIPPED_DECK_NAME,
      detail: SHIPPED_DETAIL,
      checked: current === DEFAULT_DECK_ID,
      onSelect: () => library.setActiveId(DEFAULT_DECK_ID),
    },
    { label: 'New deck…', startsGroup: true, onSelect: () => setOpen('new') },
    { label: 'Rename…', onSelect: () => setOpen('rename') },
    {
      label: 'Duplicate',
      onSelect: () =>
        void attempt(async () => {
          // Named as imports are, "… (2)", so copies differ where the header keeps the name in view.
          // A copy of a copy is the next number, never "(2) (2)".
          const base = current === DEFAULT_DECK_ID ? SHIPPED_COPY_NAME : deck.name.replace(/ \(\d+\)$/, '');
          await library.createDeck(distinctName(base, new Set(userDecks.map((entry) => nameKey(entry.meta.name)))), 'current');
          announce(`Duplicated “${quoted(deck.name)}”`);
        }),
    },
    { label: 'Import a deck file…', startsGroup: true, onSelect: () => fileInput.current?.click() },
    { label: 'Export this deck', onSelect: () => void exportDecks([deck], `“${deck.name}”`) },
    {
      label: 'Export with drill progress',
      detail: 'The deck and when each item is next due',
      onSelect: () => void exportDecks([deck], `“${deck.name}” with its drill progress`, true),
    },
    {
      label: 'Export all decks',
      detail: partial ? 'Reading your decks…' : undefined,
      disabled: partial,
      onSelect: () => void allDecks().then((decks) => exportDecks(decks, 'all decks'), (error: unknown) => reportProblem(String(error))),
    },
    ...(isShippedCopy(own) ? [{ label: 'Reset to the shipped cards…', startsGroup: true, onSelect: () => setOpen('reset') }] : []),
    ...(own
      ? [
          {
            label: 'Delete this deck',
            danger: true,
            startsGroup: !isShippedCopy(own),
            onSelect: () =>
              void attempt(async () => {
                const undo = await library.deleteDeck();
                if (undo) offerUndo({ message: `Deleted the deck “${own.meta.name}”`, undo });
              }),
          },
        ]
      : []),
  ];

  return (
    <>
      <OverflowMenu {...deckMenuLook(deck.name)} actions={actions} asked={asked} />
      <input
        ref={fileInput}
        type="file"
        accept=".json,application/json"
        hidden
        aria-label="Deck file to import"
        data-testid="import-file"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void importFile(file);
        }}
      />
      {dialogsLoaded && (
        <Suspense fallback={null}>
          <DeckDialogs open={open} onClose={() => setOpen('none')} library={library} announce={announce} offerUndo={offerUndo} attempt={attempt} />
        </Suspense>
      )}
      {pending && !partial && (
        <Suspense fallback={null}>
          <ImportDialog pending={pending} existing={userDecks} onImport={runImport} onCancel={() => setPending(undefined)} />
        </Suspense>
      )}
    </>
  );
}
