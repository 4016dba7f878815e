import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import { buildSnapshot, snapshotOf } from './screen-snapshot';

/** A first screen's kinds of markup, drawn by React as the panel draws it: attributes, an inline icon, nested text. */
function Screen({ step = 'Problem <b>definition</b>' }: { step?: string }) {
  return (
    <div className="app">
      <header className="app-header">
        <h1 className="app-title">
          <img src="/icon/32.png" alt="" width="20" height="20" />
          <span className="visually-hidden">Sidecue</span>
        </h1>
        <button type="button" aria-label="Glance mode" aria-pressed={false} title="Glance mode (g)">
          <svg aria-hidden="true" className="icon" fill="none" height="18" stroke="currentColor" strokeWidth="2" viewBox="0 0 24 24" width="18">
            <path d="M2 12s3-7 10-7" />
            <circle cx="12" cy="12" r="3" />
          </svg>
        </button>
      </header>
      <main tabIndex={-1} id="panel-steps" role="tabpanel" aria-labelledby="tab-steps">
        <h3 id="current-step-title" elementtiming="first-screen">
          <span className="visually-hidden">1 · </span>
          {step}
        </h3>
        <details className="step-example">
          <summary>Worked example</summary>
          <p>Text</p>
        </details>
      </main>
    </div>
  );
}

/** Elements the way the page's own markup would be: React, into a container of its own. */
function drawn(element: ReactElement): HTMLElement {
  return render(element).container;
}

describe('a first screen as data, and back', () => {
  it('builds back exactly what React drew, inline icons in the SVG namespace', () => {
    const original = drawn(<Screen />);
    const nodes = snapshotOf(original);
    const rebuilt = document.createElement('div');
    rebuilt.append(buildSnapshot(JSON.parse(JSON.stringify(nodes)), document));
    expect(rebuilt.isEqualNode(original)).toBe(true);
    expect(rebuilt.isEqualNode(drawn(<Screen step="Another step" />))).toBe(false);
    expect(rebuilt.querySelector('svg')!.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(rebuilt.querySelector('circle')!.namespaceURI).toBe('http://www.w3.org/2000/svg');
  });

  it('keeps markup in a card as text', () => {
    const rebuilt = document.createElement('div');
    rebuilt.append(buildSnapshot([{ tag: 'p', attrs: {}, children: ['<img src=x onerror="window.__pwned=1">'] }], document));
    expect(rebuilt.querySelector('img')).toBeNull();
    expect(rebuilt.textContent).toBe('<img src=x onerror="window.__pwned=1">');
  });

  it('refuses to take a screen holding an image off the extension: a copy with a part missing is no copy', () => {
    for (const src of ['https://example.com/a.png', '//example.com/b.png']) {
      expect(() => snapshotOf(drawn(<img src={src} alt="" />)), src).toThrow();
    }
    expect(snapshotOf(drawn(<p style={{ color: 'red' }}><img src="/icon/16.png" alt="" /></p>))).toEqual([
      { tag: 'p', attrs: { style: 'color: red;' }, children: [{ tag: 'img', attrs: { src: '/icon/16.png', alt: '' }, children: [] }] },
    ]);
  });

  it('refuses to take a screen holding what loads or runs something, or a field', () => {
    for (const tag of ['script', 'a', 'iframe', 'input', 'style']) {
      const root = document.createElement('div');
      root.append(document.createElement(tag));
      expect(() => snapshotOf(root), tag).toThrow();
    }
  });

  it('refuses a garbled or tampered snapshot at its first wrong node', () => {
    const bad: unknown[] = [
      'not a list',
      [{ tag: 'script', attrs: {}, children: ['window.__pwned=1'] }],
      [{ tag: 'img', attrs: { onerror: 'window.__pwned=1' }, children: [] }],
      [{ tag: 'img', attrs: { src: 'https://example.com/x.png' }, children: [] }],
      [{ tag: 'p', attrs: { class: 1 }, children: [] }],
      [{ tag: 'p', attrs: null, children: [] }],
      [{ tag: 'p', attrs: {}, children: 'text' }],
      [{ tag: 'P><img', attrs: {}, children: [] }],
      [null],
      [7],
    ];
    for (const nodes of bad) expect(() => buildSnapshot(nodes, document), JSON.stringify(nodes)).toThrow();
  });
});
