// Skip words as the whole answer: a skip on optional fields, "not-optional" on required ones, never inside a sentence.
import { describe, expect, it } from 'vitest';
import { field } from '../../dialogs/field-schemas.js';
import { understandText } from '../../src/understanding/index.js';
import { contextFor, fieldById } from './fixtures.js';

const optionalYesNo = field.yesNo('contact', 'optionalYesNo', { optional: true });
const optionalChoice = fieldById('therapistGender');
const requiredChoice = fieldById('payment');

describe('skip words', () => {
  const enSkips = ['skip', 'Skip!', 'pass', 'next', 'skip it', 'skip this', 'n/a', 'N/A', 'um, skip', 'skip please'];
  const esSkips = ['omitir', 'saltar', 'siguiente', 'paso', 'prefiero omitir', 'Omitir.', 'saltar esta pregunta'];

  it.each([...enSkips.map((text) => ['en', text] as const), ...esSkips.map((text) => ['es', text] as const)])(
    '[%s] %j skips an optional choice and is refused on a required one',
    (locale, text) => {
      expect(understandText(optionalChoice, text, contextFor(optionalChoice, locale))).toEqual({ kind: 'skip' });
      expect(understandText(requiredChoice, text, contextFor(requiredChoice, locale))).toEqual({
        kind: 'invalid',
        reason: 'not-optional',
      });
    },
  );

  it('skips an optional yes/no field', () => {
    const ctx = { locale: 'en', languages: ['en', 'es'] };
    expect(understandText(optionalYesNo, 'skip', ctx)).toEqual({ kind: 'skip' });
    expect(understandText(optionalYesNo, 'omitir', ctx)).toEqual({ kind: 'skip' });
    expect(understandText(optionalYesNo, 'yes', ctx)).toEqual({ kind: 'answer', value: 'yes' });
  });

  it('is not a skip inside a longer answer', () => {
    const notes = fieldById('therapistNotes');
    expect(understandText(notes, 'please do not skip the small talk', contextFor(notes, 'en'))).toEqual({
      kind: 'answer',
      value: 'please do not skip the small talk',
    });
  });

  it('prefer-not wins over skip where prefer-not is offered', () => {
    const asq = fieldById('asq3');
    expect(understandText(asq, 'pass', contextFor(asq, 'en'))).toEqual({ kind: 'answer', value: 'prefer-not' });
    expect(understandText(asq, 'paso', contextFor(asq, 'es'))).toEqual({ kind: 'answer', value: 'prefer-not' });
  });
});
