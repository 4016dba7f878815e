/**
 * Zoom captions and Meet documents write the speaker in front of the words:
 * "Robin Candidate: so the problem is…". A prefix counts as a name when it is
 * short, has no sentence punctuation and starts like a name, so a sentence
 * such as "The trick is this: cache it" keeps its colon.
 */
const NAME = /^([\p{Lu}\p{Lt}][\p{L}\p{M}'’.\-]*(?: [\p{L}\p{M}\p{N}'’.\-()]+){0,4}):\s+(.*)$/su;

export function splitSpeakerPrefix(line: string): { speaker?: string; text: string } {
  const match = NAME.exec(line.trim());
  if (!match) return { text: line.trim() };
  const [, name, rest] = match;
  if (name!.length > 40 || COMMON_OPENERS.has(name!.split(' ')[0]!.toLowerCase())) return { text: line.trim() };
  return { speaker: name, text: rest!.trim() };
}

// Words that start sentences far more often than names ("So: …", "Note: …").
const COMMON_OPENERS = new Set(['so', 'note', 'the', 'this', 'that', 'here', 'and', 'but', 'step', 'problem', 'hypothesis', 'levers', 'close', 'answer', 'question', 'example']);
