import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { describeIssue } from '../cards/describe-issues';
import { kindLabel } from '../cards/new-card';
import { sameValue } from '../cards/same-value';
import { cardSchema, type Card } from '../cards/schema';
import { ChecklistEditor } from './editors/ChecklistEditor';
import { fieldErrors, errorWithin, type FieldErrors } from './editors/field-errors';
import { ListTextField, TextField } from './editors/fields';
import { MatrixEditor } from './editors/MatrixEditor';
import { NoteEditor } from './editors/NoteEditor';
import { PhrasingEditor } from './editors/PhrasingEditor';
import { PromptEditor } from './editors/PromptEditor';
import { StepsEditor } from './editors/StepsEditor';
import { TemplateEditor } from './editors/TemplateEditor';
import { SAVE_DELAY_MS } from './save-delay';
import './CustomizeEditor.css';


type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'invalid'; reason: string }
  | { kind: 'failed'; reason: string };

interface CardEditorProps {
  /** The card as saved; changes from other windows arrive through it. */
  card: Card;
  /** Stores a valid card; rejects with a worded reason. */
  onSave(card: Card): Promise<void>;
  onDone(): void;
  /** Said before the first save, e.g. that editing the shipped deck makes a copy. */
  note?: string;
  delay?: number;
}

/**
 * Edits one card, saving as the user types. The draft lives here, keyed by
 * card id by the caller, so a reload caused by another window's edit to a
 * different card never touches what is being typed. Only a valid card is
 * saved; an invalid field is marked and the last valid version stays stored.
 */
export function CardEditor({ card, onSave, onDone, note, delay = SAVE_DELAY_MS }: CardEditorProps) {
  const [draft, setDraft] = useState<Card>(card);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const headingId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const latest = useRef(card);
  /** What storage holds as far as this editor knows (the last card saved or received). */
  const stored = useRef(card);
  /** Whether the draft has changes not yet stored. */
  const dirty = useRef(false);
  const edits = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const onSaveRef = useRef(onSave);
  onSaveRef.current = onSave;

  // The card changed underneath (another window, a reset): take it, unless the
  // user has typing not yet saved, which must not be lost; their next save wins.
  useEffect(() => {
    if (sameValue(card, stored.current)) return;
    stored.current = card;
    if (dirty.current) return;
    latest.current = card;
    setDraft(card);
    setErrors({});
  }, [card]);

  const commit = useCallback(async (): Promise<boolean> => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const result = cardSchema.safeParse(latest.current);
    if (!result.success) {
      setErrors(fieldErrors(result.error.issues));
      setState({ kind: 'invalid', reason: describeIssue(result.error.issues[0]!) });
      return false;
    }
    setErrors({});
    if (!dirty.current) return true;
    const edit = edits.current;
    const before = stored.current;
    // Set first: the library reloads (and passes the card back) before the save resolves.
    stored.current = result.data;
    setState({ kind: 'saving' });
    try {
      await onSaveRef.current(result.data);
      // Typing that arrived during the save is still unsaved, and has its own timer.
      if (edits.current === edit) {
        dirty.current = false;
        setState({ kind: 'saved' });
      }
      return true;
    } catch (error) {
      stored.current = before;
      setState({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) });
      return false;
    }
  }, []);

  // Leaving the editor (Done, another section, closing the panel) saves what is pending.
  useEffect(
    () => () => {
      if (timer.current) void commit();
    },
    [commit],
  );

  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('input, textarea')?.focus();
  }, []);

  const change = (next: Card) => {
    latest.current = next;
    dirty.current = true;
    edits.current += 1;
    setDraft(next);
    setState({ kind: 'saving' });
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void commit(), delay);
  };

  const done = async () => {
    if (await commit()) onDone();
    else formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  };

  const discard = () => {
    clearTimeout(timer.current);
    timer.current = undefined;
    dirty.current = false;
    latest.current = stored.current;
    setDraft(stored.current);
    setErrors({});
    setState({ kind: 'idle' });
  };

  const unsaved = state.kind === 'invalid' || state.kind === 'failed';

  return (
    <form
      ref={formRef}
      className="card-editor"
      aria-labelledby={headingId}
      onSubmit={(event) => {
        event.preventDefault();
        void done();
      }}
    >
      <div className="editor-head">
        <h2 id={headingId} className="section-title">
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
        <button type="button" className="secondary discard" onClick={discard}>
          Discard unsaved changes
        </button>
      )}
      <TextField label="Title" value={draft.title} error={errors.title} onChange={(title) => change({ ...draft, title })} />
      <ListTextField
        label="Tags"
        hint="Separated by commas."
        separator="comma"
        value={draft.tags}
        error={errorWithin(errors, 'tags', 'tag')}
        onChange={(tags) => change({ ...draft, tags })}
      />
      <KindFields card={draft} onChange={change} errors={errors} />
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
      return 'Saved';
    case 'invalid':
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
