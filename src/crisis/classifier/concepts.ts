// Concepts for the learned tier, taken from the rule lexicons' word sets and safety-net families: "pills",
// "pastillas" and "💊" are all PILLS, "tonight" and "esta noche" are TIME. The model learns over concepts as well as
// words, so what it learns from one phrasing (or one language) carries to words it never saw in training.
import { createHash } from 'node:crypto';
import type { LanguagePack } from '../languages/lexicon-types.js';
import { foldChars, type Token } from '../normalize.js';

interface Sequence {
  rest: readonly string[];
  concept: number;
}

export class ConceptTagger {
  readonly names: string[] = [];
  /** SHA-256 of every concept and entry in order: a model trained over other concepts reads other features. */
  readonly fingerprint: string;
  private readonly hash = createHash('sha256');
  private readonly byName = new Map<string, number>();
  private readonly exact = new Map<string, number[]>();
  private readonly prefixes = new Map<string, number[]>();
  private readonly sequences = new Map<string, Sequence[]>();
  private longestPrefix = 0;

  constructor(packs: readonly LanguagePack[]) {
    for (const pack of packs) {
      for (const [name, entries] of Object.entries(pack.lexicon.sets)) this.addAll(name, entries);
      for (const [name, family] of Object.entries(pack.net.families)) {
        // Only the plain alternatives of a family; its windowed patterns stay the net's business.
        for (const source of family.p) if (!/[.!?$@~#]/.test(source)) this.addAll(name, source.split('|'));
      }
    }
    this.fingerprint = this.hash.digest('hex');
  }

  private idOf(name: string): number {
    let id = this.byName.get(name);
    if (id === undefined) {
      id = this.names.length;
      this.names.push(name);
      this.byName.set(name, id);
    }
    return id;
  }

  private addAll(name: string, entries: readonly string[]): void {
    const id = this.idOf(name);
    this.hash.update(JSON.stringify([name, entries]));
    for (const raw of entries) {
      const entry = foldChars(raw.trim());
      if (!entry || /[.!?$@~#]/.test(entry)) continue;
      const words = entry.split('+');
      const [first, ...rest] = words as [string, ...string[]];
      if (rest.length > 0) {
        if (words.some((w) => w.endsWith('*'))) continue;
        const list = this.sequences.get(first) ?? [];
        list.push({ rest, concept: id });
        this.sequences.set(first, list);
      } else if (first.endsWith('*')) {
        const stem = first.slice(0, -1);
        if (stem.length < 3) continue;
        push(this.prefixes, stem, id);
        this.longestPrefix = Math.max(this.longestPrefix, stem.length);
      } else {
        push(this.exact, first, id);
      }
    }
  }

  /** Calls `found` with every concept at each token (a sequence's concept at its first token). */
  tag(tokens: readonly Token[], from: number, to: number, found: (concept: number, at: number) => void): void {
    for (let i = from; i < to; i++) {
      const word = (tokens[i] as Token).text;
      for (const id of this.exact.get(word) ?? []) found(id, i);
      const longest = Math.min(word.length, this.longestPrefix);
      for (let n = 3; n <= longest; n++) {
        const ids = this.prefixes.get(word.slice(0, n));
        if (ids) for (const id of ids) found(id, i);
      }
      for (const { rest, concept } of this.sequences.get(word) ?? []) {
        if (i + rest.length >= to) continue;
        if (rest.every((w, k) => (tokens[i + 1 + k] as Token).text === w)) found(concept, i);
      }
    }
  }
}

function push(map: Map<string, number[]>, key: string, id: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [id]);
  else if (!list.includes(id)) list.push(id);
}
