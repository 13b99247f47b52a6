// normalizeForMatching: lowercase, accents stripped, punctuation to spaces, whitespace collapsed, trimmed.
import { describe, expect, it } from 'vitest';
import { normalizeForMatching } from '../../src/understanding/index.js';
import { growthRatio } from '../helpers/growth.js';

describe('normalizeForMatching', () => {
  it.each([
    ['Ánimo BAJO', 'animo bajo'],
    ['  ¿Qué   puedo hacer?  ', 'que puedo hacer'],
    ['sueño', 'sueno'],
    ["I'd say... probably!", 'i d say probably'],
    ['n/a', 'n a'],
    ['low-mood', 'low mood'],
    ['ＡＮＸＩＥＴＹ', 'anxiety'],
    ['ye\u200bs', 'yes'],
    ['\u200fhola\u200f', 'hola'],
    ['😀 ok 😀', 'ok'],
    ['#2', '2'],
    ['', ''],
    ['\t\n', ''],
    ['Ça va', 'ca va'],
    ['İstanbul', 'istanbul'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeForMatching(input)).toBe(expected);
  });

  it('is linear up to 100 KB', () => {
    expect(normalizeForMatching('Á, '.repeat(35_000))).toHaveLength(35_000 * 2 - 1);
    const ratio = growthRatio((size) => normalizeForMatching('Á, '.repeat(size)), 3_500, 35_000);
    // Linear growth gives 10; quadratic gives 100. The bound leaves room for a busy machine.
    expect(ratio).toBeLessThan(35);
  });
});
