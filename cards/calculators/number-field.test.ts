import { describe, expect, it } from 'vitest';
import { z } from '../zod-setup';
import { validateInputs } from './calculator';
import { numberField } from './number-field';

const schema = z.object({ count: numberField({ min: 0, max: 1_000, integer: true, unit: 'items' }) });

describe('numberField', () => {
  it('reads digits with thousands separators, spaces, or a plain number', () => {
    expect(validateInputs(schema, { count: '1,000' })).toEqual({ ok: true, value: { count: 1000 } });
    expect(validateInputs(schema, { count: ' 1 000 ' })).toEqual({ ok: true, value: { count: 1000 } });
    expect(validateInputs(schema, { count: 7 })).toEqual({ ok: true, value: { count: 7 } });
  });

  it('names what is wrong, one message a field, in the unit it counts', () => {
    const errors = (count: unknown) => {
      const result = validateInputs(schema, { count });
      return result.ok ? null : result.errors;
    };
    expect(errors('   ')).toEqual({ count: 'Enter a number.' });
    expect(errors('12abc')).toEqual({ count: 'Enter a number (digits only).' });
    expect(errors('NaN')).toEqual({ count: 'Enter a number (digits only).' });
    expect(errors('-1')).toEqual({ count: 'Enter 0 items or more.' });
    expect(errors('2.5')).toEqual({ count: 'Enter a whole number.' });
    expect(errors('1e9')).toEqual({ count: 'That is more than 1,000 items; check the figure.' });
  });
});
