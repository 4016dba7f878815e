import { describe, expect, it } from 'vitest';
import { boardHtml, escapeHtml, matrixHtml } from './board-html';
import { defaultDeck } from '../default-deck';
import { cardSchema, type Card, type CardInput, type MatrixRow } from '../schema';

const card = (input: CardInput): Card => cardSchema.parse(input);
const HOSTILE = `<img src=x onerror="alert('x')"> & <script>alert(1)</script>`;
const ESCAPED = '&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt; &amp; &lt;script&gt;alert(1)&lt;/script&gt;';

const row = (more: Partial<MatrixRow> = {}): MatrixRow => ({
  id: 'r',
  lever: 'Caching',
  kpi: 'Conversion',
  effect: '+2 %',
  risk: 3,
  mitigation: 'Write-through',
  ...more,
});

/** Tags in the output, to prove no user text became markup. */
const tags = (html: string) => [...html.matchAll(/<\/?([a-z]+)/g)].map((match) => match[1]);

describe('escapeHtml', () => {
  it('escapes the five characters that can open markup or an attribute', () => {
    expect(escapeHtml(HOSTILE)).toBe(ESCAPED);
    expect(escapeHtml('plain → text')).toBe('plain → text');
  });
});

describe('boardHtml', () => {
  it('renders a note as a title and a list', () => {
    const note = card({ id: 'n', kind: 'note', title: 'Pacing', body: 'Early. Often.', points: ['One', 'Two'] });
    expect(boardHtml(note)).toBe('<p><strong>Pacing</strong></p><p>Early.</p><p>Often.</p><ul><li>One</li><li>Two</li></ul>');
  });

  it('renders a step with its prompts under a label', () => {
    const steps = defaultDeck.cards.find((entry) => entry.id === 'three-lens')!;
    const html = boardHtml(steps, { stepId: 'problem' });
    expect(html).toContain('<p><strong>Ask yourself</strong></p><ul><li>');
  });

  it('renders a checklist with boxes and a matrix as a table', () => {
    const checklist = card({ id: 'c', kind: 'checklist', title: 'Prep', items: [{ id: 'a', text: 'Drill' }] });
    expect(boardHtml(checklist)).toBe('<p><strong>Prep</strong></p><ul><li>☐ Drill</li></ul>');
    const matrix = card({ id: 'm', kind: 'matrix', title: 'M', rows: [row()] });
    expect(boardHtml(matrix)).toBe(
      '<p><strong>M</strong></p><table><thead><tr><th>Lever</th><th>KPI</th><th>Expected effect</th><th>Risk (1–5)</th><th>Mitigation</th></tr></thead>' +
        '<tbody><tr><td>Caching</td><td>Conversion</td><td>+2 %</td><td>3</td><td>Write-through</td></tr></tbody></table>',
    );
  });

  it('escapes markup in every user string of every card kind', () => {
    const hostile: CardInput[] = [
      { id: 's', kind: 'steps', title: HOSTILE, steps: [{ id: 'a', title: HOSTILE, cue: HOSTILE, prompts: [HOSTILE] }] },
      {
        id: 't',
        kind: 'template',
        title: HOSTILE,
        variants: [{ id: 'v', name: HOSTILE, sentence: `${HOSTILE} {slot}`, slots: [{ id: 'slot', label: 'S', example: HOSTILE }] }],
      },
      { id: 'p', kind: 'phrasing', title: HOSTILE, strong: HOSTILE },
      {
        id: 'q',
        kind: 'prompt',
        title: HOSTILE,
        domain: HOSTILE,
        question: HOSTILE,
        hypothesis: HOSTILE,
        constraints: [HOSTILE],
        levers: [row({ lever: HOSTILE, kpi: HOSTILE })],
      },
      { id: 'c', kind: 'checklist', title: HOSTILE, items: [{ id: 'a', text: HOSTILE }] },
      { id: 'm', kind: 'matrix', title: HOSTILE, rows: [row({ lever: HOSTILE, kpi: HOSTILE, effect: HOSTILE, mitigation: HOSTILE })] },
      { id: 'n', kind: 'note', title: HOSTILE, body: HOSTILE, points: [HOSTILE] },
    ];
    for (const input of hostile) {
      const html = boardHtml(card(input), { stepId: 'a' });
      expect(html).toContain('&lt;script&gt;');
      expect(tags(html).every((tag) => ['p', 'strong', 'ul', 'li', 'table', 'thead', 'tbody', 'tr', 'th', 'td'].includes(tag!))).toBe(true);
      expect(html).not.toMatch(/<(script|img)/);
    }
  });

  it("escapes the user's typed template values too", () => {
    const template = defaultDeck.cards.find((entry) => entry.id === 'follow-up-template')!;
    const html = boardHtml(template, { values: { failure: '<b>boom</b>' } });
    expect(html).toContain('If &lt;b&gt;boom&lt;/b&gt;, we switch');
  });
});

describe('matrixHtml', () => {
  it('titles the table and escapes the title and cells', () => {
    const html = matrixHtml([row({ mitigation: 'a < b & c' })], 'Mine <b>');
    expect(html.startsWith('<p><strong>Mine &lt;b&gt;</strong></p><table>')).toBe(true);
    expect(html).toContain('<td>a &lt; b &amp; c</td>');
  });
});
