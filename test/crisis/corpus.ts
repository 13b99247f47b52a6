// Loads a detector corpus (shared/crisis-cases format) and says how one case went, for the corpus tests.
import { fileURLToPath } from 'node:url';
import { type CrisisCase, loadCorpus as loadFile } from '../../src/crisis/corpus.js';
import { detectRisk } from '../../src/crisis/detector.js';
import { scoreCase } from '../../src/crisis/eval/score.js';

export type { CrisisCase } from '../../src/crisis/corpus.js';

export interface LanguageCases {
  crisis: CrisisCase[];
  benign: string[];
}

export type Corpus = Record<'en' | 'es', LanguageCases>;

const none: LanguageCases = { crisis: [], benign: [] };

export function loadCorpus(url: URL): Corpus {
  const { languages } = loadFile(fileURLToPath(url));
  return { en: languages.get('en') ?? none, es: languages.get('es') ?? none };
}

/** Why a crisis case was missed, or undefined when its kind was found at least at its minimum level. */
export function crisisMiss(c: CrisisCase): string | undefined {
  const { found, recalled } = scoreCase(c, detectRisk(c.text).kinds);
  if (recalled) return undefined;
  return found ? `${c.kind} only at ${found}` : `no ${c.kind} hit`;
}

/** The rules that fired on a benign text (empty when it stayed quiet). */
export function falseAlarms(text: string): string[] {
  return detectRisk(text).hits.map((h) => h.rule);
}

export const title = (text: string) => (text.length > 70 ? `${text.slice(0, 67)}... (${text.length} chars)` : text);
