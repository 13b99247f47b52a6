// The term table: every word, stem, fuzzy spelling and special token class a lexicon refers to, and token lookup.
import type { Token } from './normalize.js';
import { foldChars, squeeze } from './normalize.js';

type SpecialTest = (word: string) => boolean;

const digits = /^\d+$/;
const ordinal = /^(\d{1,2})(st|nd|rd|th)$/;

/** Token classes a pattern can name with `#name`. */
const specials: Readonly<Record<string, SpecialTest>> = {
  num: (w) => digits.test(w),
  big: (w) => digits.test(w) && w.length <= 6 && Number(w) >= 10,
  minorage: (w) => digits.test(w) && w.length <= 2 && Number(w) >= 6 && Number(w) <= 17,
  grade: (w) => {
    const m = ordinal.exec(w);
    return m !== null && Number(m[1]) >= 1 && Number(m[1]) <= 12;
  },
  year: (w) => /^(19|20)\d\d$/.test(w),
};

const minFuzzyLength = 6;
const maxWildcardLength = 40;

/** True when a and b differ by at most one insertion, deletion, substitution or adjacent transposition. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** `*` in a token stands for one hidden letter ("s*icide"). */
function wildcardPrefix(token: string, word: string, wholeWord: boolean): boolean {
  if (wholeWord ? token.length !== word.length : token.length < word.length) return false;
  for (let i = 0; i < word.length; i++) if (token[i] !== '*' && token[i] !== word[i]) return false;
  return true;
}

function add(map: Map<string, number[]>, key: string, id: number): void {
  const list = map.get(key);
  if (list) list.push(id);
  else map.set(key, [id]);
}

interface WordTerm {
  word: string;
  id: number;
  prefix: boolean;
}

export class TermTable {
  private readonly ids = new Map<string, number>();
  private readonly exact = new Map<string, number[]>();
  private readonly prefixes = new Map<string, number[]>();
  private readonly squeezedExact = new Map<string, number[]>();
  private readonly squeezedPrefixes = new Map<string, number[]>();
  private readonly fuzzy: WordTerm[] = [];
  private readonly special: { test: SpecialTest; id: number }[] = [];
  private readonly words: WordTerm[] = [];
  private minPrefix = Number.POSITIVE_INFINITY;
  private maxPrefix = 0;

  /** How many distinct terms there are (ids run from 0 to size - 1). */
  get size(): number {
    return this.ids.size;
  }

  /** The id of a term written as `word`, `stem*`, `~fuzzy` or `#special`. */
  intern(spec: string): number {
    const key = foldChars(spec);
    const known = this.ids.get(key);
    if (known !== undefined) return known;
    const id = this.ids.size;
    this.ids.set(key, id);
    if (key.startsWith('#')) {
      const test = specials[key.slice(1)];
      if (!test) throw new Error(`unknown special term ${spec}`);
      this.special.push({ test, id });
    } else if (key.startsWith('~')) {
      const word = key.slice(1);
      if (word.length < minFuzzyLength) throw new Error(`fuzzy term too short: ${spec}`);
      this.fuzzy.push({ word, id, prefix: false });
      this.addWord(word, id, false);
    } else if (key.endsWith('*') && key.length > 1) {
      this.addWord(key.slice(0, -1), id, true);
    } else {
      this.addWord(key, id, false);
    }
    return id;
  }

  private addWord(word: string, id: number, prefix: boolean): void {
    if (!/^[a-z0-9_]+$/.test(word)) throw new Error(`term must be one plain word: "${word}"`);
    this.words.push({ word, id, prefix });
    if (prefix) {
      add(this.prefixes, word, id);
      add(this.squeezedPrefixes, squeeze(word), id);
      this.minPrefix = Math.min(this.minPrefix, word.length);
      this.maxPrefix = Math.max(this.maxPrefix, word.length);
    } else {
      add(this.exact, word, id);
      add(this.squeezedExact, squeeze(word), id);
    }
  }

  /** Every term id the token matches (sorted, no duplicates). */
  match(token: Token): number[] {
    const found: number[] = [];
    const w = token.text;
    this.lookup(w, this.exact, this.prefixes, found);
    // A dropped final g ("endin", "thinkin"): also try the -ing spelling of exact terms.
    if (w.length >= 4 && w.endsWith('in')) found.push(...(this.exact.get(`${w}g`) ?? []));
    if (token.stretched) this.lookup(squeeze(w), this.squeezedExact, this.squeezedPrefixes, found);
    if (w.length >= minFuzzyLength - 1) {
      for (const f of this.fuzzy) if (withinOneEdit(w, f.word)) found.push(f.id);
    }
    for (const s of this.special) if (s.test(w)) found.push(s.id);
    if (w.includes('*') && w.length <= maxWildcardLength && w.replaceAll('*', '').length >= 2) {
      for (const t of this.words) if (wildcardPrefix(w, t.word, !t.prefix)) found.push(t.id);
    }
    return found.length > 1 ? [...new Set(found)].sort((a, b) => a - b) : found;
  }

  private lookup(w: string, exact: Map<string, number[]>, prefixes: Map<string, number[]>, found: number[]): void {
    const hit = exact.get(w);
    if (hit) found.push(...hit);
    const longest = Math.min(w.length, this.maxPrefix);
    for (let k = this.minPrefix; k <= longest; k++) {
      const p = prefixes.get(w.slice(0, k));
      if (p) found.push(...p);
    }
  }
}
