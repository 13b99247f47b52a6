// The shared development corpus: every crisis case found at its kind and level, no benign case fires.
import { describe, expect, it } from 'vitest';
import { crisisMiss, falseAlarms, loadCorpus, title } from './corpus.js';

const corpus = loadCorpus(new URL('./corpora/shared.json', import.meta.url));

for (const language of ['en', 'es'] as const) {
  const { crisis, benign } = corpus[language];

  describe(`shared corpus (${language})`, () => {
    it('has cases', () => {
      expect(crisis.length).toBeGreaterThan(0);
      expect(benign.length).toBeGreaterThan(0);
    });

    it.each(crisis.map((c) => [title(c.text), c] as const))('finds %s', (_, c) => {
      expect(crisisMiss(c)).toBeUndefined();
    });

    it.each(benign.map((t) => [title(t), t] as const))('stays quiet on %s', (_, text) => {
      expect(falseAlarms(text)).toEqual([]);
    });

    it('has 100% recall and no false alarms', () => {
      expect(crisis.filter((c) => crisisMiss(c) !== undefined).map((c) => c.text)).toEqual([]);
      expect(benign.filter((t) => falseAlarms(t).length > 0)).toEqual([]);
    });
  });
}
