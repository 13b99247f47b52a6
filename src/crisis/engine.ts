// The generic engine: runs a compiled lexicon over a tokenised message and turns its matches into hits.

import type { RuleSpec } from './lexicon/types.js';
import type { CompiledLexicon, Entry } from './lexicon-compiler.js';
import { kindBit } from './lexicon-compiler.js';
import { isNegated, type Match, type MatchEnv, matchAt } from './matcher.js';
import type { Token } from './normalize.js';
import type { Pattern } from './pattern.js';
import type { RiskKind } from './types.js';

/** A rule that fired, with where (for ordering and de-duplication). */
export interface RawHit {
  kind: RiskKind;
  level: RuleSpec['level'];
  rule: string;
  language: string;
  position: number;
  sentence: number;
}

function termIds(lexicon: CompiledLexicon, tokens: readonly Token[]): number[][] {
  const cache = new Map<string, number[]>();
  return tokens.map((token) => {
    const key = token.stretched ? `${token.text}\u0001` : token.text;
    let ids = cache.get(key);
    if (!ids) {
      ids = lexicon.table.match(token);
      cache.set(key, ids);
    }
    return ids;
  });
}

/** Whether every required element of the pattern has some alternative whose terms all occur in the message. */
function isViable(pattern: Pattern, present: Uint8Array): boolean {
  return pattern.elements.every(
    (el) => el.type !== 'word' || el.optional || el.alts.some((alt) => alt.every((id) => present[id] === 1)),
  );
}

function findMatches(lexicon: CompiledLexicon, env: MatchEnv): { entry: Entry; match: Match }[] {
  const found: { entry: Entry; match: Match }[] = [];
  const present = new Uint8Array(lexicon.table.size);
  for (const ids of env.ids) for (const id of ids) present[id] = 1;
  // Per entry: 0 not yet known, 1 viable, 2 impossible in this message (skips most work on long texts).
  const viable = new Uint8Array(lexicon.entries.length);
  const triedAt = new Int32Array(lexicon.entries.length).fill(-1);
  for (let p = 0; p < env.tokens.length; p++) {
    for (const id of env.ids[p]!) {
      for (const i of lexicon.index.get(id) ?? []) {
        if (triedAt[i] === p) continue;
        triedAt[i] = p;
        const entry = lexicon.entries[i]!;
        if (viable[i] === 0) viable[i] = isViable(entry.pattern, present) ? 1 : 2;
        if (viable[i] === 2) continue;
        const match = matchAt(entry.pattern, env, p);
        if (match) found.push({ entry, match });
      }
    }
  }
  return found;
}

/** One lexicon's pass over a message: its pattern matches plus what they say about guards, past, denial, minor. */
export interface LexiconScan {
  lexicon: CompiledLexicon;
  env: MatchEnv;
  rules: { rule: RuleSpec; match: Match }[];
  /** Per token, the kinds a guard (idiom, benign use) suppresses there, as bits. */
  guarded: Uint8Array;
  pastSentences: ReadonlySet<number>;
  denial: boolean;
  minor: boolean;
}

export function scanLexicon(lexicon: CompiledLexicon, tokens: readonly Token[]): LexiconScan {
  const env: MatchEnv = { tokens, ids: termIds(lexicon, tokens), words: lexicon.words };
  const guarded = new Uint8Array(tokens.length);
  const pastSentences = new Set<number>();
  const rules: LexiconScan['rules'] = [];
  let denial = false;
  let minor = false;
  for (const { entry, match } of findMatches(lexicon, env)) {
    const { payload } = entry;
    if (payload.type === 'rule') rules.push({ rule: payload.rule, match });
    else if (payload.type === 'guard') {
      for (const [from, to] of match.spans) for (let p = from; p < to; p++) guarded[p]! |= payload.mask;
    } else if (payload.type === 'past') pastSentences.add(tokens[match.start]!.sentence);
    else if (payload.type === 'denial') denial ||= !isNegated(match, env);
    else minor ||= !isNegated(match, env);
  }
  return { lexicon, env, rules, guarded, pastSentences, denial, minor };
}

/** A rule match that survived negation and every lexicon's guards (an idiom is benign in any language). */
export interface LiveRule {
  rule: RuleSpec;
  match: Match;
  sentence: number;
}

export function liveRules(scan: LexiconScan, guarded: Uint8Array): LiveRule[] {
  const { env } = scan;
  const isGuarded = ({ rule, match }: { rule: RuleSpec; match: Match }) =>
    match.spans.some(([from, to]) => guarded.subarray(from, to).some((bits) => bits & kindBit(rule.kind)));
  return scan.rules
    .filter((r) => !((r.rule.negatable ?? true) && isNegated(r.match, env)) && !isGuarded(r))
    .map(({ rule, match }) => ({ rule, match, sentence: env.tokens[match.start]!.sentence }));
}

const hitOf = (scan: LexiconScan, rule: RuleSpec, match: Match, sentence: number, past = false): RawHit => ({
  kind: past && rule.past ? rule.past.kind : rule.kind,
  level: past && rule.past ? rule.past.level : rule.level,
  rule: `${scan.lexicon.language}.${rule.id}${past ? '.past' : ''}`,
  language: scan.lexicon.language,
  position: match.start,
  sentence,
});

/** Hits of the ordinary rules; a rule with a `past` variant reports it when its sentence is about the past. */
export function baseHits(scan: LexiconScan, live: readonly LiveRule[]): RawHit[] {
  return live
    .filter(({ rule }) => !rule.needs)
    .map(({ rule, match, sentence }) =>
      hitOf(scan, rule, match, sentence, rule.past !== undefined && scan.pastSentences.has(sentence)),
    );
}

/** Hits of escalators: only where a base hit of the kind they need is in the same or a neighbouring sentence. */
export function escalations(
  scan: LexiconScan,
  live: readonly LiveRule[],
  sentencesByKind: ReadonlyMap<RiskKind, ReadonlySet<number>>,
): RawHit[] {
  return live
    .filter(({ rule, sentence }) => {
      const near = rule.needs ? sentencesByKind.get(rule.needs) : undefined;
      return near !== undefined && (near.has(sentence) || near.has(sentence - 1) || near.has(sentence + 1));
    })
    .map(({ rule, match, sentence }) => hitOf(scan, rule, match, sentence));
}
