import { useCallback, useEffect, useRef, useState } from 'react';
import type { z } from 'zod/mini';
import { describeIssue } from '../../cards/describe-issues';
import { sameValue } from '../../cards/storage/same-value';

/**
 * How long typing may pause before an editor validates and saves its draft:
 * long enough to catch a burst of keys, short enough that closing the panel
 * loses nothing.
 */
export const SAVE_DELAY_MS = 400;

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  /** `notice`: saved, with something to tell (another window changed the same field). */
  | { kind: 'saved'; notice?: string }
  | { kind: 'invalid'; reason: string }
  | { kind: 'failed'; reason: string };

/** A zod safeParse result, narrowed to the editor's own type. */
export type ParseResult<T> = { success: true; data: T } | { success: false; error: { issues: z.core.$ZodIssue[] } };

export interface AutosaveOptions<T> {
  /** Validates a draft (a zod safeParse); only a valid value is saved. */
  parse(draft: T): ParseResult<T>;
  /**
   * Stores a valid value; rejects with a worded reason. `base` is the value
   * as this editor last knew it stored, for a merge with other windows'
   * edits; a sentence it resolves to is shown with "Saved".
   */
  save(value: T, base: T): Promise<void | string | undefined>;
  /** The status's words for an invalid draft; the first issue by default. */
  describe?(issues: readonly z.core.$ZodIssue[]): string;
  /**
   * Keeps a valid draft not yet stored when the page goes away: closing or
   * reloading the panel unmounts nothing and finishes no save that takes
   * more than one storage call (see cards/storage/pending-edit.ts).
   */
  keep?(value: T, base: T): void;
  /**
   * The same for a draft that fails its check: it cannot be saved, so it is
   * handed over with the reason, to be set aside rather than lost.
   */
  setAside?(draft: T, reason: string): void;
  delay?: number;
}

export interface Autosave<T> {
  draft: T;
  state: SaveState;
  /** What was wrong with the draft at its last check, for marking fields; empty once valid. */
  issues: readonly z.core.$ZodIssue[];
  /** Takes the user's edit; it is checked and saved once typing pauses. */
  change(next: T): void;
  /** Checks and saves now; true when what is shown is stored. */
  flush(): Promise<boolean>;
  /** Drops the unsaved draft and shows what is stored. */
  discard(): void;
}

/**
 * A draft edited by the user and saved as they type, shared by every editor
 * that autosaves. `stored` is the value as saved, and changes from other
 * windows arrive through it: taken when nothing is pending, never over typing
 * that is not yet saved (the user's next save wins). Only a valid draft is
 * saved, so the last valid version stays stored; leaving the editor saves
 * what is pending.
 */
export function useAutosave<T>(stored: T, { parse, save, describe, keep, setAside, delay = SAVE_DELAY_MS }: AutosaveOptions<T>): Autosave<T> {
  const [draft, setDraft] = useState<T>(stored);
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const [issues, setIssues] = useState<readonly z.core.$ZodIssue[]>([]);
  const latest = useRef(stored);
  /** What storage holds as far as this editor knows (the last value saved or received). */
  const known = useRef(stored);
  /**
   * The stored value the draft was built on: what a merge compares against.
   * Not `known`: a change from another window that arrives during typing is
   * not in the draft, and must not read as the user undoing it.
   */
  const base = useRef(stored);
  /** Whether the draft has changes not yet stored. */
  const dirty = useRef(false);
  const edits = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const options = useRef({ parse, save, describe, keep, setAside });
  options.current = { parse, save, describe, keep, setAside };

  useEffect(() => {
    if (sameValue(stored, known.current)) return;
    known.current = stored;
    if (dirty.current) return;
    base.current = stored;
    latest.current = stored;
    setDraft(stored);
    setIssues([]);
  }, [stored]);

  const flush = useCallback(async (): Promise<boolean> => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const { parse, save, describe } = options.current;
    const result = parse(latest.current);
    if (!result.success) {
      setIssues(result.error.issues);
      setState({ kind: 'invalid', reason: describe ? describe(result.error.issues) : describeIssue(result.error.issues[0]!) });
      return false;
    }
    setIssues([]);
    if (!dirty.current) return true;
    const edit = edits.current;
    const before = known.current;
    const from = base.current;
    // Set first: the library reloads (and passes the value back) before the save resolves.
    known.current = result.data;
    setState({ kind: 'saving' });
    try {
      const notice = await save(result.data, from);
      base.current = result.data;
      // Typing that arrived during the save is still unsaved, and has its own timer.
      if (edits.current === edit) {
        dirty.current = false;
        setState(notice ? { kind: 'saved', notice } : { kind: 'saved' });
      }
      return true;
    } catch (error) {
      known.current = before;
      setState({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) });
      return false;
    }
  }, []);

  // Leaving the editor (Done, another section, closing the panel) saves what is pending.
  useEffect(
    () => () => {
      if (dirty.current) void flush();
    },
    [flush],
  );

  // The page going away (the panel closed or reloaded): a save started now
  // would not finish, so what is pending is kept in one call instead. While a
  // save is under way the draft still counts as pending: it may not land.
  useEffect(() => {
    const leave = () => {
      const { parse, keep, setAside, describe } = options.current;
      if (!dirty.current) return;
      const result = parse(latest.current);
      if (result.success) keep?.(result.data, base.current);
      else setAside?.(latest.current, describe ? describe(result.error.issues) : describeIssue(result.error.issues[0]!));
    };
    window.addEventListener('pagehide', leave);
    return () => window.removeEventListener('pagehide', leave);
  }, []);

  const change = useCallback(
    (next: T) => {
      latest.current = next;
      dirty.current = true;
      edits.current += 1;
      setDraft(next);
      setState({ kind: 'saving' });
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), delay);
    },
    [delay, flush],
  );

  const discard = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    dirty.current = false;
    latest.current = known.current;
    base.current = known.current;
    setDraft(known.current);
    setIssues([]);
    setState({ kind: 'idle' });
  }, []);

  return { draft, state, issues, change, flush, discard };
}
