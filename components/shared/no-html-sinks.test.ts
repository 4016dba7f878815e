import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// User text is text: no source file of the extension may turn a string into
// markup or code. (web-ext lint's innerHTML warnings are React DOM's own.)
const ROOT = join(fileURLToPath(import.meta.url), '../../..');
const FOLDERS = ['cards', 'components', 'entrypoints'];
// Spelled in pieces so this file does not itself hold the sinks it looks for.
const SINKS = new RegExp(
  [
    ['dangerously', 'SetInnerHTML'],
    ['\\.inner', 'HTML\\s*='],
    ['\\.outer', 'HTML\\s*='],
    ['insertAdjacent', 'HTML'],
    ['document\\.', 'write'],
    ['new Func', 'tion\\('],
    ['\\bev', 'al\\('],
  ]
    .map((parts) => parts.join(''))
    .join('|'),
);

function sourceFiles(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((path) => /\.(ts|tsx)$/.test(path) && !/\.test\.tsx?$/.test(path))
    .map((path) => join(folder, path));
}

describe('the extension’s source', () => {
  it('would notice a sink', () => {
    expect(SINKS.test(['element.inner', 'HTML = text'].join(''))).toBe(true);
    expect(SINKS.test('element.textContent = text')).toBe(false);
  });

  it('has files to check', () => {
    expect(FOLDERS.flatMap(sourceFiles).length).toBeGreaterThan(50);
  });

  it.each(FOLDERS.flatMap(sourceFiles))('%s never turns a string into markup or code', (path) => {
    const lines = readFileSync(join(ROOT, path), 'utf8').split('\n');
    expect(lines.filter((line) => SINKS.test(line))).toEqual([]);
  });
});
