import { describe, expect, it } from 'vitest';

// Test builders (*.fixtures.ts) sit beside the tests that use them; shipped
// code importing one would bundle test data into the extension.
const sources = import.meta.glob<string>(['/cards/**/*.{ts,tsx}', '/components/**/*.{ts,tsx}', '/entrypoints/**/*.{ts,tsx}'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

const isTestCode = (path: string) => /\.(test|fixtures)\.tsx?$/.test(path);

describe('test builders', () => {
  it('are imported by tests (and other builders) only', () => {
    const shipped = Object.entries(sources).filter(([path]) => !isTestCode(path));
    expect(shipped.length).toBeGreaterThan(50);
    const offenders = shipped.filter(([, text]) => /from '[^']*\.fixtures'/.test(text)).map(([path]) => path);
    expect(offenders).toEqual([]);
  });
});
