// The generic engine: runs a compiled lexicon over a tokenised message and turns its matches into hits.
import type { RuleSpec } from './languages/lexicon-types.js';
import type { CompiledLexicon, Entry, Payload } from './lexicon-compiler.js';
import { kindBit } from './lexicon-compiler.js';
import { isNegated, type Match, type MatchEnv, matchAt } from './matcher.js';
import type { Token } from './normalize.js';
import type { Pattern } from './pattern.js';
import type { RiskKind } from './types.js';

/** A rule that fired, with where (for ordering, de-duplication and sentence proximity). */
export interface RawHit {
  kind: RiskKind;
  level: RuleSpec['level'];
  rule: string;
  language: string;
  position: number;
  sentence: number;
}

/** A lexicon ready to scan one message: term ids per token and which terms occur at all. */
export interface Prepared {
  lexicon: CompiledLexicon;
  env: MatchEnv;
  present: Uint8Array;
}

export function prepare(lexicon: CompiledLexicon, tokens: readonly Token[]): Prepared {
  const cache = new Map<string, number[]>();
  const ids = tokens.map((token) => {
    const key = token.stretched ? `${token.text}\u0001` : token.text;
    let found = cache.get(key);
    if (!found) {
      found = lexicon.table.match(token);
      cache.set(key, found);
    }
    return found;
  });
  const present = new Uint8Array(lexicon.table.size);
  for (const list of ids) for (const id of list) present[id] = 1;
  return { lexicon, env: { tokens, ids, words: lexicon.words }, present };
}

/** Whether every required element of the pattern has some alternative whose terms all occur in the message. */
function isViable(pattern: Pattern, present: Uint8Array): boolean {
  return pattern.elements.every(
    (el) => el.type !== 'word' || el.optional || el.alts.some((alt) => alt.every((id) => present[id] === 1)),
  );
}

/**
 * Tries the selected entries at every token where their first term occurs. `accept` says whether a match counts;
 * once one does, that entry is not tried again in the same sentence (one counted match per sentence is all the
 * callers need, and it keeps repetitive text cheap).
 */
function eachMatch(
  { lexicon, env, present }: Prepared,
  select: (payload: Payload) => boolean,
  accept: (entry: Entry, match: Match) => boolean,
): void {
  const { entries, index } = lexicon;
  // Per entry: 0 not yet known, 1 worth trying, 2 impossible in this message (not selected, or a term is absent).
  const state = new Uint8Array(entries.length);
  const triedAt = new Int32Array(entries.length).fill(-1);
  const doneIn = new Int32Array(entries.length).fill(-1);
  for (let p = 0; p < env.tokens.length; p++) {
    const sentence = env.tokens[p]!.sentence;
    for (const id of env.ids[p]!) {
      for (const i of index.get(id) ?? []) {
        if (triedAt[i] === p || doneIn[i] === sentence) continue;
        triedAt[i] = p;
        const entry = entries[i]!;
        if (state[i] === 0) state[i] = select(entry.payload) && isViable(entry.pattern, present) ? 1 : 2;
        if (state[i] === 2) continue;
        const match = matchAt(entry.pattern, env, p);
        if (match && accept(entry, match)) doneIn[i] = sentence;
      }
    }
  }
}

/**
 * Adds this lexicon's guard matches (idioms, benign uses) to `guarded`: per token, the kinds suppressed there; and the
 * sentences where the writer says they mean it, to `intent`.
 */
export function markGuards(prepared: Prepared, guarded: Uint8Array, intent: Set<number>): void {
  eachMatch(
    prepared,
    (payload) => payload.type === 'guard' || payload.type === 'intent',
    ({ payload }, match) => {
      if (payload.type === 'intent') {
        intent.add(prepared.env.tokens[match.start]!.sentence);
        return true;
      }
      const mask = payload.type === 'guard' ? payload.mask : 0;
      for (const [from, to] of match.spans) for (let p = from; p < to; p++) guarded[p]! |= mask;
      return false;
    },
  );
}

/** A guard never suppresses a threat or plan the writer says they mean: guards are lifted around those sentences. */
export function liftGuardsNearIntent(tokens: readonly Token[], guarded: Uint8Array, intent: ReadonlySet<number>): void {
  if (intent.size === 0) return;
  for (let p = 0; p < tokens.length; p++) {
    const s = tokens[p]!.sentence;
    if (intent.has(s) || intent.has(s - 1) || intent.has(s + 1)) guarded[p] = 0;
  }
}

/** A rule match that survived negation and every lexicon's guards. */
export interface LiveRule {
  rule: RuleSpec;
  match: Match;
  sentence: number;
}

/** One lexicon's findings in a message, once guards of every language are known. */
export interface LexiconScan {
  language: string;
  rules: LiveRule[];
  pastSentences: ReadonlySet<number>;
  denial: boolean;
  minor: boolean;
}

export function scanRules(prepared: Prepared, guarded: Uint8Array): LexiconScan {
  const { env } = prepared;
  const scan: LexiconScan = {
    language: prepared.lexicon.language,
    rules: [],
    pastSentences: new Set(),
    denial: false,
    minor: false,
  };
  const pastSentences = new Set<number>();
  const isGuarded = (rule: RuleSpec, match: Match) => {
    const bit = kindBit(rule.kind);
    for (const [from, to] of match.spans) for (let p = from; p < to; p++) if (guarded[p]! & bit) return true;
    return false;
  };
  eachMatch(
    prepared,
    (payload) => payload.type !== 'guard',
    ({ payload }, match) => {
      const sentence = env.tokens[match.start]!.sentence;
      switch (payload.type) {
        case 'rule': {
          const { rule } = payload;
          if (((rule.negatable ?? true) && isNegated(match, env)) || isGuarded(rule, match)) return false;
          scan.rules.push({ rule, match, sentence });
          return true;
        }
        case 'past':
          pastSentences.add(sentence);
          return true;
        case 'denial':
        case 'minor':
          if (isNegated(match, env)) return false;
          scan[payload.type] = true;
          return true;
        default:
          return false;
      }
    },
  );
  return { ...scan, pastSentences };
}

const hitOf = (language: string, rule: RuleSpec, match: Match, sentence: number, past = false): RawHit => ({
  kind: past && rule.past ? rule.past.kind : rule.kind,
  level: past && rule.past ? rule.past.level : rule.level,
  rule: `${language}.${rule.id}${past ? '.past' : ''}`,
  language,
  position: match.start,
  sentence,
});

/** Hits of the ordinary rules; a rule with a `past` variant reports it when its sentence is about the past. */
export function baseHits(scan: LexiconScan): RawHit[] {
  return scan.rules
    .filter(({ rule }) => !rule.needs)
    .map(({ rule, match, sentence }) =>
      hitOf(scan.language, rule, match, sentence, rule.past !== undefined && scan.pastSentences.has(sentence)),
    );
}

/** Cue matches (see RuleSpec.cue) by needed kind, then sentence: the rules that matched there. */
export type CueSites = Map<RiskKind, Map<number, Set<string>>>;

/** Adds a scan's cue matches outside sentences about the past. */
export function addCueSites(scan: LexiconScan, pastSentences: ReadonlySet<number>, sites: CueSites): void {
  for (const { rule, sentence } of scan.rules) {
    if (!rule.cue || !rule.needs || pastSentences.has(sentence)) continue;
    const bySentence = sites.get(rule.needs) ?? new Map<number, Set<string>>();
    sites.set(rule.needs, bySentence);
    const ids = bySentence.get(sentence) ?? new Set<string>();
    bySentence.set(sentence, ids);
    ids.add(`${scan.language}.${rule.id}`);
  }
}

/** Whether a cue other than `id` matched in this or a neighbouring sentence. */
function otherCueNear(sites: CueSites, kind: RiskKind, id: string, sentence: number): boolean {
  const bySentence = sites.get(kind);
  if (!bySentence) return false;
  for (let s = sentence - 1; s <= sentence + 1; s++) {
    const ids = bySentence.get(s);
    if (ids && (ids.size > 1 || !ids.has(id))) return true;
  }
  return false;
}

/**
 * Hits of escalators: only where a base hit of the kind they need is in the same or a neighbouring sentence (or,
 * for a cue, a different cue of that kind is), and never in a sentence about the past (a method or a date in "I
 * tried with pills two years ago" is history, not a plan).
 */
export function escalations(
  scan: LexiconScan,
  sentencesByKind: ReadonlyMap<RiskKind, ReadonlySet<number>>,
  pastSentences: ReadonlySet<number>,
  cues: CueSites = new Map(),
): RawHit[] {
  return scan.rules
    .filter(({ rule, sentence }) => {
      if (!rule.needs || pastSentences.has(sentence)) return false;
      const near = sentencesByKind.get(rule.needs);
      if (near && (near.has(sentence) || near.has(sentence - 1) || near.has(sentence + 1))) return true;
      return rule.cue === true && otherCueNear(cues, rule.needs, `${scan.language}.${rule.id}`, sentence);
    })
    .map(({ rule, match, sentence }) => hitOf(scan.language, rule, match, sentence));
}
