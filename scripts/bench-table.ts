/**
 * Every figure of `npm run bench` as one row: what, measured, target, verdict.
 * Rows without a target in the issue carry our own budget, marked "(budget)",
 * or none at all ("—", reported for context).
 */
import type { BundleResult } from './bench-bundle';
import { FIRST_LOAD_GZIP_BUDGET } from './bench-bundle';
import { CONTROL_WORK_MS } from './bench-build';
import {
  COLD_OPEN_TARGET_RATIO,
  profileLabel,
  TAB_TARGET_RATIO_FIRST_RUN,
  TAB_TARGET_RATIO_STORED,
  type ColdOpenResult,
  type GrowthRow,
  type Load,
  type PageTimings,
} from './bench-cold-open';
import { SWITCH_TARGET_MS, type SwitchResult } from './bench-switch';
import { SECTION_OPEN_BUDGET_MS, type SectionOpenResult } from './bench-section-open';
import { CUSTOMIZE_LONG_TASK_TARGET_MS, type CustomizeResult } from './bench-customize';
import { HEAP_BUDGET_BYTES, type HeapResult } from './bench-heap';
import { IMPORT_TARGET_MS, type ImportResult } from './bench-import';
import { LAYOUT_SHIFT_BUDGET, type LayoutShiftResult } from './bench-layout-shift';
import { KEYSTROKE_DECKS, KEYSTROKE_TARGET_MS, type KeystrokeResult } from './bench-keystroke';
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
  deckSwitch?: SwitchResult;
  sectionOpen?: SectionOpenResult;
  customize?: CustomizeResult;
  layoutShift?: LayoutShiftResult;
}

const ms = (n: number) => (n < 1 ? `${n.toFixed(2)} ms` : n < 10 ? `${n.toFixed(1)} ms` : `${n.toFixed(0)} ms`);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
const verdict = (ok: boolean): Verdict => (ok ? 'PASS' : 'MISS');
const info = (figure: string, measured: string): BenchRow => ({ figure, measured, target: '—', verdict: '—' });
const loadText = (load: Load) => (Math.abs(load.end - load.start) < 0.05 ? load.start.toFixed(1) : `${load.start.toFixed(1)}→${load.end.toFixed(1)}`);

export function benchRows(results: BenchResults): BenchRow[] {
  const rows: BenchRow[] = [];
  const { coldOpen, search, keystroke, bundle, heap } = results;

  if (coldOpen) {
    const { firstRun, growth, runs } = coldOpen;
    const ratio = (panel: number, bare: number, load: Load) =>
      `${ms(panel)} vs ${ms(bare)}, ${(panel / bare).toFixed(2)}× (load ${loadText(load)})`;
    const sidePanelRow = (profile: string, panel: PageTimings, bare: PageTimings, load: Load): BenchRow => ({
      figure: `Cold open in the side panel, from the click, ${profile}: panel vs bare static page (medians of ${runs})`,
      measured: ratio(panel.sidePanelMs, bare.sidePanelMs, load),
      target: `≤ ${COLD_OPEN_TARGET_RATIO}×`,
      verdict: verdict(panel.sidePanelMs / bare.sidePanelMs <= COLD_OPEN_TARGET_RATIO),
    });
    const tabRow = (profile: string, panel: PageTimings, bare: PageTimings, load: Load, target: number): BenchRow => ({
      figure: `The page's own work (in a tab, from navigation start), ${profile}: panel vs bare`,
      measured: ratio(panel.tabMs, bare.tabMs, load),
      target: `≤ ${target}×`,
      verdict: verdict(panel.tabMs / bare.tabMs <= target),
    });
    const unmeasured = (figure: string, row: GrowthRow & { error: string }, target: string): BenchRow => ({
      figure,
      measured: `not measured: ${row.error} (load ${loadText(row.load)})`,
      target,
      verdict: 'MISS',
    });
    rows.push(sidePanelRow('nothing stored', firstRun.panel, firstRun.bare, firstRun.load));
    for (const row of growth) {
      rows.push(
        row.error === undefined
          ? sidePanelRow(profileLabel(row), row.panel, row.bare, row.load)
          : unmeasured(`Cold open in the side panel, from the click, ${profileLabel(row)}`, row, `≤ ${COLD_OPEN_TARGET_RATIO}×`),
      );
    }
    rows.push(tabRow('nothing stored', firstRun.panel, firstRun.bare, firstRun.load, TAB_TARGET_RATIO_FIRST_RUN));
    for (const row of growth) {
      rows.push(
        row.error === undefined
          ? tabRow(profileLabel(row), row.panel, row.bare, row.load, TAB_TARGET_RATIO_STORED)
          : unmeasured(`The page's own work (in a tab), ${profileLabel(row)}`, row, `≤ ${TAB_TARGET_RATIO_STORED}×`),
      );
    }
    rows.push(
      info(
        `Control: the bare page plus ${CONTROL_WORK_MS} ms of script, side panel from the click`,
        ratio(firstRun.control.sidePanelMs, firstRun.bare.sidePanelMs, firstRun.load),
      ),
    );
    rows.push(
      info(
        "React floor: the bare page's words rendered by React alone, side panel from the click (the stack's own cost)",
        ratio(firstRun.reactFloor.sidePanelMs, firstRun.bare.sidePanelMs, firstRun.load),
      ),
    );
    // The tab targets read against this: React's own share of the page's work.
    rows.push(
      info(
        "React floor in a tab: the page's own work for the bare page's words rendered by React alone",
        ratio(firstRun.reactFloor.tabMs, firstRun.bare.tabMs, firstRun.load),
      ),
    );
    rows.push(
      info(
        'Cold open in the side panel, from its own navigation start, nothing stored: panel vs bare',
        ratio(firstRun.panel.sidePanelFromNavigationMs, firstRun.bare.sidePanelFromNavigationMs, firstRun.load),
      ),
    );
  }

  if (results.deckSwitch) {
    const result = results.deckSwitch;
    rows.push({
      figure: `Deck switch with ${result.decks} decks stored, click to the new deck's first step on screen (median / worst of ${result.switches})`,
      measured: `${ms(result.medianMs)} / ${ms(result.worstMs)} (load ${loadText(result.load)})`,
      target: `≤ ${SWITCH_TARGET_MS} ms`,
      verdict: verdict(result.medianMs <= SWITCH_TARGET_MS),
    });
    rows.push(info('Longest task during those switches', result.longestTaskMs > 0 ? ms(result.longestTaskMs) : 'none over 50 ms'));
  }

  if (results.sectionOpen) {
    const result = results.sectionOpen;
    const medians = Object.values(result.medianMs);
    rows.push({
      figure: `A section's first open, the first screen read for a moment: click to its content (median of ${result.opens} per section; the slowest section's median / worst of all)`,
      measured: `${ms(Math.max(...medians))} / ${ms(result.worstMs)} (load ${loadText(result.load)})`,
      target: `≤ ${SECTION_OPEN_BUDGET_MS} ms (budget)`,
      verdict: verdict(Math.max(...medians) <= SECTION_OPEN_BUDGET_MS),
    });
    rows.push(info('… each section (median)', Object.entries(result.medianMs).map(([name, value]) => `${name} ${ms(value)}`).join(', ')));
  }

  if (results.customize) {
    const result = results.customize;
    rows.push({
      figure: `Customize on a ${result.cards.toLocaleString('en-US')}-card deck: longest task from the tab's click (every row listed after)`,
      measured: `${result.longestTaskMs > 0 ? ms(result.longestTaskMs) : 'none over 50 ms'}; listed in ${ms(result.listedMs)} (load ${loadText(result.load)})`,
      target: `no task over ${CUSTOMIZE_LONG_TASK_TARGET_MS} ms`,
      verdict: verdict(result.longestTaskMs <= CUSTOMIZE_LONG_TASK_TARGET_MS),
    });
  }

  if (results.layoutShift) {
    const result = results.layoutShift;
    const shift = (value: number) => value.toFixed(3);
    rows.push({
      figure: `Layout shift as the panel opens, nothing stored / a rehearsal under way (its now strip on top): worst of ${result.opens} opens`,
      measured: `${shift(result.freshWorst)} / ${shift(result.rehearsingWorst)} (load ${loadText(result.load)})`,
      target: `≤ ${LAYOUT_SHIFT_BUDGET} (budget)`,
      verdict: verdict(Math.max(result.freshWorst, result.rehearsingWorst) <= LAYOUT_SHIFT_BUDGET),
    });
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
      figure: `Keystroke → updated results in the panel, ${KEYSTROKE_DECKS} decks stored (median of ${keystroke.queries})`,
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
      target: `gzip ≤ ${kb(FIRST_LOAD_GZIP_BUDGET)}`,
      verdict: verdict(bundle.firstLoadGzip <= FIRST_LOAD_GZIP_BUDGET),
    });
    for (const chunk of bundle.preloaded) {
      rows.push(info(`Panel JS, preloaded, run only when the shipped deck is shown (${chunk.file}): raw / gzip`, `${kb(chunk.raw)} / ${kb(chunk.gzip)}`));
    }
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
