import { parseWebVtt } from './parse-webvtt';
import type { Utterance } from './utterance';

/**
 * SRT (Otter and most caption tools) differs from WebVTT in its header and its
 * decimal comma; rewritten as WebVTT, the same W3C parser reads it, broken
 * cues and all. SubRip's `{\an8}` position codes are dropped.
 */
export function parseSrt(text: string): { utterances: Utterance[]; skipped: number } {
  const body = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/^(\s*\d{1,2}:\d{2}:\d{2})[,.](\d{1,3})(\s*-->\s*\d{1,2}:\d{2}:\d{2})[,.](\d{1,3})/gm, (_, a, ms1, b, ms2) => `${a}.${ms1.padEnd(3, '0')}${b}.${ms2.padEnd(3, '0')}`)
    .replace(/\{\\[^}]*\}/g, '');
  return parseWebVtt(`WEBVTT\n\n${body.trim()}\n`);
}
