// The free-text risk detector: every supported language's lexicon over every message, pure and linear-time.
import {
  addCueSites,
  baseHits,
  type CueSites,
  escalations,
  liftGuardsNearIntent,
  markGuards,
  prepare,
  type RawHit,
  scanRules,
} from './engine.js';
import { languagePacks } from './languages/index.js';
import { LearnedTier } from './learned-tier.js';
import { compileLexicon } from './lexicon-compiler.js';
import { compileNet, netHits } from './net.js';
import { type Token, tokenize } from './normalize.js';
import type { RiskAssessment, RiskHit, RiskKind, RiskLevel } from './types.js';

const lexicons = languagePacks.map((pack) => pack.lexicon);
const compiled = lexicons.map((lexicon) => compileLexicon(lexicon, lexicons));
/** The safety net per language (concern only), with the negation and clause words of that language's lexicon. */
const learnedTier = new LearnedTier(languagePacks);
const nets = languagePacks.map((pack, i) => compileNet(pack.net, (compiled[i] as (typeof compiled)[number]).words));

/** Within a level: the kinds whose first step is most urgent come first. */
const kindOrder: readonly RiskKind[] = ['medical', 'suicide', 'unsafe-at-home', 'harm-to-others', 'self-harm'];
const levelRank = (level: RiskLevel) => (level === 'emergency' ? 0 : 1);
const severity = (a: { kind: RiskKind; level: RiskLevel }, b: { kind: RiskKind; level: RiskLevel }) =>
  levelRank(a.level) - levelRank(b.level) || kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind);

/** One hit per rule (its first occurrence), most severe first, and each kind once at its highest level. */
function summarise(raw: readonly RawHit[]): Pick<RiskAssessment, 'hits' | 'kinds'> {
  const byRule = new Map<string, RawHit>();
  for (const hit of raw) {
    const known = byRule.get(hit.rule);
    if (!known || hit.position < known.position) byRule.set(hit.rule, hit);
  }
  const hits: RiskHit[] = [...byRule.values()]
    .sort((a, b) => severity(a, b) || a.position - b.position || a.rule.localeCompare(b.rule))
    .map(({ kind, level, rule, language }) => ({ kind, level, rule, language }));
  const kinds: RiskAssessment['kinds'] = [];
  for (const { kind, level } of hits) if (!kinds.some((k) => k.kind === kind)) kinds.push({ kind, level });
  return { hits, kinds };
}

/** Assesses one message for risk, in every supported language at once. Pure: no I/O, no state between calls. */
/** The rule tiers (phrase rules, escalators, safety net) over one message's tokens. */
function ruleHits(tokens: readonly Token[]): { raw: RawHit[]; denial: boolean; minor: boolean } {
  const prepared = compiled.map((lexicon) => prepare(lexicon, tokens));
  // Guards first, from every language: an idiom is benign whichever lexicon's rule it overlaps.
  const guarded = new Uint8Array(tokens.length);
  const intent = new Set<number>();
  for (const p of prepared) markGuards(p, guarded, intent);
  liftGuardsNearIntent(tokens, guarded, intent);
  const scans = prepared.map((p) => scanRules(p, guarded));
  const base = scans.flatMap(baseHits);
  // Escalators look at base hits of every language: "I want to die ... esta noche".
  const sentencesByKind = new Map<RiskKind, Set<number>>();
  for (const hit of base) sentencesByKind.set(hit.kind, (sentencesByKind.get(hit.kind) ?? new Set()).add(hit.sentence));
  // A sentence is about the past when any language's lexicon says so ("intenté ... two years ago").
  const past = new Set(scans.flatMap((scan) => [...scan.pastSentences]));
  // Cues (farewell, "tonight is the night") pair with each other across languages too.
  const cues: CueSites = new Map();
  for (const scan of scans) addCueSites(scan, past, cues);
  const raw: RawHit[] = [...base, ...scans.flatMap((scan) => escalations(scan, sentencesByKind, past, cues))];
  // The safety net adds concern-level hits for kinds the rules did not find.
  const found = new Set<string>(raw.map((h) => h.kind));
  for (const net of nets) raw.push(...netHits(net, tokens, guarded, found));
  return { raw, denial: scans.some((scan) => scan.denial), minor: scans.some((scan) => scan.minor) };
}

/** Which tiers to run: both in the product; one alone only to measure it. */
export type Tiers = 'both' | 'rules' | 'learned';

/**
 * Assesses one message for risk, in every supported language at once: the rules and the learned tier, OR-ed.
 * Pure: no I/O, no state between calls.
 */
export function detectRisk(text: string, tiers: Tiers = 'both'): RiskAssessment {
  const tokens = tokenize(typeof text === 'string' ? text : '');
  const rules = tiers === 'learned' ? { raw: [], denial: false, minor: false } : ruleHits(tokens);
  const learned = tiers === 'rules' || tokens.length === 0 ? undefined : learnedTier.read(tokens);
  const raw = rules.raw;
  // Where the rules found the same kind, their level stands: they read the cues of urgency explainably.
  if (learned?.band === 'confident' && !raw.some((h) => h.kind === learned.kind)) {
    raw.push({
      kind: learned.kind,
      level: learned.level,
      rule: `learned.${learned.kind}`,
      language: '*',
      position: 0,
      sentence: 0,
    });
  }
  const risky = raw.length > 0;
  // The rules know the writer's own age ("I'm 15"); the model's guess that the person at risk is a child stands where
  // the model alone found the risk, or where the message reports about someone else (the rules cannot tell their age).
  const learnedOnly = risky && raw.every((h) => h.rule.startsWith('learned.'));
  const someoneElse = risky && learned?.someoneElse === true;
  const minor = rules.minor || ((learnedOnly || someoneElse) && learned?.minor === true);
  // Abuse of a minor is an emergency whatever words described it, the net's and the model's included (CRISIS.md).
  const abuse = raw.find((h) => h.kind === 'unsafe-at-home');
  if (minor && abuse) {
    const tier = abuse.language === '*' ? 'learned' : abuse.language;
    raw.push({ ...abuse, level: 'emergency', rule: `${tier}.unsafe-at-home.minor` });
  }
  const { hits, kinds } = summarise(raw);
  return {
    hits,
    kinds,
    minor,
    denial: rules.denial,
    subject: someoneElse ? 'someone-else' : 'self',
    ...(!risky && learned?.band === 'check-in' ? { checkIn: { kind: learned.kind } } : {}),
    ...(learned ? { learned } : {}),
  };
}
