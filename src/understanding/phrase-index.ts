// Finds known phrases in tokenized text: as the whole answer, or as whole-token runs inside a sentence (longest wins).
import { phraseKey } from './normalize.js';

export interface PhraseDefinition {
  /** As written in a lexicon or a title; a leading "=" means whole-answer only. */
  text: string;
  code: string;
  /** Lower tiers win when the same phrase is defined again (conversation language before the others). */
  tier: number;
  exactOnly?: boolean;
  /** Counts wherever it appears in a sentence, not only at its start (used by yes/no). */
  anywhere?: boolean;
}

export interface Mention {
  start: number;
  end: number;
  codes: readonly string[];
  anywhere: boolean;
  tier: number;
}

interface Entry {
  tokens: string[];
  codes: string[];
  tier: number;
  anywhere: boolean;
}

function addTo(map: Map<string, Entry>, key: string, definition: PhraseDefinition): void {
  const existing = map.get(key);
  if (!existing || existing.tier > definition.tier) {
    map.set(key, {
      tokens: key.split(' '),
      codes: [definition.code],
      tier: definition.tier,
      anywhere: definition.anywhere ?? false,
    });
  } else if (existing.tier === definition.tier) {
    if (!existing.codes.includes(definition.code)) existing.codes.push(definition.code);
    existing.anywhere ||= definition.anywhere ?? false;
  }
}

export class PhraseIndex {
  private readonly whole = new Map<string, Entry>();
  private readonly byFirstToken = new Map<string, Entry[]>();

  constructor(definitions: Iterable<PhraseDefinition>) {
    const inside = new Map<string, Entry>();
    for (const definition of definitions) {
      const exactOnly = definition.exactOnly === true || definition.text.startsWith('=');
      const key = phraseKey(exactOnly ? definition.text.replace(/^=/, '') : definition.text);
      if (key === '') continue;
      addTo(this.whole, key, definition);
      if (!exactOnly) addTo(inside, key, definition);
    }
    for (const entry of inside.values()) {
      const first = entry.tokens[0]!;
      const list = this.byFirstToken.get(first);
      if (list) list.push(entry);
      else this.byFirstToken.set(first, [entry]);
    }
  }

  /** The codes of the phrase that is exactly these tokens, if any. */
  codesForWhole(tokens: readonly string[]): readonly string[] | undefined {
    if (tokens.length === 0) return undefined;
    return this.whole.get(tokens.join(' '))?.codes;
  }

  /** Non-overlapping phrase occurrences, longest first when they overlap, in reading order. Linear in the input. */
  mentions(tokens: readonly string[]): Mention[] {
    const found: Mention[] = [];
    for (let start = 0; start < tokens.length; start++) {
      const candidates = this.byFirstToken.get(tokens[start]!);
      if (!candidates) continue;
      for (const entry of candidates) {
        const end = start + entry.tokens.length;
        if (end > tokens.length) continue;
        let matches = true;
        for (let offset = 1; offset < entry.tokens.length && matches; offset++) {
          matches = tokens[start + offset] === entry.tokens[offset];
        }
        if (matches) found.push({ start, end, codes: entry.codes, anywhere: entry.anywhere, tier: entry.tier });
      }
    }
    found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || a.tier - b.tier);
    const taken = new Uint8Array(tokens.length);
    const kept: Mention[] = [];
    for (const mention of found) {
      let free = true;
      for (let i = mention.start; i < mention.end && free; i++) free = taken[i] === 0;
      if (!free) continue;
      taken.fill(1, mention.start, mention.end);
      kept.push(mention);
    }
    return kept.sort((a, b) => a.start - b.start);
  }
}

/** The distinct codes of some mentions, in the order first seen. */
export function codesOf(mentions: readonly Mention[]): string[] {
  const codes: string[] = [];
  for (const mention of mentions) for (const code of mention.codes) if (!codes.includes(code)) codes.push(code);
  return codes;
}
