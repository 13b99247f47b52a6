// Matches a compiled pattern at one token position, and decides whether a match sits in a negation's scope.
import type { Token } from './normalize.js';
import type { Alt, Pattern } from './pattern.js';

/** Word lists of one lexicon that steer matching and negation. */
export interface ScopeWords {
  negators: ReadonlySet<string>;
  negationCancel: ReadonlySet<string>;
  scopeBreaks: ReadonlySet<string>;
  negRaising: ReadonlySet<string>;
  tail: ReadonlySet<string>;
  clauseEnds: ReadonlySet<string>;
}

export interface MatchEnv {
  tokens: readonly Token[];
  /** Term ids per token. */
  ids: readonly (readonly number[])[];
  words: ScopeWords;
}

export interface Match {
  start: number;
  end: number;
  /** Token ranges [from, to) the pattern's elements consumed (the rest of start..end are gap tokens). */
  spans: [number, number][];
}

/** Bounds the work per start position whatever the pattern, so a scan stays linear in the text. */
const stepBudget = 600;
const tailLimit = 4;
const negationWindow = 5;

function altAt(env: MatchEnv, alt: Alt, pos: number, sentence: number): number {
  for (let k = 0; k < alt.length; k++) {
    const p = pos + k;
    const token = env.tokens[p];
    if (!token || token.sentence !== sentence || !env.ids[p]!.includes(alt[k]!)) return -1;
  }
  return pos + alt.length;
}

/** `$`: nothing but tail words before the clause ends or a clause-starting word. */
function isClauseEnd(env: MatchEnv, pos: number): boolean {
  const { tokens, words } = env;
  const clause = tokens[pos - 1]?.clause;
  let p = pos;
  while (p < tokens.length && p - pos < tailLimit && tokens[p]!.clause === clause && words.tail.has(tokens[p]!.text))
    p++;
  const next = tokens[p];
  return !next || next.clause !== clause || words.clauseEnds.has(next.text);
}

/** Scratch state of one match attempt; reused, since matching is synchronous. */
const scratch = { budget: 0, sentence: 0, spans: [] as number[] };

function step(pattern: Pattern, env: MatchEnv, index: number, pos: number): number {
  if (--scratch.budget < 0) return -1;
  const el = pattern.elements[index];
  if (!el) return pos;
  const { tokens, ids } = env;
  const { sentence, spans } = scratch;
  if (el.type === 'end') return isClauseEnd(env, pos) ? step(pattern, env, index + 1, pos) : -1;
  if (el.type === 'not') {
    if (tokens[pos]?.sentence === sentence) {
      for (const alt of el.alts) if (altAt(env, alt, pos, sentence) >= 0) return -1;
    }
    return step(pattern, env, index + 1, pos);
  }
  const last = Math.min(pos + (index === 0 ? 0 : el.gap), tokens.length - 1);
  for (let p = pos; p <= last && tokens[p]!.sentence === sentence; p++) {
    if (!startsHere(ids[p]!, el.starts)) continue;
    for (const alt of el.alts) {
      const end = altAt(env, alt, p, sentence);
      if (end < 0) continue;
      spans.push(p, end);
      const result = step(pattern, env, index + 1, end);
      if (result >= 0) return result;
      spans.length -= 2;
    }
  }
  return el.optional ? step(pattern, env, index + 1, pos) : -1;
}

function startsHere(ids: readonly number[], starts: ReadonlySet<number>): boolean {
  for (const id of ids) if (starts.has(id)) return true;
  return false;
}

export function matchAt(pattern: Pattern, env: MatchEnv, start: number): Match | null {
  scratch.budget = stepBudget;
  scratch.sentence = env.tokens[start]!.sentence;
  scratch.spans.length = 0;
  const end = step(pattern, env, 0, start);
  if (end < 0) return null;
  const spans: [number, number][] = [];
  for (let i = 0; i < scratch.spans.length; i += 2) spans.push([scratch.spans[i]!, scratch.spans[i + 1]!]);
  return { start, end, spans };
}

function isCancelled(env: MatchEnv, j: number): boolean {
  const { tokens, words } = env;
  for (let k = j + 1; k <= j + 2 && k < tokens.length; k++) {
    if (tokens[k]!.clause !== tokens[j]!.clause) return false;
    if (words.negationCancel.has(tokens[k]!.text)) return true;
  }
  return false;
}

/** A scope break between a gap's negator and the next consumed token ends its scope ("couldn't call anyone and then hit me"). */
function scopeEndsBefore(env: MatchEnv, from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (env.words.scopeBreaks.has(env.tokens[k]!.text)) return true;
  return false;
}

/** A negator in one of the match's gaps, or shortly before it in the same clause and scope. */
export function isNegated(match: Match, env: MatchEnv): boolean {
  const { tokens, words } = env;
  let span = 0;
  for (let p = match.start; p < match.end; p++) {
    while (span < match.spans.length && match.spans[span]![1] <= p) span++;
    const consumed = span < match.spans.length && match.spans[span]![0] <= p;
    if (consumed || !words.negators.has(tokens[p]!.text) || isCancelled(env, p)) continue;
    const next = span < match.spans.length ? match.spans[span]![0] : match.end;
    if (!scopeEndsBefore(env, p, next)) return true;
  }
  const first = tokens[match.start]!;
  if (words.scopeBreaks.has(first.text)) return false;
  for (let j = match.start - 1; j >= 0 && j >= match.start - negationWindow; j--) {
    const t = tokens[j]!;
    if (t.clause !== first.clause) return false;
    if (words.negators.has(t.text) && !isCancelled(env, j)) return true;
    if (words.scopeBreaks.has(t.text) && !words.negRaising.has(tokens[j - 1]?.text ?? '')) return false;
  }
  return false;
}
