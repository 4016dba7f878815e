import { describe, expect, it } from 'vitest';
import { loadInputs, rememberedInputs, saveInputs } from './remembered-inputs';

const defaults = { target: '120', hops: [{ label: 'Gateway', ms: '10' }] };

describe('remembered calculator inputs', () => {
  it('come back as they were typed', async () => {
    await saveInputs('latency', { target: '90', hops: [{ label: 'Edge', ms: '15' }] });
    expect(await loadInputs('latency', defaults)).toEqual({ target: '90', hops: [{ label: 'Edge', ms: '15' }] });
    expect(await loadInputs('another-calculator', defaults)).toBeUndefined();
  });

  it('keep the default for any field stored in the wrong shape, and ignore garbage', () => {
    expect(rememberedInputs({ target: ['not', 'text'], hops: [{ label: 'Edge', ms: '15' }] }, defaults)).toEqual({
      target: '120',
      hops: [{ label: 'Edge', ms: '15' }],
    });
    expect(rememberedInputs({ target: 90 }, defaults)).toBeUndefined();
    expect(rememberedInputs('garbage', defaults)).toBeUndefined();
    expect(rememberedInputs({ unknownField: 'x' }, defaults)).toBeUndefined();
  });
});
