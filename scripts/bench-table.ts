/**
 * Every figure of `npm run bench` as one row: what, measured, target, verdict.
 * Rows without a target in the issue carry our own budget, marked "(budget)",
 * or none at all ("—", reported for context).
 */
import type { BundleResult } from './bench-bundle';
import { FIRST_LOAD_GZIP_BUDGET } from './bench-bundle';
import { CONTROL_WORK_MS } from './bench-build';
import { COLD_OPEN_TARGET_RATIO, type ColdOpenResult, type PageTimings } from './bench-cold-open';
import { seededCardCount } from './bench-seed';
import { HEAP_BUDGET_BYTES, type HeapResult } from './bench-heap';
import { IMPORT_TARGET_MS, type ImportResult } from './bench-import';
import { KEYSTROKE_TARGET_MS, type KeystrokeResult } from './bench-keystroke';
import { OURS, QUERY_TARGET_MS, type Row as SearchRow } from './bench-search';

export type Verdict = 'PASS' | 'MISS' | '—';

export interface BenchRow {
  figure: string;
  measured: string;
  target: string;
  verdict: Verdict;
}

export interface BenchResults {
  coldOpen?: ColdOpenResult;
  search?: SearchRow[];
  keystroke?: KeystrokeResult;
  bundle?: BundleResult;
  import?: ImportResult;
  heap?: HeapResult;
}

const ms = (n: number) => (n < 1 ? `${n.toFixed(2)} ms` : n < 10 ? `${n.toFixed(1)} ms` : `${n.toFixed(0)} ms`);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
const verdict = (ok: boolean): Verdict => (ok ? 'PASS' : 'MISS');
const info = (figure: string, measured: string): BenchRow => ({ figure, measured, target: '—', verdict: '—' });

export function benchRows(results: BenchResults): BenchRow[] {
  const rows: BenchRow[] = [];
  const { coldOpen, search, keystroke, bundle, heap } = results;

  if (coldOpen) {
    const { firstRun, inUse, runs, storedDecks } = coldOpen;
    const ratio = (panel: number, bare: number) => `${ms(panel)} vs ${ms(bare)}, ${(panel / bare).toFixed(2)}×`;
    const sidePanelRow = (profile: string, panel: PageTimings, bare: PageTimings): BenchRow => ({
      figure: `Cold open in the side panel, from the click, ${profile}: panel vs bare static page (medians of ${runs})`,
      measured: ratio(panel.sidePanelMs, bare.sidePanelMs),
      target: `≤ ${COLD_OPEN_TARGET_RATIO}×`,
      verdict: verdict(panel.sidePanelMs / bare.sidePanelMs <= COLD_OPEN_TARGET_RATIO),
    });
    rows.push(sidePanelRow('first run', firstRun.panel, firstRun.bare));
    rows.push(sidePanelRow(`${seededCardCount(storedDecks)} cards in ${storedDecks} decks stored`, inUse.panel, inUse.bare));
    rows.push(
      info(
        `Control: the bare page plus ${CONTROL_WORK_MS} ms of script, side panel from the click`,
        ratio(firstRun.control.sidePanelMs, firstRun.bare.sidePanelMs),
      ),
    );
    rows.push(
      info(
        'Cold open in the side panel, from its own navigation start, first run: panel vs bare',
        ratio(firstRun.panel.sidePanelFromNavigationMs, firstRun.bare.sidePanelFromNavigationMs),
      ),
    );
    rows.push(
      info("Cold open in a tab, from navigation start (the page's own work), first run: panel vs bare", ratio(firstRun.panel.tabMs, firstRun.bare.tabMs)),
    );
    rows.push(info(`The same, ${storedDecks} decks stored: panel vs bare`, ratio(inUse.panel.tabMs, inUse.bare.tabMs)));
  }

  if (search) {
    for (const size of [...new Set(search.map((row) => row.cards))]) {
      const ours = search.find((row) => row.cards === size && row.library === OURS);
      const fuse = search.find((row) => row.cards === size && row.library.startsWith('Fuse'));
      if (!ours || !fuse) continue;
      const faster = ours.queryMs < fuse.queryMs;
      const underTarget = size !== 5_000 || ours.queryMs < QUERY_TARGET_MS;
      rows.push({
        figure: `Search query at ${size.toLocaleString('en-US')} phrasings: ours vs Fuse.js (median)`,
        measured: `${ms(ours.queryMs)} vs ${ms(fuse.queryMs)}`,
        target: size === 5_000 ? `< ${QUERY_TARGET_MS} ms and faster than Fuse.js` : 'faster than Fuse.js',
        verdict: verdict(faster && underTarget),
      });
      rows.push(info(`Search index build at ${size.toLocaleString('en-US')}: ours vs Fuse.js`, `${ms(ours.buildMs)} vs ${ms(fuse.buildMs)}`));
    }
  }

  if (keystroke) {
    rows.push({
      figure: `Keystroke → updated results in the panel (median of ${keystroke.queries})`,
      measured: ms(keystroke.domMedianMs),
      target: `< ${KEYSTROKE_TARGET_MS} ms`,
      verdict: verdict(keystroke.domMedianMs < KEYSTROKE_TARGET_MS),
    });
    rows.push(info('Keystroke → next frame (median)', ms(keystroke.frameMedianMs)));
  }

  if (bundle) {
    rows.push({
      figure: `Panel JS, first load (${bundle.firstLoad.length} files): raw / gzip`,
      measured: `${kb(bundle.firstLoadRaw)} / ${kb(bundle.firstLoadGzip)}`,
      target: `gzip ≤ ${kb(FIRST_LOAD_GZIP_BUDGET)} (budget)`,
      verdict: verdict(bundle.firstLoadGzip <= FIRST_LOAD_GZIP_BUDGET),
    });
    rows.push(info(`Panel JS, lazy sections (${bundle.lazy.length} files): raw / gzip`, `${kb(bundle.lazyRaw)} / ${kb(bundle.lazyGzip)}`));
  }

  if (results.import) {
    const result = results.import;
    rows.push({
      figure: `Import of a ${mb(result.bytes)} deck (${result.cards.toLocaleString('en-US')} cards): first / median`,
      measured: `${ms(result.firstMs)} / ${ms(result.medianMs)}`,
      target: `first < ${IMPORT_TARGET_MS} ms (budget)`,
      verdict: verdict(result.firstMs < IMPORT_TARGET_MS),
    });
  }

  if (heap) {
    rows.push({
      figure: 'JS heap: panel on its first screen',
      measured: mb(heap.firstScreenBytes),
      target: `≤ ${mb(HEAP_BUDGET_BYTES)} (budget)`,
      verdict: verdict(heap.firstScreenBytes <= HEAP_BUDGET_BYTES),
    });
    rows.push({
      figure: 'JS heap: panel after opening every section',
      measured: mb(heap.allSectionsBytes),
      target: `≤ ${mb(HEAP_BUDGET_BYTES)} (budget)`,
      verdict: verdict(heap.allSectionsBytes <= HEAP_BUDGET_BYTES),
    });
    rows.push(info('JS heap: bare static page (the floor)', mb(heap.bareBytes)));
  }
  return rows;
}

export function formatBenchTable(rows: BenchRow[]): string {
  return [
    '| Figure | Measured | Target | Result |',
    '|---|---:|---|:---:|',
    ...rows.map((row) => `| ${row.figure} | ${row.measured} | ${row.target} | ${row.verdict} |`),
  ].join('\n');
}
