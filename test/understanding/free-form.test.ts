// Text, email and phone answers in English and Spanish contexts: trimming, limits, formats, countries, skip words.
import { describe, expect, it } from 'vitest';
import { understandText } from '../../src/understanding/index.js';
import { contextFor, fieldById } from './fixtures.js';
import { bad, type Row, rowsFor, skip } from './table.js';

const en: Row[] = [
  ['preferredName', '  Sam  ', 'Sam'],
  ['preferredName', 'skip', skip],
  ['preferredName', 'Skip this one', skip],
  ['preferredName', 'n/a', skip],
  ['preferredName', '', bad('empty')],
  ['preferredName', ' \n\t ', bad('empty')],
  ['preferredName', '\u200b\u200f', bad('empty')],
  ['firstName', 'Ana María', 'Ana María'],
  ['firstName', 'skip', bad('not-optional')],
  ['firstName', 'pass', bad('not-optional')],
  [
    'reasonsOwnWords',
    'I have been feeling stuck at work.\nAnd tired.',
    'I have been feeling stuck at work.\nAnd tired.',
  ],
  ['reasonsOwnWords', 'next', skip],
  ['goalsOwnWords', 'skip', bad('not-optional')],
  ['goalsOwnWords', 'Feel like myself again 🙂', 'Feel like myself again 🙂'],
  ['therapistNotes', 'LGBTQ+ affirming, please', 'LGBTQ+ affirming, please'],
  ['therapistNotes', 'nothing else', skip],
  ['insuranceCarrier', 'Blue Cross', 'Blue Cross'],
  ['email', 'jane@example.com', 'jane@example.com'],
  ['email', '  Jane.Doe@EXAMPLE.COM  ', 'Jane.Doe@example.com'],
  ['email', 'my email is jane@example.com.', 'jane@example.com'],
  ['email', '<jane@example.com>', 'jane@example.com'],
  ['email', 'mailto:jane@example.com', 'jane@example.com'],
  ['email', 'ｊａｎｅ@example.com', 'jane@example.com'],
  ['email', 'jane@exa\u200bmple.com', 'jane@example.com'],
  ['email', 'jane', bad('email-format')],
  ['email', 'jane@', bad('email-format')],
  ['email', '@example.com', bad('email-format')],
  ['email', 'jane@@example.com', bad('email-format')],
  ['email', 'jane@example..com', bad('email-format')],
  ['email', 'jane example.com', bad('email-format')],
  ['email', 'a@b.com and c@d.com', bad('email-format')],
  ['email', `${'a'.repeat(250)}@example.com`, bad('email-format')],
  ['email', 'skip', skip],
  ['email', '', bad('empty')],
  ['phone', 'skip', skip],
  ['phone', '', bad('empty')],
];

const es: Row[] = [
  ['preferredName', 'omitir', skip],
  ['preferredName', 'prefiero omitir', skip],
  ['preferredName', 'José', 'José'],
  ['firstName', 'saltar', bad('not-optional')],
  ['reasonsOwnWords', 'siguiente', skip],
  ['email', 'mi correo es lucia@ejemplo.es', 'lucia@ejemplo.es'],
  ['email', 'Lucia@Ejemplo.ES', 'Lucia@ejemplo.es'],
  ['email', 'lucía', bad('email-format')],
  ['email', 'paso', skip],
];

describe('text and email, English', () => rowsFor('en', en));
describe('text and email, Spanish', () => rowsFor('es', es));

describe('long text', () => {
  it('keeps the first 2000 characters and says it trimmed', () => {
    const field = fieldById('reasonsOwnWords');
    const result = understandText(field, `  ${'x'.repeat(2500)}  `, contextFor(field, 'en'));
    expect(result).toEqual({ kind: 'answer', value: 'x'.repeat(2000), trimmed: true });
  });

  it('never splits an emoji at the limit', () => {
    const field = fieldById('reasonsOwnWords');
    const result = understandText(field, `${'x'.repeat(1999)}😀😀`, contextFor(field, 'en'));
    expect(result).toEqual({ kind: 'answer', value: 'x'.repeat(1999), trimmed: true });
  });

  it('takes exactly 2000 characters without trimming', () => {
    const field = fieldById('goalsOwnWords');
    expect(understandText(field, 'y'.repeat(2000), contextFor(field, 'en'))).toEqual({
      kind: 'answer',
      value: 'y'.repeat(2000),
    });
  });

  it('cuts own words on a choice field to 80 characters', () => {
    const field = fieldById('pronouns');
    const words = 'ze/zir, or xe/xem, depending on the day and the people I am around at the time, honestly';
    const result = understandText(field, words, contextFor(field, 'en'));
    expect(result).toEqual({ kind: 'answer', value: words.slice(0, 80).trimEnd(), trimmed: true });
  });
});

type PhoneRow = [text: string, country: string | undefined, expected: ReturnType<typeof bad> | string];
const phoneRows: PhoneRow[] = [
  ['617 555 0142', 'US', '+16175550142'],
  ['(617) 555-0142', 'US', '+16175550142'],
  ['617.555.0142', 'US', '+16175550142'],
  ['617-555-0142', 'US', '+16175550142'],
  ['+1 617 555 0142', undefined, '+16175550142'],
  ['+1 (617) 555-0142', 'ES', '+16175550142'],
  ['my number is 617-555-0142', 'US', '+16175550142'],
  ['６１７ ５５５ ０１４２', 'US', '+16175550142'],
  ['+34 600 12 34 56', undefined, '+34600123456'],
  ['+34 600 12 34 56', 'US', '+34600123456'],
  ['600 12 34 56', 'ES', '+34600123456'],
  ['600123456', 'ES', '+34600123456'],
  ['0034 600 123 456', undefined, '+34600123456'],
  ['020 7946 0958', 'GB', '+442079460958'],
  ['(416) 555-0199', 'CA', '+14165550199'],
  ['55 1234 5678', 'MX', '+525512345678'],
  ['617 555 0142', undefined, bad('phone-needs-country-code')],
  ['617 555 0142', 'other', bad('phone-needs-country-code')],
  ['600 12 34 56', 'other', bad('phone-needs-country-code')],
  ['12345', 'US', bad('phone-invalid')],
  ['999 999 9999', 'US', bad('phone-invalid')],
  ['+1 555', undefined, bad('phone-invalid')],
  ['call me', 'US', bad('phone-format')],
  ['hello', undefined, bad('phone-format')],
  ['12', 'US', bad('phone-format')],
  ['1'.repeat(500), 'US', bad('phone-format')],
];

describe('phone', () => {
  it.each(phoneRows)('%j with country %s → %j', (text, country, expected) => {
    const field = fieldById('phone');
    const result = understandText(field, text, contextFor(field, 'en', { country }));
    expect(result).toEqual(
      typeof expected === 'string'
        ? { kind: 'answer', value: expected }
        : { kind: 'invalid', reason: expected.invalid },
    );
  });
});
