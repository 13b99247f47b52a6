// Every way to name a field's choices: titles, codes and lexicon synonyms, conversation language first.
import type { FieldDefinition } from '../../dialogs/types.js';
import type { LexiconEntry, LexiconSet } from './lexicon.js';
import { phraseKey } from './normalize.js';
import { type PhraseDefinition, PhraseIndex } from './phrase-index.js';
import type { ChoiceOption } from './types.js';

/** The field's codes in offered order: the resolved choices when given, else the static ones. */
export function choiceCodes(field: FieldDefinition, choices: readonly ChoiceOption[] | undefined): string[] {
  if (Array.isArray(choices)) {
    return choices.map((choice) => choice?.value).filter((value): value is string => typeof value === 'string');
  }
  return [...(field.choices ?? [])];
}

/** Field-independent phrases for one language (yes/no words, scale words), placed right after that language's synonyms. */
export type GenericPhrases = (entry: LexiconEntry, tier: number) => PhraseDefinition[];

/** Tiers: 0 = conversation language, then one band of 10 per further language; generic lists sit inside each band. */
const tierOf = (languageIndex: number, offset: number) => languageIndex * 10 + offset;

/** A code or title of one or two characters ("MA", "US", "Sí") is too short to look for inside a sentence. */
const tooShortInside = (text: string) => phraseKey(text).length <= 2;

export interface ChoiceIndexOptions {
  generic?: GenericPhrases;
  /** Whether titles count anywhere in a sentence (false for yes/no, where "yes" must lead). */
  titlesAnywhere?: boolean;
}

/**
 * An index depends only on its inputs, and those come from the steps, the practice and the locales: built once and
 * kept on the lexicon set (which lives as long as the process). Generic phrase lists are told apart by identity.
 */
const genericIds = new WeakMap<GenericPhrases, number>();
let lastGenericId = 0;
const builtIndexes = new WeakMap<LexiconSet, Map<string, PhraseIndex>>();
/** A bound, should a caller ever pass a fresh generic function each time: past it, indexes are built and not kept. */
const maxKeptIndexes = 2000;

function indexKey(
  field: FieldDefinition,
  codes: readonly string[],
  choices: readonly ChoiceOption[] | undefined,
  options: ChoiceIndexOptions,
): string {
  let genericId = 0;
  if (options.generic) {
    genericId = genericIds.get(options.generic) ?? 0;
    if (genericId === 0) {
      genericId = ++lastGenericId;
      genericIds.set(options.generic, genericId);
    }
  }
  return JSON.stringify([field.id, options.titlesAnywhere ?? true, genericId, codes, choices ?? null]);
}

export function choicePhraseIndex(
  field: FieldDefinition,
  codes: readonly string[],
  choices: readonly ChoiceOption[] | undefined,
  set: LexiconSet,
  options: ChoiceIndexOptions = {},
): PhraseIndex {
  let kept = builtIndexes.get(set);
  if (!kept) {
    kept = new Map();
    builtIndexes.set(set, kept);
  }
  const key = indexKey(field, codes, choices, options);
  const existing = kept.get(key);
  if (existing) return existing;
  const index = buildChoicePhraseIndex(field, codes, choices, set, options);
  if (kept.size < maxKeptIndexes) kept.set(key, index);
  return index;
}

function buildChoicePhraseIndex(
  field: FieldDefinition,
  codes: readonly string[],
  choices: readonly ChoiceOption[] | undefined,
  set: LexiconSet,
  options: ChoiceIndexOptions,
): PhraseIndex {
  const titlesAnywhere = options.titlesAnywhere ?? true;
  const definitions: PhraseDefinition[] = [];
  for (const code of codes) {
    definitions.push({ text: code, code, tier: 0, exactOnly: tooShortInside(code), anywhere: titlesAnywhere });
  }
  for (const choice of choices ?? []) {
    if (!choice || typeof choice.value !== 'string' || !Array.isArray(choice.titles)) continue;
    choice.titles.forEach((title, index) => {
      if (typeof title !== 'string') return;
      const tier = tierOf(index === 0 ? 0 : 1, 0);
      definitions.push({
        text: title,
        code: choice.value,
        tier,
        exactOnly: tooShortInside(title),
        anywhere: titlesAnywhere,
      });
    });
  }
  set.entries.forEach((entry, languageIndex) => {
    const synonyms = entry.lexicon.choices[field.id];
    if (synonyms) {
      for (const code of codes) {
        if (!Object.hasOwn(synonyms, code)) continue;
        for (const text of synonyms[code] ?? []) {
          definitions.push({ text, code, tier: tierOf(languageIndex, 1), anywhere: true });
        }
      }
    }
    if (options.generic) definitions.push(...options.generic(entry, tierOf(languageIndex, 2)));
  });
  return new PhraseIndex(definitions);
}
