// Runs the detector over corpora and scores it: recall, kind and level accuracy, false alarms, by group.
import { detectRisk } from '../detector.js';
import { type RiskAssessment, type RiskKind, type RiskLevel, riskKinds, riskLevels } from '../types.js';
import type { Corpus, CrisisCase } from './corpus.js';

export type Detect = (text: string) => RiskAssessment;

export interface CaseResult {
  corpus: string;
  language: string;
  expected: CrisisCase;
  detected: RiskAssessment['kinds'];
  /** The level the expected kind was found at, if at all. */
  found: RiskLevel | undefined;
  /** The expected kind was found at the expected level or higher. */
  recalled: boolean;
}

export interface BenignResult {
  corpus: string;
  language: string;
  text: string;
  detected: RiskAssessment['kinds'];
  rules: string[];
}

export interface Evaluation {
  cases: CaseResult[];
  benign: BenignResult[];
}

const rank = (level: RiskLevel) => riskLevels.indexOf(level);

export function scoreCase(expected: CrisisCase, detected: RiskAssessment['kinds']) {
  const found = detected.find((k) => k.kind === expected.kind)?.level;
  return { found, recalled: found !== undefined && rank(found) >= rank(expected.min) };
}

/** Every case of every corpus through the detector, once. */
export function evaluate(corpora: readonly Corpus[], detect: Detect = detectRisk): Evaluation {
  const cases: CaseResult[] = [];
  const benign: BenignResult[] = [];
  for (const corpus of corpora) {
    for (const [language, { crisis, benign: texts }] of corpus.languages) {
      for (const expected of crisis) {
        const { kinds } = detect(expected.text);
        cases.push({ corpus: corpus.name, language, expected, detected: kinds, ...scoreCase(expected, kinds) });
      }
      for (const text of texts) {
        const { kinds, hits } = detect(text);
        benign.push({ corpus: corpus.name, language, text, detected: kinds, rules: hits.map((h) => h.rule) });
      }
    }
  }
  return { cases, benign };
}

export interface Stats {
  cases: number;
  recalled: number;
  /** The expected kind was found at any level. */
  kindFound: number;
  /** The expected kind was found at exactly the expected level. */
  levelExact: number;
  benign: number;
  alarms: number;
}

export interface Row {
  label: string;
  stats: Stats;
}

/** Benign alarms count texts where `fired` holds; the default is any hit at all. */
export function stats(
  cases: readonly CaseResult[],
  benign: readonly BenignResult[],
  fired: (b: BenignResult) => boolean = (b) => b.rules.length > 0,
): Stats {
  return {
    cases: cases.length,
    recalled: cases.filter((c) => c.recalled).length,
    kindFound: cases.filter((c) => c.found !== undefined).length,
    levelExact: cases.filter((c) => c.found === c.expected.min).length,
    benign: benign.length,
    alarms: benign.filter(fired).length,
  };
}

const topLevel = (b: BenignResult): RiskLevel | undefined =>
  b.detected.reduce<RiskLevel | undefined>((top, k) => (!top || rank(k.level) > rank(top) ? k.level : top), undefined);

/**
 * Rows for one evaluation: all, per language, per kind (benign: texts where that kind fired) and per expected
 * level (benign: texts whose highest hit is that level). Groups with no cases and no alarms are left out.
 */
export function breakdown({ cases, benign }: Evaluation): Row[] {
  const rows: Row[] = [{ label: 'all', stats: stats(cases, benign) }];
  const languages = [...new Set([...cases, ...benign].map((r) => r.language))];
  for (const language of languages) {
    const inLanguage = <T extends { language: string }>(r: T) => r.language === language;
    rows.push({ label: `lang ${language}`, stats: stats(cases.filter(inLanguage), benign.filter(inLanguage)) });
  }
  const byKind = (kind: RiskKind): Row => ({
    label: `kind ${kind}`,
    stats: stats(
      cases.filter((c) => c.expected.kind === kind),
      benign,
      (b) => b.detected.some((k) => k.kind === kind),
    ),
  });
  const byLevel = (level: RiskLevel): Row => ({
    label: `level ${level}`,
    stats: stats(
      cases.filter((c) => c.expected.min === level),
      benign,
      (b) => topLevel(b) === level,
    ),
  });
  const grouped = [...riskKinds.map(byKind), ...riskLevels.map(byLevel)];
  return [...rows, ...grouped.filter((r) => r.stats.cases > 0 || r.stats.alarms > 0)];
}

/** Restricts an evaluation to one corpus. */
export function only(evaluation: Evaluation, corpus: string): Evaluation {
  return {
    cases: evaluation.cases.filter((c) => c.corpus === corpus),
    benign: evaluation.benign.filter((b) => b.corpus === corpus),
  };
}

export const ratio = (part: number, whole: number): number | undefined => (whole === 0 ? undefined : part / whole);
