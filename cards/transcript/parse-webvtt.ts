import webvtt, { type CueNode } from 'webvtt-parser';
import { splitSpeakerPrefix } from './speaker-prefix';
import type { Utterance } from './utterance';

/**
 * WebVTT from Zoom (`Name: text` cues), Teams (GUID cue ids, `<v Name>`
 * voice tags) and YouTube (inline word timings, each line shown twice as
 * captions roll up), read with the W3C's webvtt-parser: it keeps going past
 * a broken cue, so the good cues are kept and the broken ones counted.
 */
export function parseWebVtt(text: string): { utterances: Utterance[]; skipped: number } {
  const { cues } = new webvtt.WebVTTParser(ENTITIES).parse(text);
  const rolling = /<\d{1,2}:\d{2}(?::\d{2})?\.\d{3}>/.test(text);
  const utterances: Utterance[] = [];
  const recent: string[] = [];
  for (const cue of cues) {
    const voice = findVoice(cue.tree.children);
    const lines = flatten(cue.tree.children)
      .split('\n')
      .map((line) => line.replace(/\s+/g, ' ').trim())
      .filter((line) => line !== '');
    for (const line of lines) {
      // YouTube repeats the previous line above the new one; say each once.
      if (rolling && recent.includes(line)) continue;
      recent.push(line);
      if (recent.length > 3) recent.shift();
      const prefixed = voice === undefined ? splitSpeakerPrefix(line) : { speaker: voice, text: line };
      const last = utterances.at(-1);
      // One cue of several lines by one speaker is one utterance.
      if (last && last.startMs === cue.startTime * 1000 && last.speaker === prefixed.speaker) {
        last.text = `${last.text} ${prefixed.text}`;
        continue;
      }
      utterances.push({
        ...(prefixed.speaker === undefined ? {} : { speaker: prefixed.speaker }),
        startMs: Math.round(cue.startTime * 1000),
        endMs: Math.round(cue.endTime * 1000),
        text: prefixed.text,
      });
    }
  }
  return { utterances, skipped: Math.max(0, countCueBlocks(text) - cues.length) };
}

// The parser's own list matches '&amp' and leaves the ';' behind; captions
// write the full '&amp;'. The common ones, both ways (the full HTML list is 47 KB).
const ENTITIES: Record<string, string> = Object.fromEntries(
  Object.entries({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0', lrm: '\u200E', rlm: '\u200F' }).flatMap(([name, char]) => [
    [`&${name};`, char],
    [`&${name}`, char],
  ]),
);

function findVoice(nodes: CueNode[]): string | undefined {
  for (const node of nodes) {
    if (node.type === 'object' && node.name === 'v' && typeof node.value === 'string' && node.value.trim()) return node.value.trim();
    const inner = node.children ? findVoice(node.children) : undefined;
    if (inner) return inner;
  }
  return undefined;
}

function flatten(nodes: CueNode[]): string {
  return nodes.map((node) => (node.type === 'text' ? String(node.value ?? '') : node.children ? flatten(node.children) : '')).join('');
}

/** Blocks after the header that are meant as cues (not NOTE, STYLE or REGION): what the file tried to say. */
function countCueBlocks(text: string): number {
  const blocks = text.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n/).map((block) => block.trim()).filter(Boolean);
  return blocks.slice(1).filter((block) => !/^(NOTE|STYLE|REGION)\b/.test(block)).length;
}
