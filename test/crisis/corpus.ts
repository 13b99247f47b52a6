// Loads a detector corpus (shared/crisis-cases format) and says how one case went, for the corpus tests.
import { readFileSync } from 'node:fs';
import { detectRisk } from '../../src/crisis/detector.js';
import type { RiskKind, RiskLevel } from '../../src/crisis/types.js';

export interface CrisisCase {
  text: string;
  kind: RiskKind;
  min: RiskLevel;
}

export interface LanguageCases {
  crisis: CrisisCase[];
  benign: string[];
}

export type Corpus = Record<'en' | 'es', LanguageCases>;

export function loadCorpus(url: URL): Corpus {
  return JSON.parse(readFileSync(url, 'utf8')) as Corpus;
}

/** Why a crisis case was missed, or undefined when its kind was found at least at its minimum level. */
export function crisisMiss(c: CrisisCase): string | undefined {
  const found = detectRisk(c.text).kinds.find((k) => k.kind === c.kind);
  if (!found) return `no ${c.kind} hit`;
  if (c.min === 'emergency' && found.level !== 'emergency') return `${c.kind} only at ${found.level}`;
  return undefined;
}

/** The rules that fired on a benign text (empty when it stayed quiet). */
export function falseAlarms(text: string): string[] {
  return detectRisk(text).hits.map((h) => h.rule);
}

export const title = (text: string) => (text.length > 70 ? `${text.slice(0, 67)}... (${text.length} chars)` : text);
