import { describe, expect, it } from 'vitest';
import { idSchema } from './schema';
import { slugify } from './slugify';
import { uniqueId } from './unique-id';

describe('new ids', () => {
  it('are made from the name', () => {
    expect(uniqueId('Acme loop: round 2', [])).toBe('acme-loop-round-2');
    expect(slugify('Crème brûlée')).toBe('creme-brulee');
  });

  it('count up past ids already taken', () => {
    expect(uniqueId('step', ['step', 'step-2'])).toBe('step-3');
  });

  it('fall back to a word when the name has no letters', () => {
    expect(uniqueId('★★★', [])).toBe('item');
  });

  it('always pass the id schema', () => {
    for (const name of ['', '-x-', 'a'.repeat(200), '<script>alert(1)</script>', 'ünïcödé']) {
      expect(idSchema.safeParse(uniqueId(name, [])).success).toBe(true);
    }
  });
});
