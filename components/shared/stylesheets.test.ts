import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The panel's stylesheets keep to one rule: a selector is defined in one
 * stylesheet only, and each stylesheet sits beside the component of its name,
 * which imports it. Two files styling one selector fight by load order, and a
 * section loaded later silently restyles the shell.
 */
const ROOT = 'components';

function cssFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return cssFiles(path);
    return entry.name.endsWith('.css') ? [path] : [];
  });
}

/** Splits at commas outside brackets: `:is(a, b), c` is two selectors. */
function splitSelectors(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of list) {
    if (char === '(' || char === '[') depth++;
    if (char === ')' || char === ']') depth--;
    if (char === ',' && depth === 0) {
      parts.push(current);
      current = '';
    } else current += char;
  }
  parts.push(current);
  return parts.map((part) => part.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

interface Rule {
  selector: string;
  /** Whether the rule styles this selector alone (not as one of a group like `.a, .b`). */
  alone: boolean;
  /** The at-rules it sits in ("" at top level, "@media (max-width: 379px)"). */
  context: string;
}

/** Every style rule's selectors with the at-rule they sit in; @keyframes steps are not selectors. */
export function rulesOf(css: string): Rule[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const rules: Rule[] = [];
  const contexts: string[] = [];
  let prelude = '';
  let skipDepth = 0;
  for (const char of text) {
    if (char === '{') {
      const head = prelude.trim();
      prelude = '';
      if (skipDepth > 0 || head.startsWith('@keyframes') || head.startsWith('@font-face')) {
        skipDepth++;
        contexts.push('skip');
      } else if (head.startsWith('@')) {
        contexts.push(head.replace(/\s+/g, ' '));
      } else {
        const context = contexts.filter((entry) => entry.startsWith('@')).join(' ');
        const selectors = splitSelectors(head);
        for (const selector of selectors) rules.push({ selector, alone: selectors.length === 1, context });
        contexts.push('rule');
      }
    } else if (char === '}') {
      const closed = contexts.pop();
      if (closed === 'skip') skipDepth--;
      prelude = '';
    } else if (char === ';' && contexts.at(-1) !== 'rule') {
      prelude = ''; // @import, @charset
    } else if (contexts.at(-1) !== 'rule') {
      prelude += char;
    }
  }
  return rules;
}

const files = cssFiles(ROOT);

describe('stylesheets under components/', () => {
  it('reads rules as expected', () => {
    expect(rulesOf('/* a, b */ .a, .b:is(.c, .d) { x: 1 } @media (max-width: 9px) { .a { y: 2 } } @keyframes k { from { o: 1 } }')).toEqual([
      { selector: '.a', alone: false, context: '' },
      { selector: '.b:is(.c, .d)', alone: false, context: '' },
      { selector: '.a', alone: true, context: '@media (max-width: 9px)' },
    ]);
  });

  it('define each selector in one stylesheet only', () => {
    const owners = new Map<string, Set<string>>();
    for (const file of files) {
      for (const { selector } of rulesOf(readFileSync(file, 'utf8'))) {
        owners.set(selector, (owners.get(selector) ?? new Set()).add(relative(ROOT, file)));
      }
    }
    const shared = [...owners].filter(([, where]) => where.size > 1).map(([selector, where]) => `${selector}: ${[...where].join(', ')}`);
    expect(shared).toEqual([]);
  });

  // A group rule (`.a, .b { … }`) beside `.a`'s own rule is ordinary; two
  // rules of `.a` alone in one file (and one @media) are one rule split in two.
  it('give a selector at most one rule of its own per stylesheet (per @media)', () => {
    const twice: string[] = [];
    for (const file of files) {
      const seen = new Set<string>();
      for (const { selector, alone, context } of rulesOf(readFileSync(file, 'utf8'))) {
        if (!alone) continue;
        const key = `${context}|${selector}`;
        if (seen.has(key)) twice.push(`${relative(ROOT, file)}: ${selector}${context ? ` in ${context}` : ''}`);
        seen.add(key);
      }
    }
    expect(twice).toEqual([]);
  });

  it('sit beside the component of the same name, which imports them (theme.css is linked by the pages)', () => {
    const orphans = files
      .filter((file) => basename(file) !== 'theme.css')
      .filter((file) => {
        const name = basename(file, '.css');
        const component = [join(dirname(file), `${name}.tsx`), join(dirname(file), `${name}.ts`)].find(existsSync);
        return !component || !readFileSync(component, 'utf8').includes(`import './${name}.css'`);
      })
      .map((file) => relative(ROOT, file));
    expect(orphans).toEqual([]);
  });
});
