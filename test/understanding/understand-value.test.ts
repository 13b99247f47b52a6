// Tapped values and card submissions are untrusted: right codes pass, wrong codes, types and shapes are refused.
import { describe, expect, it } from 'vitest';
import { type Understood, understandValue } from '../../src/understanding/index.js';
import { contextFor, fieldById } from './fixtures.js';

const noMatch: Understood = { kind: 'invalid', reason: 'no-match' };
const answer = (value: string | number | string[]): Understood => ({ kind: 'answer', value });

type Row = [fieldId: string, value: unknown, expected: Understood];

const rows: Row[] = [
  ['whoFor', 'myself', answer('myself')],
  ['whoFor', ' couple ', answer('couple')],
  ['whoFor', { value: 'family' }, answer('family')],
  ['whoFor', 'Myself', noMatch],
  ['whoFor', 'husband', noMatch],
  ['whoFor', '', noMatch],
  ['whoFor', 2, noMatch],
  ['whoFor', ['myself'], noMatch],
  ['whoFor', { value: ['myself'] }, noMatch],
  ['whoFor', { value: { value: 'myself' } }, noMatch],
  ['whoFor', { choice: 'myself' }, noMatch],
  ['whoFor', null, noMatch],
  ['whoFor', undefined, noMatch],
  ['whoFor', true, noMatch],
  ['whoFor', 'x'.repeat(10_000), noMatch],
  ['whoFor', JSON.parse('{"__proto__": {"value": "myself"}}'), noMatch],
  ['whoFor', JSON.parse('{"constructor": {"prototype": {"value": "myself"}}}'), noMatch],
  ['whoFor', '__proto__', noMatch],
  ['whoFor', 'toString', noMatch],
  ['whoFor', new Date(), noMatch],
  ['whoFor', Object.create({ value: 'myself' }), noMatch],
  ['reasons', ['anxiety', 'sleep'], answer(['anxiety', 'sleep'])],
  ['reasons', ['sleep', 'anxiety', 'sleep'], answer(['anxiety', 'sleep'])],
  ['reasons', 'anxiety,sleep', answer(['anxiety', 'sleep'])],
  ['reasons', 'anxiety', answer(['anxiety'])],
  ['reasons', { value: 'sleep,anger' }, answer(['sleep', 'anger'])],
  ['reasons', ['anxiety', 'hacking'], noMatch],
  ['reasons', [], noMatch],
  ['reasons', [1, 2], noMatch],
  ['reasons', [['anxiety']], noMatch],
  ['reasons', [{ value: 'anxiety' }], noMatch],
  ['reasons', new Array(1000).fill('anxiety'), noMatch],
  ['reasons', { length: 1, 0: 'anxiety' }, noMatch],
  ['reasons', ['__proto__'], noMatch],
  ['consent', 'yes', answer('yes')],
  ['consent', { value: 'no' }, answer('no')],
  ['consent', 'prefer-not', noMatch],
  ['consent', true, noMatch],
  ['consent', 'YES', noMatch],
  ['asq1', 'prefer-not', answer('prefer-not')],
  ['asq1', 'maybe', noMatch],
  ['phq1', 2, answer(2)],
  ['phq1', 0, answer(0)],
  ['phq1', '3', answer(3)],
  ['phq1', { value: '1' }, answer(1)],
  ['phq1', 4, noMatch],
  ['phq1', -1, noMatch],
  ['phq1', 1.5, noMatch],
  ['phq1', Number.NaN, noMatch],
  ['phq1', Number.POSITIVE_INFINITY, noMatch],
  ['phq1', '2.0', noMatch],
  ['phq1', '0x1', noMatch],
  ['phq1', '', noMatch],
  ['phq1', [2], noMatch],
  ['phq1', 'several days', noMatch],
  ['pronouns', 'they', answer('they')],
  ['pronouns', 'ze/hir', answer('ze/hir')],
  ['pronouns', 'x'.repeat(200), noMatch],
  ['pronouns', 42, noMatch],
  ['preferredName', ' Sam ', answer('Sam')],
  ['preferredName', 42, noMatch],
  ['email', 'Jane@Example.com', answer('Jane@example.com')],
  ['email', { value: 'jane@example.com' }, answer('jane@example.com')],
  ['email', ['jane@example.com'], noMatch],
];

describe('understandValue', () => {
  it.each(rows)('%s: %j', (fieldId, value, expected) => {
    const field = fieldById(fieldId);
    expect(understandValue(field, value, contextFor(field, 'en'))).toEqual(expected);
  });

  it('checks codes against the offered choices, not only the schema', () => {
    const field = fieldById('country');
    const offered = { locale: 'en', languages: ['en', 'es'], choices: [{ value: 'US', titles: ['United States'] }] };
    expect(understandValue(field, 'US', offered)).toEqual(answer('US'));
    expect(understandValue(field, 'ES', offered)).toEqual(noMatch);
    expect(understandValue(field, 'US; DROP TABLE', offered)).toEqual(noMatch);
  });

  it('accepts only offered contact methods', () => {
    const field = fieldById('contactMethods');
    const offered = { locale: 'en', languages: ['en'], choices: [{ value: 'email', titles: ['Email'] }] };
    expect(understandValue(field, ['email'], offered)).toEqual(answer(['email']));
    expect(understandValue(field, ['email', 'text'], offered)).toEqual(noMatch);
  });

  it('reads a phone number with the country', () => {
    const field = fieldById('phone');
    expect(understandValue(field, '617 555 0142', { locale: 'en', languages: ['en'], country: 'US' })).toEqual(
      answer('+16175550142'),
    );
  });

  it('never throws, even on hostile objects', () => {
    const field = fieldById('whoFor');
    const ctx = contextFor(field, 'en');
    const throwing = new Proxy(
      {},
      {
        get() {
          throw new Error('boom');
        },
        getOwnPropertyDescriptor() {
          throw new Error('boom');
        },
        getPrototypeOf() {
          throw new Error('boom');
        },
      },
    );
    const getter = Object.defineProperty({}, 'value', {
      get() {
        throw new Error('boom');
      },
      enumerable: true,
    });
    expect(understandValue(field, throwing, ctx)).toEqual(noMatch);
    expect(understandValue(field, getter, ctx)).toEqual(noMatch);
    expect(understandValue(field, Symbol('x'), ctx)).toEqual(noMatch);
    expect(understandValue(field, () => 'myself', ctx)).toEqual(noMatch);
    expect(understandValue(field, 10n, ctx)).toEqual(noMatch);
  });
});
