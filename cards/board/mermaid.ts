import { MATRIX_HEADER, plainLine } from './board-text';
import type { MatrixRow, PromptCard, Step } from '../schema';

/*
 * Mermaid flowcharts of the steps, a prompt and the matrix, for boards and
 * docs that draw Mermaid (Excalidraw turns pasted flowchart text into a
 * diagram). Node ids are ours (s1, h, l1…), never user text; every label is
 * quoted and passes through mermaidLabel, so no quote, bracket, pipe or line
 * break a user typed can end a label early or start a new statement.
 */

/**
 * A label for inside double quotes: folded onto one line, with the
 * characters that would end the quotes, start an entity, turn into HTML or a
 * Markdown string written as Mermaid's entity codes.
 */
export function mermaidLabel(text: string): string {
  return plainLine(text)
    .replace(/#/g, '#35;')
    .replace(/"/g, '#quot;')
    .replace(/&/g, '#38;')
    .replace(/</g, '#lt;')
    .replace(/>/g, '#gt;')
    .replace(/`/g, '#96;')
    .replace(/\|/g, '#124;');
}

/**
 * Parts of a label joined by a dash, each escaped on its own. Mermaid wraps
 * long labels itself; a <br> would show literally in Excalidraw's import.
 */
const label = (...parts: string[]) => `"${parts.map(mermaidLabel).filter(Boolean).join(' — ') || ' '}"`;

/** The steps in reading order, left to right, each joined to the next. */
export function stepsMermaid(steps: readonly Step[]): string {
  const nodes = steps.map((step, index) => `  s${index + 1}[${label(step.title, step.cue)}]`);
  const links = steps.slice(1).map((_, index) => `  s${index + 1} --> s${index + 2}`);
  return ['flowchart LR', ...nodes, ...links].join('\n');
}

/** The hypothesis on top, each lever below it, each lever's KPI below the lever. */
export function promptMermaid(card: PromptCard): string {
  const lines = ['flowchart TD', `  h[${label(plainLine(card.domain), `Hypothesis: ${card.hypothesis}`)}]`];
  card.levers.forEach((row, index) => {
    lines.push(`  l${index + 1}[${label(row.lever)}]`, `  k${index + 1}([${label(row.kpi)}])`);
    lines.push(`  h --> l${index + 1}`, `  l${index + 1} --> k${index + 1}`);
  });
  return lines.join('\n');
}

/**
 * The matrix as links: each lever points at the KPI it moves, the arrow
 * labelled with its expected effect and risk; the mitigation hangs off the
 * lever as a note.
 */
export function matrixMermaid(rows: readonly MatrixRow[]): string {
  const lines = ['flowchart LR'];
  rows.forEach((row, index) => {
    const n = index + 1;
    const effect = [plainLine(row.effect), `${MATRIX_HEADER[3].replace(/ \(.*\)/, '')} ${row.risk}/5`].filter(Boolean).join(' · ');
    lines.push(`  l${n}[${label(row.lever)}] -->|${label(effect)}| k${n}([${label(row.kpi)}])`);
    if (plainLine(row.mitigation)) lines.push(`  m${n}>${label(`${MATRIX_HEADER[4]}: ${row.mitigation}`)}]`, `  l${n} -.- m${n}`);
  });
  return lines.join('\n');
}
