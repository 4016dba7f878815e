import { ChevronDown } from 'lucide-react';
import { lazy, Suspense, useId, useRef, useState, type ReactNode } from 'react';
import type { ImportStep } from '../../cards/deck-file/import-plan';
import { deckNameProblem } from '../../cards/deck-name';
import type { Deck } from '../../cards/schema';
import { DEFAULT_DECK_ID, isShippedCopy, loadShippedDeck, SHIPPED_DECK_NAME } from '../../cards/shipped-deck';
import { Dialog } from '../shared/Dialog';
import { downloadFile } from '../shared/download-file';
import { FormButtons } from '../shared/FormButtons';
import { OverflowMenu, type MenuAction } from '../shared/OverflowMenu';
import type { UndoOffer } from '../shared/UndoToast';
import { useShippedDeck } from '../shared/use-shipped-deck';
import type { PendingImport } from './ImportDialog';
import { useDeckFileDrop } from './use-deck-file-drop';
import type { DeckStart, LibraryApi } from './use-library';
import './DeckMenu.css';

// Reading and writing deck files, and the import dialog, load when first used:
// the header ships with the first screen, which should carry only what it shows.
const deckFiles = () => import('../../cards/deck-file/deck-file');
const progressFiles = () => import('../../cards/drill/progress-file');
const ImportDialog = lazy(() => import('./ImportDialog').then((m) => ({ default: m.ImportDialog })));

interface Props {
  library: LibraryApi;
  announce(message: string): void;
  offerUndo(offer: UndoOffer): void;
  /** A file problem worded for the user (an unreadable deck file, an export that failed). */
  reportProblem(message: string): void;
}

type Open = 'none' | 'new' | 'rename' | 'reset';

/** How the shipped deck reads in the menu: its own name, and where it comes from in plain words. */
export const SHIPPED_DETAIL = 'Comes with Sidecue; your first edit makes your own copy';

/**
 * The header's one deck control: a menu button naming the deck in use, whose
 * menu switches decks and holds everything done to a deck as a whole (new,
 * rename, duplicate, export, import, reset, delete). A deck file dropped
 * anywhere on the panel is imported from here too.
 */
export function DeckMenu({ library, announce, offerUndo, reportProblem }: Props) {
  const [open, setOpen] = useState<Open>('none');
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
  const dragging = useDeckFileDrop((file) => void importFile(file), reportProblem);

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
      detail: `${entry.deck.cards.length} ${entry.deck.cards.length === 1 ? 'card' : 'cards'}`,
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
          await library.createDeck(`${deck.name} (copy)`.slice(0, 200), 'current');
          announce(`Duplicated “${deck.name}”`);
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
      <OverflowMenu
        className="deck-menu"
        label={`Deck: ${deck.name}`}
        text={deck.name}
        icon={<ChevronDown aria-hidden="true" size={16} className="deck-menu-chevron" />}
        actions={actions}
      />
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
      <Dialog open={open === 'new'} onClose={() => setOpen('none')} title="New deck">
        {open === 'new' && (
          <NewDeckForm
            currentName={deck.name}
            currentIsShipped={!own}
            onCancel={() => setOpen('none')}
            onCreate={(name, from) =>
              attempt(async () => {
                await library.createDeck(name, from);
                setOpen('none');
                announce(`Created the deck “${name}”`);
              })
            }
          />
        )}
      </Dialog>
      <Dialog open={open === 'rename'} onClose={() => setOpen('none')} title="Rename deck">
        {open === 'rename' && (
          <NameForm
            label="New name"
            initial={deck.name}
            submitLabel="Save name"
            onCancel={() => setOpen('none')}
            onSubmit={(name) =>
              attempt(async () => {
                await library.renameDeck(name);
                setOpen('none');
                announce(`Renamed to “${name}”`);
              })
            }
          />
        )}
      </Dialog>
      <Dialog open={open === 'reset'} onClose={() => setOpen('none')} title="Reset this deck to the shipped cards?">
        <p>
          Every card in “{deck.name}” goes back to the shipped version, and cards you added are removed. You can undo it for
          a few seconds afterwards.
        </p>
        <div className="form-buttons">
          <button
            type="button"
            className="primary"
            onClick={() => {
              setOpen('none');
              void attempt(async () => {
                const undo = await library.resetDeck();
                if (undo) offerUndo({ message: `Reset “${deck.name}” to the shipped cards`, undo });
              });
            }}
          >
            Reset deck
          </button>
          <button type="button" className="secondary" onClick={() => setOpen('none')} autoFocus>
            Cancel
          </button>
        </div>
      </Dialog>
      {pending && !partial && (
        <Suspense fallback={null}>
          <ImportDialog pending={pending} existing={userDecks} onImport={runImport} onCancel={() => setPending(undefined)} />
        </Suspense>
      )}
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          Drop the deck file to import it
        </div>
      )}
    </>
  );
}

function NewDeckForm({
  currentName,
  currentIsShipped,
  onCreate,
  onCancel,
}: {
  currentName: string;
  currentIsShipped: boolean;
  onCreate(name: string, from: DeckStart): Promise<void>;
  onCancel(): void;
}) {
  const [from, setFrom] = useState<DeckStart>('shipped');
  const fromId = useId();
  const shipped = useShippedDeck();
  const options: { value: DeckStart; label: string }[] = [
    { value: 'shipped', label: shipped ? `The shipped deck (${shipped.cards.length} cards)` : 'The shipped deck' },
    ...(currentIsShipped ? [] : [{ value: 'current' as const, label: `A copy of “${currentName}”` }]),
    { value: 'empty', label: 'No cards' },
  ];
  return (
    <NameForm label="Name" initial="" submitLabel="Create deck" onCancel={onCancel} onSubmit={(name) => onCreate(name, from)}>
      <div className="deck-form-field">
        <label htmlFor={fromId}>Start from</label>
        <select id={fromId} value={from} onChange={(event) => setFrom(event.target.value as DeckStart)}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
    </NameForm>
  );
}

/** A deck name to type, checked against the schema's rule and said in words when wrong. */
function NameForm({
  label,
  initial,
  submitLabel,
  onSubmit,
  onCancel,
  children,
}: {
  label: string;
  initial: string;
  submitLabel: string;
  onSubmit(name: string): Promise<void>;
  onCancel(): void;
  children?: ReactNode;
}) {
  const [value, setValue] = useState(initial);
  const [error, setError] = useState<string>();
  const id = useId();
  return (
    <form
      className="deck-form"
      onSubmit={(event) => {
        event.preventDefault();
        const problem = deckNameProblem(value);
        if (problem) return setError(problem);
        void onSubmit(value.trim());
      }}
    >
      <div className="deck-form-field">
        <label htmlFor={id}>{label}</label>
        <input
          id={id}
          value={value}
          autoFocus
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => {
            setValue(event.target.value);
            setError(undefined);
          }}
        />
        {error && (
          <p id={`${id}-error`} className="field-error">
            The name {error}
          </p>
        )}
      </div>
      {children}
      <FormButtons submitLabel={submitLabel} onCancel={onCancel} />
    </form>
  );
}
