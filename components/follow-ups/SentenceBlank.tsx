import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Slot } from '../../cards/schema';
import './SentenceBlank.css';

interface Props {
  slot: Slot;
  /** What the sentence shows here: the user's words, or the slot's example. */
  text: string;
  /** What the user typed for this slot; undefined while the example stands. */
  typed: string | undefined;
  onChange(value: string): void;
  /** The element that explains the slot while it is being edited. */
  hintId: string;
  onEditingChange(editing: boolean): void;
}

/**
 * One blank of the ready sentence, edited where it stands: its words, a
 * button, which turns into a text box sized to them. Every keystroke goes
 * straight into the sentence; Enter keeps it, Esc puts back what was there.
 */
export function SentenceBlank({ slot, text, typed, onChange, hintId, onEditingChange }: Props) {
  const [editing, setEditing] = useState(false);
  // Set at once, unlike state, so an edit ends only once even when Esc and blur both fire.
  const active = useRef(false);
  const before = useRef<string | undefined>(undefined);
  const refocus = useRef(false);
  const button = useRef<HTMLSpanElement>(null);
  const input = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (editing) {
      input.current?.focus();
      input.current?.select();
    } else if (refocus.current) {
      refocus.current = false;
      button.current?.focus();
    }
  }, [editing]);

  const start = () => {
    active.current = true;
    before.current = typed;
    // The box opens holding what the sentence said, ready to be typed over.
    if (!typed?.trim()) onChange(text);
    setEditing(true);
    onEditingChange(true);
  };
  // Ends the edit once, whichever comes first: Enter, Esc or leaving the box.
  const finish = (keepFocus: boolean, restore = false) => {
    if (!active.current) return;
    active.current = false;
    if (restore) onChange(before.current ?? '');
    // Words left as the example's are the example again, not the user's.
    else if (typed?.trim() === slot.example.trim()) onChange('');
    refocus.current = keepFocus;
    setEditing(false);
    onEditingChange(false);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter') finish(true);
    else if (event.key === 'Escape') finish(true, true);
    else return;
    // Esc and Enter end the edit here; they are not the panel's keys.
    event.preventDefault();
    event.stopPropagation();
  };

  if (editing) {
    const value = typed ?? '';
    const length = (value || slot.example).length + 1;
    return (
      // A text area, not an input: long words wrap inside the sentence instead
      // of scrolling out of sight; Enter ends the edit, so it stays one line.
      <textarea
        ref={input}
        className="blank-input"
        aria-label={slot.label}
        aria-describedby={hintId}
        value={value}
        placeholder={slot.example}
        // Browsers without field-sizing still get a box near the words' size.
        cols={Math.min(Math.max(4, length), 28)}
        rows={Math.ceil(length / 28)}
        onChange={(event) => onChange(event.target.value.replace(/\s*\n\s*/g, ' '))}
        onKeyDown={onKeyDown}
        onBlur={() => finish(false)}
      />
    );
  }
  // A span, not a <button>: a button is one unbreakable box, and a long blank
  // would tear the sentence apart; a span wraps with the words around it.
  return (
    <span
      ref={button}
      role="button"
      tabIndex={0}
      className={typed?.trim() ? 'blank blank-typed' : 'blank'}
      aria-label={`${slot.label}: ${text}`}
      title={`Change ${slot.label.toLowerCase()}`}
      onClick={start}
      onKeyDown={(event) => {
        if (event.key !== 'Enter' && event.key !== ' ') return;
        event.preventDefault();
        start();
      }}
    >
      {text}
    </span>
  );
}
