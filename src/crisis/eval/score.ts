// Runs the detector over corpora and scores it: help shown (a confident hit or a check-in), kind and level, false
// alarms, by group, each with its 95% interval. A check-in on a crisis message counts as help shown; on a harmless
// one, as a false alarm (CRISIS.md).

import type { Corpus, CrisisCase } from '../corpus.js';
import { detectRisk } from '../detector.js';
import type { RiskAssessment, RiskKind, RiskLevel } from '../types.js';
import { riskKinds, riskLevels, riskSubjects } from '../types.js';

export type Detect = (text: string) => RiskAssessment;

export interface CaseResult {
  corpus: string;
  language: string;
  expected: CrisisCase;
  detected: RiskAssessment['kinds'];
  /** Some kind was found: the crisis flow runs. */
  confident: boolean;
  /** Nothing was found, but the person was asked whether they are safe. */
  checkedIn: boolean;
  /** The level the expected kind was found at, if at all. */
  found: RiskLevel | undefined;
  /** The expected kind was found at the expected level or higher. */
  recalled: boolean;
  /** The expected kind was the one found (or the one the check-in guessed). */
  kindRight: boolean;
}

export interface BenignResult {
  corpus: string;
  language: string;
  text: string;
  detected: RiskAssessment['kinds'];
  rules: string[];
  confident: boolean;
  checkedIn: boolean;
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
        const { kinds, checkIn } = detect(expected.text);
        const checkedIn = kinds.length === 0 && checkIn !== undefined;
        const scored = scoreCase(expected, kinds);
        cases.push({
          corpus: corpus.name,
          language,
          expected,
          detected: kinds,
          confident: kinds.length > 0,
          checkedIn,
          ...scored,
          kindRight: scored.found !== undefined || (checkedIn && checkIn?.kind === expected.kind),
        });
      }
      for (const text of texts) {
        const { kinds, hits, checkIn } = detect(text);
        benign.push({
          corpus: corpus.name,
          language,
          text,
          detected: kinds,
          rules: hits.map((h) => h.rule),
          confident: kinds.length > 0,
          checkedIn: kinds.length === 0 && checkIn !== undefined,
        });
      }
    }
  }
  return { cases, benign };
}

export interface Stats {
  cases: number;
  /** Confident hits plus check-ins: the person saw help. */
  helped: number;
  confident: number;
  checkIns: number;
  recalled: number;
  kindRight: number;
  benign: number;
  /** Harmless texts that got a confident hit or a check-in. */
  alarms: number;
  confidentAlarms: number;
  checkInAlarms: number;
}

export interface Row {
  label: string;
  stats: Stats;
}

/** Benign alarms count texts where `fired` holds (default: a confident hit or a check-in). */
export function stats(
  cases: readonly CaseResult[],
  benign: readonly BenignResult[],
  fired: (b: BenignResult) => boolean = (b) => b.confident || b.checkedIn,
): Stats {
  const alarmed = benign.filter(fired);
  return {
    cases: cases.length,
    helped: cases.filter((c) => c.confident || c.checkedIn).length,
    confident: cases.filter((c) => c.confident).length,
    checkIns: cases.filter((c) => c.checkedIn).length,
    recalled: cases.filter((c) => c.recalled).length,
    kindRight: cases.filter((c) => c.kindRight).length,
    benign: benign.length,
    alarms: alarmed.length,
    confidentAlarms: alarmed.filter((b) => b.confident).length,
    checkInAlarms: alarmed.filter((b) => b.checkedIn).length,
  };
}

/**
 * Rows for one evaluation: all, per language, per kind (benign: texts where that kind fired), per expected level
 * and per subject. Groups with no cases and no alarms are left out.
 */
export function breakdown({ cases, benign }: Evaluation, detailed = true): Row[] {
  const rows: Row[] = [{ label: 'all', stats: stats(cases, benign) }];
  const languages = [...new Set([...cases, ...benign].map((r) => r.language))];
  for (const language of languages) {
    const inLanguage = <T extends { language: string }>(r: T) => r.language === language;
    rows.push({ label: `lang ${language}`, stats: stats(cases.filter(inLanguage), benign.filter(inLanguage)) });
  }
  if (!detailed) return rows;
  const none: BenignResult[] = [];
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
      none,
    ),
  });
  const bySubject = (subject: (typeof riskSubjects)[number]): Row => ({
    label: `subject ${subject}`,
    stats: stats(
      cases.filter((c) => (c.expected.subject ?? 'self') === subject),
      none,
    ),
  });
  const minors: Row = {
    label: 'minor',
    stats: stats(
      cases.filter((c) => c.expected.minor === true),
      none,
    ),
  };
  const grouped = [...riskKinds.map(byKind), ...riskLevels.map(byLevel), ...riskSubjects.map(bySubject), minors];
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

/** The Wilson score interval at 95%: honest for small groups and for rates near 0 or 1. */
export function wilson(part: number, whole: number): [number, number] | undefined {
  if (whole === 0) return undefined;
  const z = 1.959964;
  const p = part / whole;
  const denominator = 1 + (z * z) / whole;
  const centre = (p + (z * z) / (2 * whole)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / whole + (z * z) / (4 * whole * whole))) / denominator;
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}
