// The learned tier of the detector: the committed linear model's scores turned into a confident hit, a gentle
// check-in, or nothing, with the most likely kind, its level, and who is at risk. OR-ed with the rules, never
// replacing them.
import { ConceptTagger } from './classifier/concepts.js';
import { type HeadScores, type LinearModel, likeliestKind, loadModel } from './classifier/model.js';
import type { LanguagePack } from './languages/lexicon-types.js';
import type { Token } from './normalize.js';
import type { RiskKind, RiskLevel } from './types.js';

export interface LearnedReading {
  /** How sure the model is that the message is risky (0..1), and what it makes of it. */
  risk: number;
  kind: RiskKind;
  /** `confident` runs the crisis flow; `check-in` asks gently; `none` says nothing. */
  band: 'confident' | 'check-in' | 'none';
  level: RiskLevel;
  someoneElse: boolean;
  minor: boolean;
}

export const minWords = 3;

export class LearnedTier {
  private readonly model: LinearModel;
  private readonly common: Map<string, number>;

  constructor(private readonly packs: readonly LanguagePack[]) {
    this.model = loadModel(new ConceptTagger(packs));
    this.common = new Map();
    packs.forEach((pack, i) => {
      for (const word of pack.commonWords) this.common.set(word, (this.common.get(word) ?? 0) | (1 << i));
    });
  }

  /** The languages a message is mostly written in (several when it is a tie, e.g. no common word at all). */
  private languagesOf(tokens: readonly Token[]): string[] {
    const counts = new Array<number>(this.packs.length).fill(0);
    for (const token of tokens) {
      const mask = this.common.get(token.text);
      if (mask) for (let i = 0; i < counts.length; i++) if (mask & (1 << i)) counts[i]! += 1;
    }
    const top = Math.max(...counts);
    return this.packs.filter((_, i) => counts[i] === top).map((pack) => pack.language);
  }

  /** Thresholds of the message's language; for a tie, the more sensitive of them (a miss costs more). */
  private bandOf(scores: HeadScores, kind: RiskKind, languages: readonly string[]): LearnedReading['band'] {
    const bands = languages.flatMap((language) => this.model.file.thresholds[language]?.[kind] ?? []);
    if (bands.length === 0) return 'none';
    const confident = Math.min(...bands.map((b) => b.confident));
    const checkIn = Math.min(...bands.map((b) => b.checkIn));
    if (scores.risk >= confident) return 'confident';
    return scores.risk >= checkIn ? 'check-in' : 'none';
  }

  read(tokens: readonly Token[]): LearnedReading {
    // A word or two ("Messaging", "14", "keep going") is an answer to a question far more often than a phrasing of
    // risk; the rules read those (they know "kms" and "suicide"), the model reads from three words up.
    if (tokens.length < minWords) {
      return { risk: 0, kind: 'suicide', band: 'none', level: 'concern', someoneElse: false, minor: false };
    }
    const scores = this.model.score(tokens);
    const kind = likeliestKind((k) => scores[k]);
    const attributes = this.model.file.attributeThresholds;
    return {
      risk: scores.risk,
      kind,
      band: this.bandOf(scores, kind, this.languagesOf(tokens)),
      level: scores.emergency >= attributes.emergency ? 'emergency' : 'concern',
      someoneElse: scores['someone-else'] >= attributes['someone-else'],
      minor: scores.minor >= attributes.minor,
    };
  }
}
