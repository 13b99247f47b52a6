// The safety net: a broad scored layer over token windows that catches what phrase rules miss, at `concern` only.
// Cue families and their combinations are data per language (languages/*/net.ts); this is the generic scorer.
import type { RawHit } from './engine.js';
import type { NetCombo, NetLexicon } from './languages/net-types.js';
import { kindBit } from './lexicon-compiler.js';
import { isNegated, type Match, type MatchEnv, matchAt, type ScopeWords } from './matcher.js';
import type { Token } from './normalize.js';
import { compilePattern, indexByFirstTerm, type Pattern } from './pattern.js';
import { TermTable } from './terms.js';

type Tag = { type: 'family'; name: string } | { type: 'idiom' | 'laughter' | 'context' | 'third' | 'implied' };

interface NetEntry {
  pattern: Pattern;
  tag: Tag;
}

export interface CompiledNet {
  language: string;
  lexicon: NetLexicon;
  table: TermTable;
  entries: readonly NetEntry[];
  index: ReadonlyMap<number, readonly number[]>;
  words: ScopeWords;
}

interface Cue {
  family: string;
  match: Match;
  sentence: number;
  clause: number;
}

/** Compiles one language's net; `words` are the negation and clause words of the main lexicons. */
export function compileNet(lexicon: NetLexicon, words: ScopeWords): CompiledNet {
  const table = new TermTable();
  const entries: NetEntry[] = [];
  const add = (sources: readonly string[], tag: Tag) => {
    for (const source of sources) entries.push({ pattern: compilePattern(source, table, {}), tag });
  };
  for (const [name, family] of Object.entries(lexicon.families)) add(family.p, { type: 'family', name });
  add(lexicon.idioms, { type: 'idiom' });
  add(lexicon.laughter, { type: 'laughter' });
  add(lexicon.context, { type: 'context' });
  add(lexicon.third, { type: 'third' });
  add(lexicon.impliedSelf?.p ?? [], { type: 'implied' });
  if (lexicon.impliedSelf && !lexicon.families[lexicon.impliedSelf.family]) {
    throw new Error(`net ${lexicon.language}: unknown family ${lexicon.impliedSelf.family} for impliedSelf`);
  }
  for (const combo of lexicon.combos) {
    for (const name of [...combo.anchor, ...combo.with.flat(), ...(combo.boost ?? []), ...(combo.unless ?? [])]) {
      if (!lexicon.families[name]) throw new Error(`net ${lexicon.language}: unknown family ${name} in ${combo.id}`);
    }
  }
  const index = indexByFirstTerm(entries);
  return { language: lexicon.language, lexicon, table, entries, index, words };
}

/** Everything the net's patterns found in a message: cues in token order, and marks per token and sentence. */
interface Found {
  cues: Cue[];
  idiom: Uint8Array;
  third: Uint8Array;
  laughter: Set<number>;
  context: Set<number>;
  familiesIn: Map<number, Set<string>>;
}

/** Whether token `p` starts its sentence, or a short opening clause ("ok, been thinking ...") came before it. */
function opensSentence(tokens: readonly Token[], p: number): boolean {
  const { sentence, clause } = tokens[p]!;
  if (p === 0 || tokens[p - 1]!.sentence !== sentence) return true;
  if (tokens[p - 1]!.clause === clause) return false;
  let k = p - 1;
  while (k >= 0 && tokens[k]!.sentence === sentence && p - k <= 3) k--;
  return k < 0 || tokens[k]!.sentence !== sentence;
}

/** Families the active combos refer to: cues of other families cannot change the outcome. */
function familiesOf(combos: readonly NetCombo[], lexicon: NetLexicon): Set<string> {
  const names = new Set<string>();
  for (const combo of combos) {
    for (const name of [...combo.anchor, ...combo.with.flat(), ...(combo.boost ?? []), ...(combo.unless ?? [])]) {
      names.add(name);
    }
  }
  if (lexicon.impliedSelf) names.add(lexicon.impliedSelf.family);
  return names;
}

function find(
  net: CompiledNet,
  tokens: readonly Token[],
  needed: ReadonlySet<string>,
): { env: MatchEnv; found: Found } {
  const cache = new Map<string, number[]>();
  const ids = tokens.map((token) => {
    const key = token.stretched ? `${token.text}\u0001` : token.text;
    let list = cache.get(key);
    if (!list) {
      list = net.table.match(token);
      cache.set(key, list);
    }
    return list;
  });
  const env: MatchEnv = { tokens, ids, words: net.words };
  const found: Found = {
    cues: [],
    idiom: new Uint8Array(tokens.length),
    third: new Uint8Array(tokens.length),
    laughter: new Set(),
    context: new Set(),
    familiesIn: new Map(),
  };
  const triedAt = new Int32Array(net.entries.length).fill(-1);
  for (let p = 0; p < tokens.length; p++) {
    const { sentence, clause } = tokens[p]!;
    for (const id of ids[p]!) {
      for (const i of net.index.get(id) ?? []) {
        if (triedAt[i] === p) continue;
        triedAt[i] = p;
        const { pattern, tag } = net.entries[i]!;
        if (tag.type === 'family' && !needed.has(tag.name)) continue;
        if (tag.type === 'implied' && !opensSentence(tokens, p)) continue;
        const match = matchAt(pattern, env, p);
        if (!match) continue;
        if (tag.type === 'family' || tag.type === 'implied') {
          // An implied subject ("been thinking ...", "wrote everyone a letter") is a cue of the self family.
          const family = tag.type === 'family' ? tag.name : net.lexicon.impliedSelf!.family;
          found.cues.push({ family, match, sentence, clause });
          const names = found.familiesIn.get(sentence) ?? new Set<string>();
          found.familiesIn.set(sentence, names.add(family));
        } else if (tag.type === 'idiom' || tag.type === 'third') {
          for (let k = match.start; k < match.end; k++) found[tag.type][k] = 1;
        } else {
          found[tag.type].add(sentence);
        }
      }
    }
  }
  return { env, found };
}

const distance = (a: Match, b: Match) => (b.end <= a.start ? a.start - b.end : b.start >= a.end ? b.start - a.end : 0);

/** The anchor is about someone else: a third-party word right before it, with no self cue closer. */
function otherSubject(
  anchor: Cue,
  selfFamilies: readonly string[],
  found: Found,
  env: MatchEnv,
  cueAt: Map<number, Cue[]>,
) {
  for (let k = anchor.match.start - 1; k >= 0 && k >= anchor.match.start - 6; k--) {
    if (env.tokens[k]!.clause !== anchor.clause) return false;
    if ((cueAt.get(k) ?? []).some((c) => selfFamilies.includes(c.family))) return false;
    if (found.third[k]) return true;
  }
  return false;
}

function fires(
  net: CompiledNet,
  combo: NetCombo,
  anchor: Cue,
  at: number,
  found: Found,
  env: MatchEnv,
  guarded: Uint8Array,
  cueAt: Map<number, Cue[]>,
): boolean {
  const { families } = net.lexicon;
  const family = families[anchor.family]!;
  const { match, sentence } = anchor;
  if (found.context.has(sentence) || found.context.has(sentence - 1)) return false;
  if (family.mild && found.laughter.has(sentence)) return false;
  for (let k = match.start; k < match.end; k++) if (found.idiom[k] || guarded[k]! & kindBit(combo.kind)) return false;
  if ((family.negatable ?? true) && isNegated(match, env)) return false;
  const present = found.familiesIn.get(sentence)!;
  if (combo.unless?.some((name) => present.has(name))) return false;
  // The window: cues of the same sentence (or clause, or the whole message) within `window` tokens, either way.
  const near = new Map<string, number>();
  const { cues } = found;
  const wide = combo.scope === 'message';
  const scan = (k: number) => {
    const cue = cues[k]!;
    if ((!wide && cue.sentence !== sentence) || distance(match, cue.match) > combo.window) return false;
    if (wide && cue.sentence !== sentence && found.context.has(cue.sentence)) return true;
    if (k === at || (combo.scope === 'clause' && cue.clause !== anchor.clause)) return true;
    if ((families[cue.family]!.negatable ?? true) && isNegated(cue.match, env)) return true;
    near.set(cue.family, Math.max(near.get(cue.family) ?? 0, families[cue.family]!.weight ?? 1));
    return true;
  };
  for (let k = at - 1; k >= 0 && scan(k); k--);
  for (let k = at + 1; k < cues.length && scan(k); k++);
  let score = family.weight ?? 1;
  for (const group of combo.with) {
    const best = Math.max(0, ...group.map((name) => near.get(name) ?? 0));
    if (!group.some((name) => near.has(name))) return false;
    score += best;
  }
  for (const name of combo.boost ?? []) score += near.get(name) ?? 0;
  if (score < combo.min) return false;
  return !(combo.subject && otherSubject(anchor, combo.with[0] ?? [], found, env, cueAt));
}

/**
 * Concern-level hits of one language's net. `guarded` are the main lexicons' idiom guards per token; kinds in
 * `skip` are already found by the rules and need no net.
 */
export function netHits(
  net: CompiledNet,
  tokens: readonly Token[],
  guarded: Uint8Array,
  skip: ReadonlySet<string>,
): RawHit[] {
  const combos = net.lexicon.combos.filter((c) => !skip.has(c.kind));
  if (combos.length === 0 || tokens.length === 0) return [];
  const { env, found } = find(net, tokens, familiesOf(combos, net.lexicon));
  const cueAt = new Map<number, Cue[]>();
  for (const cue of found.cues) {
    const list = cueAt.get(cue.match.start);
    if (list) list.push(cue);
    else cueAt.set(cue.match.start, [cue]);
  }
  const hits: RawHit[] = [];
  for (const combo of combos) {
    const anchors = new Set(combo.anchor);
    for (let at = 0; at < found.cues.length; at++) {
      const anchor = found.cues[at]!;
      if (!anchors.has(anchor.family)) continue;
      if (!fires(net, combo, anchor, at, found, env, guarded, cueAt)) continue;
      hits.push({
        kind: combo.kind,
        level: 'concern',
        rule: `${net.language}.${combo.id}`,
        language: net.language,
        position: anchor.match.start,
        sentence: anchor.sentence,
      });
      break;
    }
  }
  return hits;
}
