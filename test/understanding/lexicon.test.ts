// The word lists: same structure in every language, only real codes, and no phrase pointing two ways in one field.
import { describe, expect, it } from 'vitest';
import { countryCodes } from '../../dialogs/steps/about.js';
import { contactMethodCodes } from '../../dialogs/steps/contact.js';
import { allFields } from '../../dialogs/steps/index.js';
import { editableSections } from '../../dialogs/steps/review.js';
import { lexiconLanguages, loadedLexicon } from '../../src/understanding/lexicon.js';
import { lexiconSchema } from '../../src/understanding/lexicon-schema.js';
import { phraseKey } from '../../src/understanding/normalize.js';

const dynamicCodes: Record<string, readonly string[]> = {
  country: countryCodes,
  contactMethods: contactMethodCodes,
  review: ['submit', ...editableSections.map((section) => `edit-${section}`)],
};
const fieldsById = new Map(allFields.map((field) => [field.id, field]));

/** Fields that are multiChoice may share a phrase between codes on purpose ("anytime" → every time of day). */
const multiFields = new Set(allFields.filter((field) => field.input === 'multiChoice').map((field) => field.id));

describe.each(lexiconLanguages)('locales/%s/understanding.json', (language) => {
  const lexicon = loadedLexicon(language)!;

  it('is loaded and valid', () => {
    expect(lexiconSchema.safeParse(lexicon).success).toBe(true);
  });

  it('has the same keys as English', () => {
    const english = loadedLexicon('en')!;
    expect(Object.keys(lexicon).sort()).toEqual(Object.keys(english).sort());
    expect(Object.keys(lexicon.commands).sort()).toEqual(Object.keys(english.commands).sort());
    expect(Object.keys(lexicon.choices).sort()).toEqual(Object.keys(english.choices).sort());
    expect(lexicon.ordinals.length).toBeGreaterThanOrEqual(10);
  });

  it('uses only real field ids and codes', () => {
    for (const [fieldId, synonyms] of Object.entries(lexicon.choices)) {
      const field = fieldsById.get(fieldId);
      expect(field, fieldId).toBeDefined();
      const codes = field?.choices ?? dynamicCodes[fieldId];
      if (!codes) continue; // therapistLanguage: any ISO 639-1 code the practice offers
      for (const code of Object.keys(synonyms)) expect(codes, `${fieldId}.${code}`).toContain(code);
    }
  });

  it('covers every static choice field', () => {
    for (const field of allFields) {
      if (!field.choices || field.input === 'yesNo' || field.input === 'scale') continue;
      expect(Object.keys(lexicon.choices), field.id).toContain(field.id);
    }
  });

  it('never points one phrase at two codes of a single-choice field', () => {
    for (const [fieldId, synonyms] of Object.entries(lexicon.choices)) {
      if (multiFields.has(fieldId)) continue;
      const seen = new Map<string, string>();
      for (const [code, phrases] of Object.entries(synonyms)) {
        for (const phrase of phrases) {
          const key = phraseKey(phrase.replace(/^=/, ''));
          const other = seen.get(key);
          expect(other === undefined || other === code, `${fieldId}: "${phrase}" → ${other} and ${code}`).toBe(true);
          seen.set(key, code);
        }
      }
    }
  });

  it('keeps yes and no apart', () => {
    const yes = new Set(lexicon.yes.map((phrase) => phraseKey(phrase.replace(/^=/, ''))));
    for (const phrase of lexicon.no) expect(yes.has(phraseKey(phrase.replace(/^=/, ''))), phrase).toBe(false);
  });
});

describe('lexicon schema', () => {
  it('rejects a broken file loudly', () => {
    const english = loadedLexicon('en')!;
    expect(lexiconSchema.safeParse({ ...english, yes: 'yes' }).success).toBe(false);
    expect(lexiconSchema.safeParse({ ...english, extra: [] }).success).toBe(false);
    expect(lexiconSchema.safeParse({ ...english, no: ['!!!'] }).success).toBe(false);
    const { scale: _scale, ...withoutScale } = english;
    expect(lexiconSchema.safeParse(withoutScale).success).toBe(false);
  });
});
