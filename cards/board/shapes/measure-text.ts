/*
 * Text sizes for pasted shapes, estimated without a DOM: the builders run in
 * the domain (and in unit tests), where no canvas can measure a font. The
 * estimate errs wide, so text measured here fits once Excalidraw measures it
 * with its hand-drawn font (Excalifont, which runs wider than most).
 */

/** Excalidraw's defaults: 20 px text, lines 1.25 high, its hand-drawn font. */
export const FONT_SIZE = 20;
export const LINE_HEIGHT = 1.25;
export const FONT_FAMILY_EXCALIFONT = 5;

/** Per-character advance in ems, by class; the fallback covers lower case and most symbols. */
const NARROW = /[ilj.,;:'!|`"()[\]{}I1]/;
const WIDE = /[mwMW@%&—–→]/;
const UPPER_OR_DIGIT = /[A-Z0-9$€£#?]/;

export function charWidth(char: string, fontSize = FONT_SIZE): number {
  if (char === ' ') return 0.34 * fontSize;
  if (NARROW.test(char)) return 0.36 * fontSize;
  if (WIDE.test(char)) return 0.92 * fontSize;
  if (UPPER_OR_DIGIT.test(char)) return 0.7 * fontSize;
  // Letters outside ASCII (CJK, emoji) take a full em or more.
  if (char.codePointAt(0)! > 0x2000) return 1.05 * fontSize;
  return 0.6 * fontSize;
}

export function lineWidth(line: string, fontSize = FONT_SIZE): number {
  let width = 0;
  for (const char of line) width += charWidth(char, fontSize);
  return Math.ceil(width);
}

/**
 * Wraps text to maxWidth at spaces, keeping its own line breaks; a word
 * longer than the line is cut by character, as Excalidraw does.
 */
export function wrapText(text: string, maxWidth: number, fontSize = FONT_SIZE): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/ +/)) {
      const candidate = line ? `${line} ${word}` : word;
      if (lineWidth(candidate, fontSize) <= maxWidth) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      line = '';
      for (const char of word) {
        if (line && lineWidth(line + char, fontSize) > maxWidth) {
          lines.push(line);
          line = '';
        }
        line += char;
      }
    }
    lines.push(line);
  }
  return lines;
}

export interface MeasuredText {
  /** The text with its wrapped lines joined by \n, as Excalidraw stores it in `text`. */
  wrapped: string;
  width: number;
  height: number;
}

/** The wrapped text and the box it fills. */
export function measureText(text: string, maxWidth: number, fontSize = FONT_SIZE): MeasuredText {
  const lines = wrapText(text, maxWidth, fontSize);
  return {
    wrapped: lines.join('\n'),
    width: Math.max(...lines.map((line) => lineWidth(line, fontSize)), 0),
    height: Math.ceil(lines.length * fontSize * LINE_HEIGHT),
  };
}
