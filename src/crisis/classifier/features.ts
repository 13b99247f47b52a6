// Hashed features of text for the learned tier: words, word pairs (adjacent and one apart), the character n-grams
// inside each word (typos, slang and Spanish endings share them), and the lexicons' concepts alone and in pairs.
// A message's per-word features are computed once; each window then only gathers them, deduplicated with a stamp
// array allocated once per extractor. Linear in the text's length; nothing is allocated per vocabulary entry.
import type { Token } from '../normalize.js';
import type { ConceptTagger } from './concepts.js';

export interface FeatureSpace {
  /** log2 of the number of hash buckets. */
  bits: number;
  /** Character n-gram lengths inside a word, with `<` and `>` marking its edges (min > max: none). */
  minGram: number;
  maxGram: number;
  /** Concepts of the lexicons (see concepts.ts), alone and in pairs within the window. */
  concepts: boolean;
}

export const defaultSpace: FeatureSpace = { bits: 17, minGram: 4, maxGram: 4, concepts: true };

/** At most this many distinct concepts of a window make pairs (a long window's pairs stay bounded). */
const maxPairedConcepts = 24;

const fnvOffset = 0x811c9dc5;
const fnvPrime = 0x01000193;

/** FNV-1a over a salt, then one or two strings' UTF-16 units with a separator between them. */
function hashParts(salt: number, a: string, b?: string): number {
  let h = (fnvOffset ^ salt) >>> 0;
  for (let i = 0; i < a.length; i++) h = Math.imul(h ^ a.charCodeAt(i), fnvPrime);
  if (b !== undefined) {
    h = Math.imul(h ^ 0x20, fnvPrime);
    for (let i = 0; i < b.length; i++) h = Math.imul(h ^ b.charCodeAt(i), fnvPrime);
  }
  return h >>> 0;
}

/** FNV-1a over `<word>` from `from` to `to` (exclusive), where position 0 is `<` and length+1 is `>`. */
function hashGram(word: string, from: number, to: number): number {
  let h = (fnvOffset ^ 7) >>> 0;
  for (let p = from; p < to; p++) {
    const unit = p === 0 ? 60 : p === word.length + 1 ? 62 : word.charCodeAt(p - 1);
    h = Math.imul(h ^ unit, fnvPrime);
  }
  return h >>> 0;
}

/** A message's features per word, computed once and gathered by each window. */
export interface PreparedText {
  tokens: readonly Token[];
  /** Per word: its own bucket, its pair with the next word, with the one after that (-1 where there is none). */
  unigram: Uint32Array;
  next: Int32Array;
  skip: Int32Array;
  /** Character n-gram buckets of word i: grams[gramStart[i] .. gramStart[i + 1]). */
  gramStart: Uint32Array;
  grams: Uint32Array;
  /** Concepts at word i: concepts[conceptStart[i] .. conceptStart[i + 1]). */
  conceptStart: Uint32Array;
  concepts: Uint16Array;
}

export class FeatureExtractor {
  private readonly mask: number;
  private readonly stamp: Uint32Array;
  private epoch = 0;
  private readonly conceptBucket: Uint32Array;
  private readonly pairBucket: Uint32Array;
  private readonly conceptCount: number;

  constructor(
    readonly space: FeatureSpace,
    private readonly tagger?: ConceptTagger,
  ) {
    this.mask = (1 << space.bits) - 1;
    this.stamp = new Uint32Array(1 << space.bits);
    const names = space.concepts && tagger ? tagger.names : [];
    this.conceptCount = names.length;
    this.conceptBucket = Uint32Array.from(names, (name) => hashParts(4, name) & this.mask);
    this.pairBucket = new Uint32Array(names.length * names.length);
    for (let a = 0; a < names.length; a++) {
      for (let b = 0; b < names.length; b++) {
        const [x, y] = [names[a]!, names[b]!].sort() as [string, string];
        this.pairBucket[a * names.length + b] = hashParts(5, x, y) & this.mask;
      }
    }
  }

  prepare(tokens: readonly Token[]): PreparedText {
    const n = tokens.length;
    const mask = this.mask;
    const unigram = new Uint32Array(n);
    const next = new Int32Array(n).fill(-1);
    const skip = new Int32Array(n).fill(-1);
    const gramStart = new Uint32Array(n + 1);
    const gramList: number[] = [];
    for (let i = 0; i < n; i++) {
      const word = (tokens[i] as Token).text;
      unigram[i] = hashParts(1, word) & mask;
      if (i + 1 < n) next[i] = hashParts(2, word, (tokens[i + 1] as Token).text) & mask;
      if (i + 2 < n) skip[i] = hashParts(3, word, (tokens[i + 2] as Token).text) & mask;
      gramStart[i] = gramList.length;
      const edged = word.length + 2;
      for (let g = this.space.minGram; g <= this.space.maxGram; g++) {
        for (let start = 0; start + g <= edged; start++) gramList.push(hashGram(word, start, start + g) & mask);
      }
    }
    gramStart[n] = gramList.length;
    const conceptStart = new Uint32Array(n + 1);
    const conceptList: number[] = [];
    if (this.conceptCount > 0 && this.tagger) {
      const perToken: number[][] = Array.from({ length: n }, () => []);
      this.tagger.tag(tokens, 0, n, (concept, at) => {
        const list = perToken[at]!;
        if (!list.includes(concept)) list.push(concept);
      });
      for (let i = 0; i < n; i++) {
        conceptStart[i] = conceptList.length;
        conceptList.push(...perToken[i]!);
      }
      conceptStart[n] = conceptList.length;
    }
    return {
      tokens,
      unigram,
      next,
      skip,
      gramStart,
      grams: Uint32Array.from(gramList),
      conceptStart,
      concepts: Uint16Array.from(conceptList),
    };
  }

  /** Calls `visit` once for every distinct bucket of words [from, to); returns how many there were. */
  window(text: PreparedText, from: number, to: number, visit: (bucket: number) => void): number {
    this.epoch = (this.epoch + 1) >>> 0;
    if (this.epoch === 0) {
      this.stamp.fill(0);
      this.epoch = 1;
    }
    const { stamp, epoch } = this;
    let count = 0;
    const add = (bucket: number) => {
      if (stamp[bucket] === epoch) return;
      stamp[bucket] = epoch;
      count += 1;
      visit(bucket);
    };
    const seen: number[] = [];
    for (let i = from; i < to; i++) {
      add(text.unigram[i]!);
      if (i + 1 < to) add(text.next[i]!);
      if (i + 2 < to) add(text.skip[i]!);
      for (let g = text.gramStart[i]!; g < text.gramStart[i + 1]!; g++) add(text.grams[g]!);
      if (this.conceptCount > 0) {
        for (let c = text.conceptStart[i]!; c < text.conceptStart[i + 1]!; c++) {
          const concept = text.concepts[c]!;
          if (!seen.includes(concept)) seen.push(concept);
        }
      }
    }
    const paired = Math.min(seen.length, maxPairedConcepts);
    for (let a = 0; a < seen.length; a++) {
      add(this.conceptBucket[seen[a]!]!);
      if (a >= paired) continue;
      for (let b = a + 1; b < paired; b++) add(this.pairBucket[seen[a]! * this.conceptCount + seen[b]!]!);
    }
    return count;
  }
}
