/**
 * `npm run bench -- --readme` keeps the README's figures current: it rewrites
 * only what sits between the bench's markers (the "Benchmarks" table and the
 * "Search, measured" table), never the prose around them.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './bench-build';
import { OURS, type Row as SearchRow } from './bench-search';

const README = join(ROOT, 'README.md');

function replaceBetween(text: string, name: string, body: string): string {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from === -1 || to < from) throw new Error(`README.md has no ${start} … ${end} markers; add them around the table.`);
  return `${text.slice(0, from + start.length)}\n${body}\n${text.slice(to)}`;
}

const ms = (n: number | undefined) => (n === undefined ? '—' : n < 10 ? `${n.toFixed(2)} ms` : `${n.toFixed(0)} ms`);

export function searchTable(rows: SearchRow[]): string {
  const lib = (size: number, prefix: string) => rows.find((row) => row.cards === size && row.library.startsWith(prefix))?.queryMs;
  return [
    '| Phrasings | Ours | MiniSearch | uFuzzy | Fuse.js |',
    '|---:|---:|---:|---:|---:|',
    ...[...new Set(rows.map((row) => row.cards))].map(
      (size) =>
        `| ${size.toLocaleString('en-US')} | ${ms(lib(size, OURS))} | ${ms(lib(size, 'MiniSearch'))} | ${ms(lib(size, 'uFuzzy'))} | ${ms(lib(size, 'Fuse'))} |`,
    ),
  ].join('\n');
}

export function writeReadme(benchTable: string, note: string, search?: SearchRow[]): void {
  let text = readFileSync(README, 'utf8');
  text = replaceBetween(text, 'bench', `${benchTable}\n\n${note}`);
  if (search) text = replaceBetween(text, 'bench-search', searchTable(search));
  writeFileSync(README, text);
}
