/**
 * `npm run bench`: every figure the issue asks for, with its target, in one
 * table. It builds the extension into a folder of its own (adding the bare
 * baseline page to that copy only), drives Debian's Chromium for the cold
 * open, the keystroke and the heap, reads the build for the bundle, and runs
 * the search and import benchmarks in Node.
 *
 *   npm run bench                    print the table (about a minute and a half)
 *   npm run bench -- --readme        also rewrite the README's figures
 *   npm run bench -- --runs 21       more cold-open rounds (default 15)
 *   npm run bench -- --decks 10      store more decks for the "in use" cold open (default 3)
 *   npm run bench -- --no-search     skip the search benchmark (the slowest part)
 *
 * Figures are timings on a shared machine: close other work for a clean run.
 * Exit code 1 when a target is missed.
 */
import { cpus, loadavg } from 'node:os';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBenchBrowser } from './bench-browser';
import { buildForBench, ROOT } from './bench-build';
import { benchBundle } from './bench-bundle';
import { benchColdOpen } from './bench-cold-open';
import { SEEDED_DECK_COUNT } from './bench-seed';
import { benchHeap } from './bench-heap';
import { benchImport } from './bench-import';
import { benchKeystroke } from './bench-keystroke';
import { writeReadme } from './bench-readme';
import { benchSearch } from './bench-search';
import { benchRows, formatBenchTable, type BenchResults } from './bench-table';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at === -1 ? undefined : args[at + 1];
};
const log = (line: string) => process.stderr.write(`${line}\n`);
const count = (name: string, fallback: number) => {
  const value = Number(option(name) ?? fallback);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} takes a whole number of 1 or more, not ${option(name)}.`);
  return value;
};

const started = Date.now();
const loadBefore = loadavg()[0]!;
const results: BenchResults = {};

log('Building the extension for the bench…');
const build = buildForBench();
try {
  results.bundle = benchBundle(build.extensionDir);
  const browser = await launchBenchBrowser(build.extensionDir);
  let chromium = '';
  try {
    chromium = browser.context.browser()?.version() ?? '';
    results.coldOpen = await benchColdOpen(browser, {
      runs: count('--runs', 15),
      storedDecks: count('--decks', SEEDED_DECK_COUNT),
      log,
    });
    results.keystroke = await benchKeystroke(browser, log);
    results.heap = await benchHeap(browser);
  } finally {
    await browser.close();
  }
  log('Importing a 1 MB deck…');
  results.import = benchImport();
  if (!flag('--no-search')) {
    log('Search: ours, MiniSearch, uFuzzy and Fuse.js at 200, 5,000 and 50,000 phrasings…');
    results.search = await benchSearch({ log });
  }

  const rows = benchRows(results);
  const table = formatBenchTable(rows);
  const note =
    `Measured ${new Date().toISOString().slice(0, 10)} with \`npm run bench\`: Node ${process.version}, ` +
    `Chromium ${chromium || '(unknown)'} headless, ${cpus().length} cores, load average ${loadBefore.toFixed(1)} ` +
    `at the start and ${loadavg()[0]!.toFixed(1)} at the end (a shared machine: figures are noisy when the load is high).`;
  console.log(table);
  console.log(`\n${note} Took ${((Date.now() - started) / 1000).toFixed(0)} s.`);

  const outDir = join(ROOT, '.output', 'bench');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'latest.json'), `${JSON.stringify({ note, rows, results }, null, 2)}\n`);
  if (flag('--readme')) {
    writeReadme(table, note, results.search);
    log('README.md: figures updated.');
  }
  const missed = rows.filter((row) => row.verdict === 'MISS');
  if (missed.length > 0) {
    console.error(`\nMissed: ${missed.map((row) => row.figure).join('; ')}`);
    process.exitCode = 1;
  }
} finally {
  build.remove();
}
