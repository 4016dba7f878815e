import { useCallback, useEffect, useState } from 'react';
import { readDeckFileBlob } from '../../cards/deck-file/deck-file';
import { DEFAULT_DECK_ID } from '../../cards/default-deck';
import { isShippedCopy } from '../../cards/editable-deck';
import type { ImportStep } from '../../cards/deck-file/import-plan';
import { CARD_KINDS, newCard } from '../../cards/new-card';
import type { Card, CardKind } from '../../cards/schema';
import { CardEditor } from './CardEditor';
import { CustomizeCardList } from './CustomizeCardList';
import { CustomizeQuarantine } from './CustomizeQuarantine';
import { DeckManager } from './DeckManager';
import { ImportDialog, type PendingImport } from './ImportDialog';
import type { SectionProps } from '../shared/section-props';
import { UndoToast, type UndoOffer } from '../shared/UndoToast';
import { carriesFiles } from '../shared/carries-files';
import './CustomizeSection.css';

type Focus = { cardId: string; action: string } | undefined;

/** Customize: the active deck's cards to edit, add, reorder and delete; decks; import and export. */
export function CustomizeSection({ library, announce, view, updateView }: SectionProps) {
  const [editing, setEditing] = useState<{ cardId: string; deckId: string }>();
  const [offer, setOffer] = useState<UndoOffer>();
  const [pending, setPending] = useState<PendingImport>();
  const [fileError, setFileError] = useState<string>();
  const [dragging, setDragging] = useState(false);
  const [focus, setFocus] = useState<Focus>();
  const [addKind, setAddKind] = useState<CardKind>('phrasing');
  const deck = library.deck;
  const own = library.userDeck;
  const userDecks = library.library?.decks ?? [];

  const attempt = async <T,>(task: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await task();
    } catch {
      // use-library has put the worded reason in the panel's alert.
      return undefined;
    }
  };

  // Follow the editor across the one deck change that keeps its card: the
  // first edit of the shipped deck, which makes the user's copy. Any other
  // switch of deck closes it (its pending typing is saved to its own deck).
  useEffect(() => {
    if (!editing || editing.deckId === deck.id) return;
    const forked = editing.deckId === DEFAULT_DECK_ID && isShippedCopy(own) && deck.cards.some((card) => card.id === editing.cardId);
    setEditing(forked ? { ...editing, deckId: deck.id } : undefined);
  }, [deck, own, editing]);

  // Another section's Edit button lands here with the card to open.
  useEffect(() => {
    if (!view.editCardId) return;
    if (deck.cards.some((card) => card.id === view.editCardId)) setEditing({ cardId: view.editCardId, deckId: deck.id });
    updateView({ editCardId: undefined });
  }, [view.editCardId, deck, updateView]);

  const importFile = useCallback(async (file: File) => {
    setFileError(undefined);
    const result = await readDeckFileBlob(file);
    if (!result.ok) {
      setPending(undefined);
      setFileError(`“${file.name}” was not imported, and nothing was changed.\n${result.error}`);
      return;
    }
    setPending({ fileName: file.name, decks: result.decks, migratedFrom: result.migratedFrom });
  }, []);

  // A deck file dropped anywhere on the panel while Customize is open.
  useEffect(() => {
    const over = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      event.dataTransfer!.dropEffect = 'copy';
      setDragging(true);
    };
    const leave = (event: DragEvent) => {
      if (event.relatedTarget === null) setDragging(false);
    };
    const drop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      setDragging(false);
      const files = event.dataTransfer?.files;
      if (!files || files.length === 0) return;
      if (files.length > 1) setFileError('Drop one deck file at a time; nothing was imported.');
      else void importFile(files[0]!);
    };
    document.addEventListener('dragover', over);
    document.addEventListener('dragleave', leave);
    document.addEventListener('drop', drop);
    return () => {
      document.removeEventListener('dragover', over);
      document.removeEventListener('dragleave', leave);
      document.removeEventListener('drop', drop);
    };
  }, [importFile]);

  const offerUndo = useCallback((next: UndoOffer) => setOffer(next), []);
  const clearFocus = useCallback(() => setFocus(undefined), []);

  const runImport = async (steps: ImportStep[]) => {
    const undo = await library.importDecks(steps);
    setPending(undefined);
    const names = steps.map((step) => `“${step.deck.name}”`).join(', ');
    offerUndo({ message: `Imported ${names}`, undo });
    announce(`Imported ${names}`);
  };

  const editingCard = editing ? deck.cards.find((card) => card.id === editing.cardId) : undefined;

  const toast = offer && (
    <UndoToast
      key={offer.message}
      offer={offer}
      onClose={(undone) => {
        setOffer(undefined);
        if (undone) announce('Undone');
      }}
    />
  );

  if (editing && editingCard) {
    return (
      <section className="customize" aria-label="Customize">
        <CardEditor
          key={editingCard.id}
          card={editingCard}
          onSave={(card, base) => library.saveCard(card, undefined, editing.deckId, base)}
          note={own ? undefined : 'This is the shipped deck: your first change makes your own copy of it.'}
          onDone={() => {
            setEditing(undefined);
            setFocus({ cardId: editingCard.id, action: 'edit' });
          }}
        />
        {toast}
      </section>
    );
  }

  const moveCard = async (card: Card, offset: number) => {
    const from = deck.cards.findIndex((entry) => entry.id === card.id);
    const moved = await attempt(() => library.moveCard(card.id, offset));
    if (!moved) return;
    const to = Math.min(deck.cards.length - 1, Math.max(0, from + offset));
    setFocus({ cardId: card.id, action: offset < 0 ? 'up' : 'down' });
    announce(`Moved “${card.title}” to position ${to + 1} of ${deck.cards.length}`);
  };

  return (
    <section className="customize" aria-label="Customize">
      <DeckManager
        library={library}
        announce={announce}
        offerUndo={offerUndo}
        onImportFile={(file) => void importFile(file)}
        onFileError={setFileError}
      />
      {fileError && (
        <div role="alert" className="file-error">
          <p>{fileError}</p>
          <button type="button" className="secondary" onClick={() => setFileError(undefined)}>
            Dismiss
          </button>
        </div>
      )}
      <p className="hint drop-hint">Tip: drop a deck file anywhere on the panel to import it.</p>
      <CustomizeQuarantine
        entries={library.library?.quarantined ?? []}
        onDiscard={(key) => void attempt(() => library.discardQuarantined(key))}
      />
      <h3 className="subhead" id="customize-cards-heading">
        Cards
      </h3>
      <p className="hint" id="card-rows-keys">
        Alt+↑ and Alt+↓ move the card you are on.
      </p>
      <CustomizeCardList
        cards={deck.cards}
        resettable={isShippedCopy(own)}
        focus={focus}
        onFocused={clearFocus}
        onEdit={(card) => setEditing({ cardId: card.id, deckId: deck.id })}
        onDuplicate={(card) =>
          void attempt(async () => {
            const copy = await library.duplicateCard(card.id);
            if (!copy) return;
            setFocus({ cardId: copy.id, action: 'edit' });
            announce(`Duplicated “${card.title}”`);
          })
        }
        onDelete={(card, index) =>
          void attempt(async () => {
            const undo = await library.deleteCard(card.id);
            if (!undo) return;
            const neighbour = deck.cards[index + 1] ?? deck.cards[index - 1];
            if (neighbour) setFocus({ cardId: neighbour.id, action: 'edit' });
            offerUndo({
              message: `Deleted “${card.title}”`,
              undo: async () => {
                await undo();
                setFocus({ cardId: card.id, action: 'edit' });
              },
            });
          })
        }
        onMove={(card, offset) => void moveCard(card, offset)}
        onReset={(card) =>
          void attempt(async () => {
            const undo = await library.resetCard(card.id);
            if (!undo) return;
            setFocus({ cardId: card.id, action: 'edit' });
            offerUndo({ message: `Reset “${card.title}” to the default`, undo });
          })
        }
      />
      <form
        className="add-card"
        onSubmit={(event) => {
          event.preventDefault();
          void attempt(async () => {
            const card = newCard(addKind, deck.cards.map((entry) => entry.id));
            await library.addCard(card);
            setEditing({ cardId: card.id, deckId: library.userDeck?.meta.id ?? deck.id });
            announce(`Added a ${addKind} card`);
          });
        }}
      >
        <label>
          <span>New card of kind</span>
          <select value={addKind} onChange={(event) => setAddKind(event.target.value as CardKind)}>
            {CARD_KINDS.map((entry) => (
              <option key={entry.kind} value={entry.kind}>
                {entry.label}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="primary">
          Add card
        </button>
      </form>
      {pending && (
        <ImportDialog pending={pending} existing={userDecks} onImport={runImport} onCancel={() => setPending(undefined)} />
      )}
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          Drop the deck file to import it
        </div>
      )}
      {toast}
    </section>
  );
}
