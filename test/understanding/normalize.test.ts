// normalizeForMatching: lowercase, accents stripped, punctuation to spaces, whitespace collapsed, trimmed.
import { describe, expect, it } from 'vitest';
import { normalizeForMatching } from '../../src/understanding/index.js';

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

  it('is linear on 100 KB', () => {
    const started = performance.now();
    expect(normalizeForMatching('Á, '.repeat(35_000))).toHaveLength(35_000 * 2 - 1);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
