// The shape of a language's lexicon: plain data (word sets and patterns) that the generic engine compiles.
import type { RuleId, RuleMeta } from '../rule-catalog.js';
import type { RiskKind } from '../types.js';
import type { NetLexicon } from './net-types.js';

/**
 * Pattern syntax (one string, elements separated by spaces):
 * - `word`, `stem*` (prefix), `~word` (one edit away), `#num` `#big` `#minorage` `#grade` `#year` (token classes);
 * - `a+b` consecutive tokens; `x|y` alternatives; `@SET` every entry of a named set;
 * - `..N` up to N other tokens may come before the next element (default 0);
 * - `el?` optional element; `!x|y` the next token must not be one of these; `$` the clause ends here
 *   (after optional `tail` words, or before a `clauseEnds` word).
 * Patterns never span two sentences.
 */
export type PatternSource = string | readonly string[];

/** A rule as the engine runs it: its meaning from the catalog, its phrases from one language. */
export interface RuleSpec extends RuleMeta {
  /** Stable id without the language prefix, e.g. `suicide.intent-verb`. */
  id: RuleId;
  p: PatternSource;
}

export interface GuardSpec {
  /** Idioms and benign uses; a rule match that shares a token with a guard match is dropped. */
  p: PatternSource;
  /** Kinds it suppresses (default: all). */
  kinds?: readonly RiskKind[];
}

export interface Lexicon {
  language: string;
  sets: Readonly<Record<string, readonly string[]>>;
  /** Words that negate what follows within the clause ("not", "no", "never"). */
  negators: readonly string[];
  /** A negator followed within two tokens by one of these does not negate ("can't stop thinking about"). */
  negationCancel: readonly string[];
  /** Words that end a negator's backward scope ("but", "I"). */
  scopeBreaks: readonly string[];
  /** A scope break right after one of these does not end the scope ("don't think I am ..."). */
  negRaising: readonly string[];
  /** Words that may trail a clause and still count as its end for `$` ("lol", "tonight"). */
  tail: readonly string[];
  /** Words that start a new clause for `$` ("but", "and"). */
  clauseEnds: readonly string[];
  /** A sentence matching one of these is about the past. */
  past: readonly string[];
  guards: readonly GuardSpec[];
  /** Each rule's phrases in this language, by catalog id (../rule-catalog.ts holds what the rule means). */
  rules: Readonly<Partial<Record<RuleId, PatternSource>>>;
  /**
   * Saying a threat or a plan is meant ("I mean it", "lo digo en serio"): no idiom guard holds in its sentence or
   * the next or previous one.
   */
  statedIntent: readonly string[];
  /** Plain denials ("I'm fine", "you misunderstood"). */
  denial: readonly string[];
  /** The writer says they are under 18. */
  minor: readonly string[];
}

/** One language as the detector reads it: its rule phrases and guards, and its safety net's cue families. */
export interface LanguagePack {
  language: string;
  lexicon: Lexicon;
  net: NetLexicon;
  /** Its most common short words, which say which language a message is mostly in (for the learned tier's bands). */
  commonWords: readonly string[];
}
