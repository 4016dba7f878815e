import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// User text is text: no source file of the extension may turn a string into
// markup or code. (web-ext lint's innerHTML warnings are React DOM's own.)
const ROOT = join(fileURLToPath(import.meta.url), '../..');
const FOLDERS = ['cards', 'components', 'entrypoints'];
const SINKS = /dangerouslySetInnerHTML|\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|document\.write|new Function\(|\beval\(/;

function sourceFiles(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((path) => /\.(ts|tsx)$/.test(path) && !/\.test\.tsx?$/.test(path))
    .map((path) => join(folder, path));
}

describe('the extension’s source', () => {
  it('has files to check', () => {
    expect(FOLDERS.flatMap(sourceFiles).length).toBeGreaterThan(50);
  });

  it.each(FOLDERS.flatMap(sourceFiles))('%s never turns a string into markup or code', (path) => {
    const lines = readFileSync(join(ROOT, path), 'utf8').split('\n');
    expect(lines.filter((line) => SINKS.test(line))).toEqual([]);
  });
});
