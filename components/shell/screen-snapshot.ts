/**
 * The panel's first screen as plain data, and back: what React drew on the
 * last open, kept so the next open can show it before React has loaded
 * (first-screen-replay.ts). Built back with createElement, setAttribute and
 * text nodes only, never parsed as HTML, so a card's text stays text.
 *
 * Only what React puts on a first screen is kept: elements of a known shape,
 * attributes that style or name them. Anything else (a script, a link, an
 * event handler, a URL off the extension) is refused when taken and again
 * when built, so a garbled or tampered record cannot bring in more.
 */

/** A text, or an element: its tag, its attributes, its children. */
export type SnapshotNode = string | SnapshotElement;
export interface SnapshotElement {
  tag: string;
  attrs: Record<string, string>;
  children: SnapshotNode[];
}

/** A first screen as kept in storage: the fingerprint of what it was drawn from, and its nodes. */
export interface StoredSnapshot {
  key: string;
  nodes: SnapshotNode[];
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const TAG = /^[a-z][a-z0-9]*$/;
// Elements that load or run something, or hold markup of their own.
const REFUSED_TAGS = new Set(['script', 'style', 'link', 'meta', 'base', 'iframe', 'frame', 'object', 'embed', 'template', 'foreignobject', 'image', 'use', 'a', 'form', 'input', 'textarea', 'select']);
const ATTRIBUTE =
  /^(?:class|style|id|role|title|type|tabindex|hidden|disabled|lang|dir|elementtiming|for|alt|width|height|viewBox|fill|stroke|stroke-width|stroke-linecap|stroke-linejoin|d|points|x|y|x1|x2|y1|y2|cx|cy|r|rx|ry|xmlns|aria-[a-z]+|data-[a-z-]+)$/;
// An image from the extension's own files (the header's icon), nothing else.
const OWN_FILE = /^\/[\w/.-]+$/;

function keeps(tag: string, name: string, value: string): boolean {
  if (name === 'src') return tag === 'img' && OWN_FILE.test(value) && !value.startsWith('//');
  return ATTRIBUTE.test(name);
}

/**
 * The children of `root`, as data. Throws on anything it would not build
 * back exactly (an element or attribute outside the lists above): a screen
 * it cannot copy whole is not kept, rather than kept with a part missing.
 */
export function snapshotOf(root: Node): SnapshotNode[] {
  return [...root.childNodes].flatMap((node): SnapshotNode[] => {
    if (node.nodeType === 3) return [node.textContent ?? ''];
    if (node.nodeType !== 1) return [];
    const element = node as Element;
    const tag = element.localName;
    if (!TAG.test(tag) || REFUSED_TAGS.has(tag)) throw new Error(`A first screen does not hold <${tag}>`);
    const attrs: Record<string, string> = {};
    for (const { name, value } of element.attributes) {
      if (!keeps(tag, name, value)) throw new Error(`A first screen does not hold <${tag} ${name}>`);
      attrs[name] = value;
    }
    return [{ tag, attrs, children: snapshotOf(element) }];
  });
}

/**
 * `nodes` built into elements of `doc`, checked as they go: throws at the
 * first thing that is not a snapshot node of the kind snapshotOf takes.
 */
export function buildSnapshot(nodes: unknown, doc: Document, inSvg = false): DocumentFragment {
  if (!Array.isArray(nodes)) throw new Error('A snapshot is a list of nodes');
  const fragment = doc.createDocumentFragment();
  for (const node of nodes) {
    if (typeof node === 'string') {
      fragment.append(doc.createTextNode(node));
      continue;
    }
    const { tag, attrs, children } = (node ?? {}) as Partial<SnapshotElement>;
    if (typeof tag !== 'string' || !TAG.test(tag) || REFUSED_TAGS.has(tag)) throw new Error('Not an element a first screen holds');
    if (typeof attrs !== 'object' || attrs === null) throw new Error('An element without attributes');
    const svg = inSvg || tag === 'svg';
    const element = svg ? doc.createElementNS(SVG_NS, tag) : doc.createElement(tag);
    for (const [name, value] of Object.entries(attrs)) {
      if (typeof value !== 'string' || !keeps(tag, name, value)) throw new Error(`Not an attribute a first screen holds: ${name}`);
      element.setAttribute(name, value);
    }
    element.append(buildSnapshot(children, doc, svg));
    fragment.append(element);
  }
  return fragment;
}
