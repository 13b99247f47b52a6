// Fields whose choices come from the practice or earlier answers: only the offered codes can match, titles come from ctx.
import { describe, expect, it } from 'vitest';
import type { ChoiceOption, UnderstandingContext } from '../../src/understanding/index.js';
import { understandText } from '../../src/understanding/index.js';
import { choicesFor, fieldById } from './fixtures.js';
import { bad, type Expected, understood } from './table.js';

const ctx = (locale: 'en' | 'es', choices: ChoiceOption[] | undefined): UnderstandingContext => ({
  locale,
  languages: ['en', 'es'],
  choices,
});

type Row = [text: string, expected: Expected];

function table(fieldId: string, locale: 'en' | 'es', rows: Row[], choices?: ChoiceOption[]): void {
  const field = fieldById(fieldId);
  const offered = choices ?? choicesFor(field, locale);
  it.each(rows)(`[${locale}] ${fieldId}: %j → %j`, (text, expected) => {
    expect(understandText(field, text, ctx(locale, offered))).toEqual(understood(expected));
  });
}

describe('country', () => {
  table('country', 'en', [
    ['usa', 'US'],
    ['USA', 'US'],
    ['US', 'US'],
    ['the U.S.', 'US'],
    ['america', 'US'],
    ['United States', 'US'],
    ["I'm in the united states", 'US'],
    ['canada', 'CA'],
    ['uk', 'GB'],
    ['England', 'GB'],
    ['australia', 'AU'],
    ['spain', 'ES'],
    ['españa', 'ES'],
    ['mexico', 'MX'],
    ['méxico', 'MX'],
    ['1', 'US'],
    ['somewhere else', 'other'],
    ['France', bad('no-match')],
    ['spain or mexico', bad('ambiguous')],
    ['let us think', bad('no-match')],
  ]);
  table('country', 'es', [
    ['estados unidos', 'US'],
    ['EEUU', 'US'],
    ['EE.UU.', 'US'],
    ['España', 'ES'],
    ['vivo en españa', 'ES'],
    ['Mexico', 'MX'],
    ['Reino Unido', 'GB'],
    ['otro país', 'other'],
    ['es', 'ES'],
  ]);

  it('matches only the countries offered', () => {
    const field = fieldById('country');
    const offered = [
      { value: 'ES', titles: ['España', 'Spain'] },
      { value: 'other', titles: ['Otro país', 'Somewhere else'] },
    ];
    expect(understandText(field, 'usa', ctx('es', offered))).toEqual({ kind: 'invalid', reason: 'no-match' });
    expect(understandText(field, '1', ctx('es', offered))).toEqual({ kind: 'answer', value: 'ES' });
    expect(understandText(field, '2', ctx('es', offered))).toEqual({ kind: 'answer', value: 'other' });
  });
});

describe('region (own words allowed)', () => {
  table('region', 'en', [
    ['MA', 'MA'],
    ['ma', 'MA'],
    ['Massachusetts', 'MA'],
    ['I live in massachusetts', 'MA'],
    ['Boston, MA', 'MA'],
    ['new york', 'NY'],
    ['2', 'NY'],
    ['Ontario', 'Ontario'],
    ['somewhere near the coast', 'somewhere near the coast'],
    ['MA or NY', 'MA or NY'],
    ['skip', { skip: true }],
    ['', bad('empty')],
  ]);
  table('region', 'es', [
    ['Nueva York', 'NY'],
    ['omitir', { skip: true }],
  ]);

  it('without offered regions, takes the words as they are', () => {
    const field = fieldById('region');
    expect(understandText(field, 'Galicia', ctx('es', undefined))).toEqual({ kind: 'answer', value: 'Galicia' });
  });
});

describe('therapistLanguage', () => {
  table('therapistLanguage', 'en', [
    ['spanish', 'es'],
    ['in English please', 'en'],
    ['español', 'es'],
    ['either', 'no-preference'],
    ['french', bad('no-match')],
    ['skip', { skip: true }],
  ]);
  table('therapistLanguage', 'es', [
    ['español', 'es'],
    ['inglés', 'en'],
    ['me da igual', 'no-preference'],
  ]);
});

describe('review', () => {
  table('review', 'en', [
    ['submit', 'submit'],
    ['Send it', 'submit'],
    ['looks good', 'submit'],
    ['yes', 'submit'],
    ['edit contact', 'edit-contact'],
    ['change my email', 'edit-contact'],
    ['my phone number is wrong', 'edit-contact'],
    ['edit goals', 'edit-goals'],
    ['the reasons', 'edit-reasons'],
    ['medication', 'edit-history'],
    ['questionnaire', 'edit-measures'],
    ['my availability', 'edit-preferences'],
    ['my age is wrong', 'edit-about'],
    ['1', 'submit'],
    ['8', 'edit-contact'],
    ['edit', bad('no-match')],
  ]);
  table('review', 'es', [
    ['enviar', 'submit'],
    ['Enviar', 'submit'],
    ['está bien', 'submit'],
    ['editar contacto', 'edit-contact'],
    ['cambiar mi teléfono', 'edit-contact'],
    ['mis objetivos', 'edit-goals'],
    ['motivos', 'edit-reasons'],
  ]);
});

describe('contactMethods offered in part', () => {
  const offered: ChoiceOption[] = [
    { value: 'email', titles: ['Email', 'Correo'] },
    { value: 'phone', titles: ['Phone call', 'Llamada'] },
  ];
  table(
    'contactMethods',
    'en',
    [
      ['email or phone', ['email', 'phone']],
      ['text me', bad('no-match')],
      ['email and text', ['email']],
      ['2', ['phone']],
      ['3', bad('no-match')],
    ],
    offered,
  );
});
