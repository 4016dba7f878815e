import { noteText, type BoardNote } from '../board-text';
import type { BoardElement } from './excalidraw-elements';
import { COLORS, labelledBox } from './element-factory';

/** How wide a note's text runs before it wraps: a sticky note, not a banner. */
const NOTE_TEXT_WIDTH = 360;

/** A card as a sticky note: a yellow box sized to the note's text, the text bound inside. */
export function stickyNote(note: BoardNote, x = 0, y = 0): BoardElement[] {
  const { box, label } = labelledBox({ x, y, text: noteText(note), maxTextWidth: NOTE_TEXT_WIDTH, background: COLORS.note });
  return [box, label];
}
