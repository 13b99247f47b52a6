// Huge and odd input (100 KB, emoji, zero-width, RTL marks, full-width letters) never throws and stays fast on every field.
import { describe, expect, it } from 'vitest';
import { allFields } from '../../dialogs/steps/index.js';
import { matchCommand, understandText, understandValue } from '../../src/understanding/index.js';
import { growthRatio } from '../helpers/growth.js';
import { contextFor } from './fixtures.js';

const hundredKb = 100 * 1024;
const huge: Record<string, string> = {
  letters: 'a'.repeat(hundredKb),
  words: 'anxiety and sleep '.repeat(hundredKb / 18),
  digits: '1 '.repeat(hundredKb / 2),
  commas: ','.repeat(hundredKb),
  spaces: ' '.repeat(hundredKb),
  emoji: '😀'.repeat(hundredKb / 2),
  zeroWidth: '\u200b'.repeat(hundredKb),
  mixed: 'yes no ánimo 😀 \u200f '.repeat(hundredKb / 20),
  atSigns: `${'a@'.repeat(hundredKb / 2)}.com`,
  pluses: '+'.repeat(hundredKb),
  openingParens: '('.repeat(hundredKb),
  prefixes: 'weekday '.repeat(hundredKb / 8),
};

const odd = [
  '😀',
  '👍',
  '🏳️‍🌈',
  '\u200b',
  '\u200fyes\u200f',
  '\u202eon\u202c',
  'ｙｅｓ',
  'ＡＮＸＩＥＴＹ',
  'ye\u200bs',
  '\u0000\u0001\u0002',
  'יא',
  'نعم',
  '是',
  '\ud800',
  'e\u0301',
  '\t\n\r',
];

describe('robustness', () => {
  it.each(Object.keys(huge))('100 KB of %s: every field answers without throwing', (name) => {
    const text = huge[name]!;
    for (const field of allFields) {
      const result = understandText(field, text, contextFor(field, 'en', { country: 'US' }));
      expect(['answer', 'skip', 'invalid', 'unsure']).toContain(result.kind);
      if (result.kind === 'answer' && typeof result.value === 'string') {
        expect(result.value.length).toBeLessThanOrEqual(2000);
      }
    }
    expect(matchCommand(text, ['en', 'es'])).toBeUndefined();
  });

  it.each(Object.keys(huge))('%s: ten times the text costs about ten times the time, not a hundred', (name) => {
    const sample = huge[name]!;
    const understandAll = (size: number) => {
      const text = sample.slice(0, size);
      for (const field of allFields) understandText(field, text, contextFor(field, 'en', { country: 'US' }));
    };
    // Linear growth gives 10; quadratic gives 100. The bound leaves room for a busy machine.
    expect(growthRatio(understandAll, 10_000, 100_000, 5)).toBeLessThan(35);
  });

  it.each(odd.map((text) => [JSON.stringify(text), text]))('odd input %s never throws on any field', (_label, text) => {
    for (const field of allFields) {
      for (const locale of ['en', 'es'] as const) {
        const result = understandText(field, text, contextFor(field, locale, { country: 'ES' }));
        expect(['answer', 'skip', 'invalid', 'unsure']).toContain(result.kind);
        expect(['answer', 'skip', 'invalid', 'unsure']).toContain(
          understandValue(field, text, contextFor(field, locale)).kind,
        );
      }
    }
    matchCommand(text, ['en', 'es']);
  });

  it('reads through invisible characters and full-width letters', () => {
    const consent = allFields.find((field) => field.id === 'consent')!;
    const reasons = allFields.find((field) => field.id === 'reasons')!;
    expect(understandText(consent, '\u200fyes\u200f', contextFor(consent, 'en'))).toEqual({
      kind: 'answer',
      value: 'yes',
    });
    expect(understandText(consent, 'ｙｅｓ', contextFor(consent, 'en'))).toEqual({ kind: 'answer', value: 'yes' });
    expect(understandText(consent, 'ye\u200bs', contextFor(consent, 'en'))).toEqual({ kind: 'answer', value: 'yes' });
    expect(understandText(reasons, 'ＡＮＸＩＥＴＹ', contextFor(reasons, 'en'))).toEqual({
      kind: 'answer',
      value: ['anxiety'],
    });
    expect(understandText(reasons, 'anxiety 😩 and sleep 😴', contextFor(reasons, 'en'))).toEqual({
      kind: 'answer',
      value: ['anxiety', 'sleep'],
    });
  });

  it('an emoji-only answer is no match for a choice but is kept as text', () => {
    const whoFor = allFields.find((field) => field.id === 'whoFor')!;
    const notes = allFields.find((field) => field.id === 'therapistNotes')!;
    expect(understandText(whoFor, '😀', contextFor(whoFor, 'en'))).toEqual({ kind: 'invalid', reason: 'no-match' });
    expect(understandText(notes, '🏳️‍🌈', contextFor(notes, 'en'))).toEqual({ kind: 'answer', value: '🏳️‍🌈' });
  });

  it('survives a missing or odd context', () => {
    const whoFor = allFields.find((field) => field.id === 'whoFor')!;
    const weird = {
      locale: 'fr',
      languages: ['xx'],
      choices: [null, { value: 1 }, { value: 'myself', titles: [null] }],
    };
    expect(understandText(whoFor, 'myself', weird as never)).toEqual({ kind: 'answer', value: 'myself' });
    expect(understandText(whoFor, 'myself', { locale: 'en', languages: [] })).toEqual({
      kind: 'answer',
      value: 'myself',
    });
    expect(understandText(whoFor, 42 as unknown as string, { locale: 'en', languages: ['en'] })).toEqual({
      kind: 'invalid',
      reason: 'empty',
    });
  });
});
