/**
 * `npm run bench`: every figure the issue asks for, with its target, in one
 * table. It builds the extension into a folder of its own (adding the bare
 * baseline page to that copy only), drives Debian's Chromium for the cold
 * open, the keystroke and the heap, reads the build for the bundle, and runs
 * the search and import benchmarks in Node.
 *
 *   npm run bench                    print the table (several minutes: the growth table opens the panel ~300 times)
 *   npm run bench -- --readme        also rewrite the README's figures (refused when the load average is 1 or more)
 *   npm run bench -- --runs 21       more cold-open rounds per row (default 11)
 *   npm run bench -- --no-search     skip the search benchmark (the slowest part)
 *   npm run bench -- --only cold-open,switch
 *                                    only those parts (cold-open, switch, section-open, customize, layout-shift, keystroke, heap, bundle, import, search)
 *   npm run bench -- --extension DIR bench a build made elsewhere (an older commit's, for a before/after),
 *                                    adding the bare and control pages to it
 *
 * The growth table: the cold open from the click, and the page's own work in
 * a tab, with nothing stored, then 1, 5, 20 and 50 decks, then 50 decks and
 * 2,000 rehearsals (bench-cold-open.ts); every figure carries the machine's
 * load average while it was measured. Figures are timings on a shared
 * machine: close other work for a clean run. Exit code 1 when a target is missed.
 */
import { cpus, loadavg } from 'node:os';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBenchBrowser } from './bench-browser';
import { buildForBench, prepareForBench, ROOT } from './bench-build';
import { benchBundle } from './bench-bundle';
import { benchColdOpen } from './bench-cold-open';
import { waitForQuiet } from './bench-quiet';
import { benchCustomize } from './bench-customize';
import { benchHeap } from './bench-heap';
import { benchImport } from './bench-import';
import { benchKeystroke } from './bench-keystroke';
import { benchLayoutShift } from './bench-layout-shift';
import { writeReadme } from './bench-readme';
import { benchSearch } from './bench-search';
import { benchSwitch } from './bench-switch';
import { benchSectionOpen } from './bench-section-open';
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

const PARTS = ['cold-open', 'switch', 'section-open', 'customize', 'layout-shift', 'keystroke', 'heap', 'bundle', 'import', 'search'] as const;
const only = option('--only')?.split(',');
for (const part of only ?? []) if (!(PARTS as readonly string[]).includes(part)) throw new Error(`--only takes ${PARTS.join(', ')}; not ${part}.`);
const wants = (part: (typeof PARTS)[number]) => (only ? only.includes(part) : part !== 'search' || !flag('--no-search'));
/** README figures only from a quiet machine: a loaded one says more about the other work than about the panel. */
const README_MAX_LOAD = 1;

const started = Date.now();
const loadBefore = loadavg()[0]!;
const results: BenchResults = {};
const failed: string[] = [];

const prebuilt = option('--extension');
log(prebuilt ? `Benching the build in ${prebuilt}…` : 'Building the extension for the bench…');
const build = prebuilt ? prepareForBench(prebuilt) : buildForBench();
try {
  if (wants('bundle')) results.bundle = benchBundle(build.extensionDir);
  const browser = await launchBenchBrowser(build.extensionDir);
  let chromium = '';
  try {
    chromium = browser.context.browser()?.version() ?? '';
    // A part that fails is reported and the others still run: a long run is not lost to one.
    const part = async <T,>(name: (typeof PARTS)[number], work: () => Promise<T>): Promise<T | undefined> => {
      if (!wants(name)) return undefined;
      try {
        await waitForQuiet(log);
        return await work();
      } catch (error) {
        failed.push(`${name}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
        return undefined;
      }
    };
    results.coldOpen = await part('cold-open', () => benchColdOpen(browser, { runs: count('--runs', 11), log }));
    results.deckSwitch = await part('switch', () => benchSwitch(browser, { log }));
    results.sectionOpen = await part('section-open', () => benchSectionOpen(browser));
    results.customize = await part('customize', () => benchCustomize(browser));
    results.layoutShift = await part('layout-shift', () => benchLayoutShift(browser));
    results.keystroke = await part('keystroke', () => benchKeystroke(browser, log));
    results.heap = await part('heap', () => benchHeap(browser));
  } finally {
    await browser.close();
  }
  if (wants('import')) {
    log('Importing a 1 MB deck…');
    try {
      results.import = benchImport();
    } catch (error) {
      failed.push(`import: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (wants('search')) {
    log('Search: ours, MiniSearch, uFuzzy and Fuse.js at 200, 5,000 and 50,000 phrasings…');
    results.search = await benchSearch({ log });
  }

  const rows = benchRows(results);
  const table = formatBenchTable(rows);
  const loadAfter = loadavg()[0]!;
  const note =
    `Measured ${new Date().toISOString().slice(0, 10)} with \`npm run bench\`: Node ${process.version}, ` +
    `Chromium ${chromium || '(unknown)'} headless, ${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), load average ${loadBefore.toFixed(1)} ` +
    `at the start and ${loadAfter.toFixed(1)} at the end (a shared machine: figures are noisy when the load is high).`;
  console.log(table);
  console.log(`\n${note} Took ${((Date.now() - started) / 1000).toFixed(0)} s.`);

  const outDir = join(ROOT, '.output', 'bench');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'latest.json'), `${JSON.stringify({ note, rows, results }, null, 2)}\n`);
  if (flag('--readme')) {
    const peak = Math.max(loadBefore, loadAfter, ...rowLoads(results));
    if (peak >= README_MAX_LOAD) {
      log(`README.md left as it was: the load average reached ${peak.toFixed(1)} (the README takes figures measured under ${README_MAX_LOAD}).`);
    } else if (only || prebuilt || failed.length > 0) {
      log('README.md left as it was: it takes a full run of this build, not a part of one.');
    } else {
      writeReadme(table, note, results.search);
      log('README.md: figures updated.');
    }
  }
  if (failed.length > 0) {
    console.error(`\nCould not measure: ${failed.join('; ')}`);
    process.exitCode = 1;
  }
  const missed = rows.filter((row) => row.verdict === 'MISS');
  if (missed.length > 0) {
    console.error(`\nMissed: ${missed.map((row) => row.figure).join('; ')}`);
    process.exitCode = 1;
  }
} finally {
  build.remove();
}

function rowLoads({ coldOpen, deckSwitch }: BenchResults): number[] {
  const loads = [coldOpen?.firstRun.load, ...(coldOpen?.growth.map((row) => row.load) ?? []), deckSwitch?.load];
  return loads.flatMap((load) => (load ? [load.start, load.end] : []));
}
