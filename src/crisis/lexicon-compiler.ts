// Compiles a language's lexicon (plain data) into term tables, patterns and a first-term index for the engine.
import type { Lexicon, PatternSource, RuleSpec } from './languages/lexicon-types.js';
import type { ScopeWords } from './matcher.js';
import { foldChars } from './normalize.js';
import { compilePattern, indexByFirstTerm, type Pattern } from './pattern.js';
import { type RuleId, ruleCatalog } from './rule-catalog.js';
import { TermTable } from './terms.js';
import { type RiskKind, riskKinds } from './types.js';

export type Payload =
  | { type: 'rule'; rule: RuleSpec }
  | { type: 'guard'; mask: number }
  | { type: 'past' }
  | { type: 'denial' }
  | { type: 'intent' }
  | { type: 'minor' };

export interface Entry {
  pattern: Pattern;
  payload: Payload;
}

export interface CompiledLexicon {
  language: string;
  table: TermTable;
  entries: readonly Entry[];
  /** Entry indices by the term ids that can start them. */
  index: ReadonlyMap<number, readonly number[]>;
  words: ScopeWords;
}

export const kindBit = (kind: RiskKind) => 1 << riskKinds.indexOf(kind);
const allKinds = riskKinds.reduce((mask, kind) => mask | kindBit(kind), 0);
const wordSet = (words: readonly string[]) => new Set(words.map(foldChars));
const sources = (p: PatternSource): readonly string[] => (typeof p === 'string' ? [p] : p);

/** A language's rules with their meaning from the catalog, in the lexicon's order. */
export function rulesOf(lexicon: Lexicon): RuleSpec[] {
  return (Object.entries(lexicon.rules) as [RuleId, PatternSource][]).map(([id, p]) => ({
    ...ruleCatalog[id],
    id,
    p,
  }));
}

/**
 * Compiles one lexicon. Negation words come from every lexicon in `all`: people mix languages, and an English
 * "not" must scope over a Spanish rule's match just as over an English one.
 */
export function compileLexicon(lexicon: Lexicon, all: readonly Lexicon[] = [lexicon]): CompiledLexicon {
  const table = new TermTable();
  const entries: Entry[] = [];
  const addAll = (p: PatternSource, payload: Payload) => {
    for (const source of sources(p)) entries.push({ pattern: compilePattern(source, table, lexicon.sets), payload });
  };
  for (const rule of rulesOf(lexicon)) addAll(rule.p, { type: 'rule', rule });
  for (const guard of lexicon.guards) {
    const mask = guard.kinds ? guard.kinds.reduce((m, k) => m | kindBit(k), 0) : allKinds;
    addAll(guard.p, { type: 'guard', mask });
  }
  addAll(lexicon.past, { type: 'past' });
  addAll(lexicon.denial, { type: 'denial' });
  addAll(lexicon.statedIntent, { type: 'intent' });
  addAll(lexicon.minor, { type: 'minor' });
  const index = indexByFirstTerm(entries);
  const union = (pick: (l: Lexicon) => readonly string[]) => wordSet(all.flatMap(pick));
  const words: ScopeWords = {
    negators: union((l) => l.negators),
    negationCancel: union((l) => l.negationCancel),
    scopeBreaks: union((l) => l.scopeBreaks),
    negRaising: union((l) => l.negRaising),
    tail: wordSet(lexicon.tail),
    clauseEnds: wordSet(lexicon.clauseEnds),
  };
  return { language: lexicon.language, table, entries, index, words };
}
