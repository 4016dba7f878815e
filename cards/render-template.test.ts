import { describe, expect, it } from 'vitest';
import { renderTemplate, renderTemplateParts } from './render-template';
import type { TemplateVariant } from './schema';

const variant: TemplateVariant = {
  id: 'cache',
  name: 'Cache failure',
  sentence: 'If {failure}, we fall back within {bound}.',
  slots: [
    { id: 'failure', label: 'Failure', hint: '', example: 'the cache fails' },
    { id: 'bound', label: 'Time bound', hint: '', example: '' },
  ],
};

describe('rendering a template', () => {
  it('fills slots with what the user typed', () => {
    expect(renderTemplate(variant, { failure: 'Redis drops', bound: '30 seconds' })).toBe(
      'If Redis drops, we fall back within 30 seconds.',
    );
  });

  it('falls back to the example, then to the label, for blank slots', () => {
    expect(renderTemplate(variant, { failure: '   ' })).toBe('If the cache fails, we fall back within [Time bound].');
  });

  it('leaves an unknown placeholder visible', () => {
    expect(renderTemplate({ ...variant, sentence: 'Say {nothing}.' })).toBe('Say {nothing}.');
  });

  it('marks which text came from which slot', () => {
    expect(renderTemplateParts(variant, { bound: '30 seconds' })).toEqual([
      { text: 'If ' },
      { text: 'the cache fails', slotId: 'failure' },
      { text: ', we fall back within ' },
      { text: '30 seconds', slotId: 'bound' },
      { text: '.' },
    ]);
  });

  it('keeps markup typed into a slot as plain text', () => {
    expect(renderTemplate(variant, { failure: '<b>x</b>' })).toBe('If <b>x</b>, we fall back within [Time bound].');
  });
});
