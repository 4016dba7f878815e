// webvtt-parser ships no types; this declares the part Sidecue uses.
declare module 'webvtt-parser' {
  export interface CueNode {
    type: 'text' | 'timestamp' | 'object';
    /** Text for 'text', seconds for 'timestamp', the annotation (a voice's name) for 'object'. */
    value?: string | number;
    name?: string;
    children?: CueNode[];
  }
  export interface Cue {
    id: string;
    startTime: number;
    endTime: number;
    text: string;
    tree: { children: CueNode[] };
  }
  export interface ParseError {
    message: string;
    line: number;
  }
  export class WebVTTParser {
    constructor(entities?: Record<string, string>);
    parse(input: string, mode?: 'metadata' | 'chapters'): { cues: Cue[]; errors: ParseError[]; time: number };
  }
  const module: { WebVTTParser: typeof WebVTTParser };
  export default module;
}
