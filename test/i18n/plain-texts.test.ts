// Answering plain texts without i18next changes no message: every key, in every language, reads as i18next reads it.
import { describe, expect, it } from 'vitest';
import { namespaces, readLocaleFile, supportedLanguages, translator } from '../../src/i18n/index.js';

/** Every key of a locale file that holds a text, as `namespace:path.to.key`. */
function textKeys(namespace: string, tree: Record<string, unknown>, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([name, value]): [string, string][] => {
    const path = prefix ? `${prefix}.${name}` : name;
    if (typeof value === 'string') return [[`${namespace}:${path}`, value]];
    if (value && typeof value === 'object') return textKeys(namespace, value as Record<string, unknown>, path);
    return [];
  });
}

describe('plain texts', () => {
  for (const language of supportedLanguages) {
    it(`answers every ${language} key as i18next does, with and without values`, () => {
      const keys = namespaces.flatMap((namespace) => textKeys(namespace, readLocaleFile(language, namespace)));
      // A value for every placeholder any text names, so interpolating texts are interpolated.
      const names = new Set(keys.flatMap(([, text]) => [...text.matchAll(/\{\{\s*([\w.]+)/g)].map((m) => m[1])));
      const values = Object.fromEntries([...names].map((name) => [name, `<${name}>`]));
      const t = translator(language);
      let plain = 0;
      for (const [key, text] of keys) {
        // `defaultValue` is a lookup option: with it, the call always goes through i18next.
        expect(t(key, values), key).toBe(t(key, { ...values, defaultValue: undefined }));
        expect(t(key), key).toBe(t(key, { defaultValue: undefined }));
        if (!text.includes('{{') && !text.includes('$t(')) {
          expect(t(key, values), key).toBe(text);
          plain++;
        }
      }
      expect(plain).toBeGreaterThan(100);
    });
  }
});
