// Typed words that nearly name a choice: a slip ("anxeity"), the start of a name ("mass", "blue cros"), one word of a
// longer name ("blue"). Only ever used to ask "did you mean…?", never to answer for the person.
import { boundedEditDistance } from './edit-distance.js';
import { withoutFiller } from './filler.js';
import { type LexiconEntry, type LexiconSet, lexiconsFor } from './lexicon.js';
import { tokensOf } from './normalize.js';
import type { ChoiceOption, UnderstandingContext } from './types.js';

/** Shorter words are too easily something else ("in", "or", "my"); a prefix must be at least this long too. */
const shortestWord = 3;
const shortestSlip = 4;
/** A word found in the names of more choices than this says nothing about which one ("weekday", "better"). */
const mostChoicesPerWord = 3;
/** At most this many choices are offered back. */
export const mostSuggestions = 4;

/** Slips allowed: one in a short word, two from seven letters on. */
const slipsAllowed = (word: string) => (word.length >= 7 ? 2 : 1);

interface IndexedWord {
  word: string;
  codes: readonly string[];
}

/** The words of every name of a field's choices (titles in every language, codes, synonyms), for near matching. */
export class NearMatchIndex {
  private readonly codesByWord = new Map<string, string[]>();
  /** Words by first letter: a slip rarely changes the first letter, and it keeps each look-up small. */
  private readonly byInitial = new Map<string, IndexedWord[]>();

  constructor(
    names: Iterable<{ code: string; text: string }>,
    readonly order: readonly string[],
    private readonly ignored: ReadonlySet<string>,
  ) {
    for (const { code, text } of names) {
      for (const word of tokensOf(text.replace(/^=/, ''))) {
        if (word.length < shortestWord || ignored.has(word) || /^\d+$/.test(word)) continue;
        const codes = this.codesByWord.get(word);
        if (!codes) this.codesByWord.set(word, [code]);
        else if (!codes.includes(code)) codes.push(code);
      }
    }
    for (const [word, codes] of this.codesByWord) {
      if (codes.length > mostChoicesPerWord) {
        this.codesByWord.delete(word);
        continue;
      }
      const initial = word[0]!;
      const list = this.byInitial.get(initial);
      if (list) list.push({ word, codes });
      else this.byInitial.set(initial, [{ word, codes }]);
    }
  }

  /** The codes a typed word nearly names, and whether it names them exactly. */
  private lookUp(
    token: string,
    partialWords: boolean,
    prefixes: boolean,
  ): { codes: readonly string[]; exact: boolean } {
    const exact = this.codesByWord.get(token);
    if (exact) return { codes: partialWords ? exact : [], exact: true };
    if (token.length < shortestSlip) return { codes: [], exact: false };
    const found: string[] = [];
    const allowed = slipsAllowed(token);
    for (const { word, codes } of this.byInitial.get(token[0]!) ?? []) {
      const isStart = prefixes && word.length > token.length && word.startsWith(token);
      if (!isStart && boundedEditDistance(token, word, allowed) > allowed) continue;
      for (const code of codes) if (!found.includes(code)) found.push(code);
    }
    return { codes: found, exact: false };
  }

  /**
   * The choices these words nearly name, best first (most words matching, then in offered order), at most four;
   * none unless at least one word is a slip or a start of a name, or (`partialWords`) one word of a longer name.
   */
  suggest(tokens: readonly string[], options: { partialWords: boolean; prefixes: boolean }): string[] {
    const score = new Map<string, number>();
    let near = false;
    for (const token of new Set(tokens)) {
      if (this.ignored.has(token) || token.length < shortestWord) continue;
      const { codes, exact } = this.lookUp(token, options.partialWords, options.prefixes);
      if (codes.length === 0) continue;
      near ||= !exact || options.partialWords;
      for (const code of codes) score.set(code, (score.get(code) ?? 0) + 1);
    }
    if (!near || score.size === 0) return [];
    const best = Math.max(...score.values());
    return this.order.filter((code) => score.get(code) === best).slice(0, mostSuggestions);
  }
}

/** Words that carry no name: filler, "and", "the option", ordinal frames, in every language of the conversation. */
function ignoredWords(entries: readonly LexiconEntry[]): Set<string> {
  const words = new Set<string>();
  for (const { lexicon } of entries) {
    for (const phrase of [...lexicon.filler, ...lexicon.conjunctions, ...lexicon.positionFrame, ...lexicon.skip]) {
      for (const word of tokensOf(phrase.replace(/^=/, ''))) words.add(word);
    }
  }
  return words;
}

/** Built once per field, language order and set of choices, then kept: no turn rebuilds an index it has seen. */
const indexes = new Map<string, NearMatchIndex>();
/** Practices configure regions and carriers, so the kinds of choice lists are few; this only guards against misuse. */
const mostIndexes = 500;

/**
 * `withSynonyms`: the lexicon's synonyms count as names too (a one-choice answer, where nothing else matched); without,
 * only titles and codes do (words left over in a sentence, where synonyms' everyday words would match anything).
 */
export function nearMatchIndex(
  fieldId: string,
  choices: readonly ChoiceOption[],
  set: LexiconSet,
  withSynonyms = true,
): NearMatchIndex {
  const languages = set.entries.map((e) => e.language).join(',');
  const key = `${fieldId}\u0000${languages}\u0000${withSynonyms}\u0000${JSON.stringify(choices)}`;
  const known = indexes.get(key);
  if (known) return known;
  const names: { code: string; text: string }[] = [];
  for (const choice of choices) {
    names.push({ code: choice.value, text: choice.value });
    for (const title of choice.titles) names.push({ code: choice.value, text: title });
    for (const { lexicon } of withSynonyms ? set.entries : []) {
      const synonyms = lexicon.choices[fieldId];
      if (!synonyms || !Object.hasOwn(synonyms, choice.value)) continue;
      for (const text of synonyms[choice.value] ?? []) names.push({ code: choice.value, text });
    }
  }
  const ignored = set.memo('nearMatchIgnored', ignoredWords);
  const index = new NearMatchIndex(
    names,
    choices.map((c) => c.value),
    ignored,
  );
  if (indexes.size >= mostIndexes) indexes.clear();
  indexes.set(key, index);
  return index;
}

/** The choices typed text nearly names, any word counting (a choice question that nothing answered exactly). */
export function suggestNear(
  fieldId: string,
  text: string,
  choices: readonly ChoiceOption[],
  ctx: Pick<UnderstandingContext, 'locale' | 'languages'>,
): string[] {
  if (typeof text !== 'string' || text.length > 200 || choices.length === 0) return [];
  const set = lexiconsFor(ctx.locale, Array.isArray(ctx.languages) ? ctx.languages : []);
  const words = withoutFiller(tokensOf(text), set);
  return nearMatchIndex(fieldId, choices, set).suggest(words, { partialWords: true, prefixes: true });
}
