// Writes README.md's Keyboard table from the one registry of keys
// (components/shell/shortcuts.ts, worded in shortcut-help.ts): `npx tsx scripts/write-keyboard-table.ts`.
import { readFileSync, writeFileSync } from 'node:fs';
import { DESCRIBED_SHORTCUTS, type DescribedShortcut } from '../components/shell/shortcut-help';

const kbd = (shown: string) =>
  shown
    .split(' / ')
    .map((part) =>
      part
        .split(/(?<=\S)\+(?=\S)/)
        .map((key) => `<kbd>${key}</kbd>`)
        .join('+'),
    )
    .join(' / ');

const where: Record<DescribedShortcut['group'], string> = {
  'Anywhere in the panel': '',
  Steps: '',
  'During a rehearsal': 'Rehearsal: ',
  'In the drill': 'Drill: ',
  'Search box': 'Search box: ',
  Customize: 'Customize: ',
  'From any tab': '',
};

const describe = (spec: DescribedShortcut) =>
  where[spec.group] ? `${where[spec.group]}${spec.description[0]!.toLowerCase()}${spec.description.slice(1)}` : spec.description;
const rows = DESCRIBED_SHORTCUTS.map((spec) => `| ${kbd(spec.shown)} | ${describe(spec)} |`);
const table = ['| Keys | What it does |', '|---|---|', ...rows].join('\n');

const readme = readFileSync('README.md', 'utf8');
const start = readme.indexOf('| Keys | What it does |');
const end = readme.indexOf('\n\n', start);
if (start === -1 || end === -1) throw new Error('README.md has no Keyboard table to replace');
writeFileSync('README.md', readme.slice(0, start) + table + readme.slice(end));
