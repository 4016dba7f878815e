import { useEffect, useMemo, useRef } from 'react';
import { kindLabel } from '../../cards/new-card';
import { cardSchema, type Card } from '../../cards/schema';
import { ChecklistEditor } from './editors/ChecklistEditor';
import { EditorExpanded } from './editors/editor-expanded';
import { fieldErrors, errorWithin, type FieldErrors } from './editors/field-errors';
import { ListTextField, TextField } from './editors/fields';
import { MatrixEditor } from './editors/MatrixEditor';
import { NoteEditor } from './editors/NoteEditor';
import { PhrasingEditor } from './editors/PhrasingEditor';
import { PromptEditor } from './editors/PromptEditor';
import { StepsEditor } from './editors/StepsEditor';
import { TemplateEditor } from './editors/TemplateEditor';
import { useAutosave, type SaveState } from '../shared/use-autosave';
import './CardEditor.css';


interface CardEditorProps {
  /** The card as saved; changes from other windows arrive through it. */
  card: Card;
  /** Stores a valid card; rejects with a worded reason. */
  onSave(card: Card, base: Card): Promise<void | string | undefined>;
  onDone(): void;
  /** Keeps a valid draft not yet saved when the panel closes or reloads (see useAutosave's keep). */
  onKeep?(card: Card, base: Card): void;
  /** Sets aside a draft that fails its check when the panel closes or reloads, with the reason. */
  onSetAside?(draft: Card, reason: string): void;
  /** Said before the first save, e.g. that editing the shipped deck makes a copy. */
  note?: string;
  /** A blank card not yet in the deck: saved once valid; closing it untouched saves nothing. */
  isNew?: boolean;
  /** Open every step or variant, not just the first line of each (the user came to edit this card). */
  expanded?: boolean;
  delay?: number;
}

/**
 * Edits one card, saving as the user types. The draft lives here, keyed by
 * card id by the caller, so a reload caused by another window's edit to a
 * different card never touches what is being typed. Only a valid card is
 * saved; an invalid field is marked and the last valid version stays stored.
 */
export function CardEditor({ card, onSave, onDone, onKeep, onSetAside, note, isNew, expanded, delay }: CardEditorProps) {
  const { draft, state, issues, change, flush, discard } = useAutosave(card, {
    parse: (next) => cardSchema.safeParse(next),
    save: onSave,
    keep: onKeep,
    setAside: onSetAside,
    delay,
  });
  const errors = useMemo(() => fieldErrors(issues), [issues]);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('input, textarea')?.focus();
  }, []);

  const done = async () => {
    // A new card closed before anything was typed: there is nothing to keep.
    if (isNew && state.kind === 'idle') return onDone();
    if (await flush()) onDone();
    else formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  };

  const unsaved = state.kind === 'invalid' || state.kind === 'failed';

  return (
    <form
      ref={formRef}
      className="card-editor"
      // Named in one string: a name built from the heading and its hidden span read "Edit note : …".
      aria-label={`Edit ${kindLabel(draft.kind).toLowerCase()}: ${draft.title}`}
      onSubmit={(event) => {
        event.preventDefault();
        void done();
      }}
    >
      <div className="editor-head">
        <h2 className="section-title">
          Edit {kindLabel(draft.kind).toLowerCase()}
          <span className="visually-hidden">: {draft.title}</span>
        </h2>
        <button type="submit" className="primary">
          Done
        </button>
      </div>
      <p className={`save-state ${state.kind}`} role="status" aria-live="polite">
        {stateText(state, note)}
      </p>
      {unsaved && (
        <button type="button" className="secondary discard" onClick={isNew ? onDone : discard}>
          {isNew ? 'Discard this new card' : 'Discard unsaved changes'}
        </button>
      )}
      <TextField
        label="Title"
        placeholder={`Name this ${kindLabel(draft.kind).toLowerCase()}`}
        value={draft.title}
        error={errors.title}
        onChange={(title) => change({ ...draft, title })}
      />
      <ListTextField
        label="Tags"
        hint="Separated by commas."
        separator="comma"
        value={draft.tags}
        error={errorWithin(errors, 'tags', 'tag')}
        onChange={(tags) => change({ ...draft, tags })}
      />
      <EditorExpanded.Provider value={Boolean(expanded || isNew)}>
        <KindFields card={draft} onChange={change} errors={errors} />
      </EditorExpanded.Provider>
      <div className="editor-foot">
        <button type="submit" className="primary">
          Done
        </button>
      </div>
    </form>
  );
}

function stateText(state: SaveState, note: string | undefined) {
  switch (state.kind) {
    case 'idle':
      return note ?? 'Changes save as you type.';
    case 'saving':
      return 'Saving…';
    case 'saved':
      return state.notice ?? 'Saved';
    case 'invalid':
      return `Not saved yet. ${state.reason.charAt(0).toUpperCase()}${state.reason.slice(1)}`;
    case 'failed':
      return `Not saved: ${state.reason}`;
  }
}

/** The form for the card's own kind; the switch narrows the card's type for each. */
function KindFields({ card, onChange, errors }: { card: Card; onChange(next: Card): void; errors: FieldErrors }) {
  switch (card.kind) {
    case 'steps':
      return <StepsEditor card={card} onChange={onChange} errors={errors} />;
    case 'template':
      return <TemplateEditor card={card} onChange={onChange} errors={errors} />;
    case 'phrasing':
      return <PhrasingEditor card={card} onChange={onChange} errors={errors} />;
    case 'prompt':
      return <PromptEditor card={card} onChange={onChange} errors={errors} />;
    case 'checklist':
      return <ChecklistEditor card={card} onChange={onChange} errors={errors} />;
    case 'matrix':
      return <MatrixEditor card={card} onChange={onChange} errors={errors} />;
    case 'note':
      return <NoteEditor card={card} onChange={onChange} errors={errors} />;
  }
}
