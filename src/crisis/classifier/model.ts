// The learned tier at run time: a linear model over hashed features, one logistic head per question it answers,
// read once from the committed model files. Scores a message by windows of words, so risk buried in a long message
// is scored on its own; linear in the message's length.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Token } from '../normalize.js';
import { type RiskKind, riskKinds } from '../types.js';
import type { ConceptTagger } from './concepts.js';
import { FeatureExtractor, type FeatureSpace, type PreparedText } from './features.js';

/**
 * The heads: `risk` (is this message risky at all?), then, for a risky message, which kind (one head per kind), its
 * level, whether it is about someone else, and whether the person at risk is a child.
 */
export const headNames = ['risk', ...riskKinds, 'emergency', 'someone-else', 'minor'] as const;
export type HeadName = (typeof headNames)[number];

/** A message up to this many words is one window; longer ones are scored by overlapping windows of this size. */
export const windowWords = 48;
const windowStride = 24;

const band = z.object({ confident: z.number(), checkIn: z.number() });

export const modelFileSchema = z.object({
  version: z.literal(1),
  space: z.object({
    bits: z.number().int().min(10).max(22),
    minGram: z.number().int(),
    maxGram: z.number().int(),
    concepts: z.boolean(),
  }),
  heads: z.array(z.enum(headNames)),
  /** Per head: weights are int8, times this scale. */
  scales: z.array(z.number()),
  bias: z.array(z.number()),
  /** Per language and most likely kind: `risk` scores for a confident hit and for a gentle check-in. */
  thresholds: z.record(z.string(), z.record(z.enum(riskKinds), band)),
  /** Per head, the score above which a risky message is taken as emergency, someone else's, a child's. */
  attributeThresholds: z.object({ emergency: z.number(), 'someone-else': z.number(), minor: z.number() }),
  training: z.object({
    fingerprint: z.string(),
    /** The lexicon concepts the features were read with (see concepts.ts). */
    concepts: z.string(),
    seed: z.number(),
    examples: z.number(),
    config: z.record(z.string(), z.unknown()),
  }),
});
export type ModelFile = z.infer<typeof modelFileSchema>;

export type HeadScores = Record<HeadName, number>;

/** The kind whose head scores highest. */
export function likeliestKind(scoreOf: (kind: RiskKind) => number): RiskKind {
  let best: RiskKind = riskKinds[0];
  for (const kind of riskKinds) if (scoreOf(kind) > scoreOf(best)) best = kind;
  return best;
}

export class LinearModel {
  private readonly headCount: number;
  private readonly extractor: FeatureExtractor;
  private readonly sums: Float64Array;

  constructor(
    readonly file: ModelFile,
    /** Feature-major: the weights of bucket f are at f * heads .. f * heads + heads - 1. */
    private readonly weights: Int8Array,
    tagger: ConceptTagger,
  ) {
    this.headCount = file.heads.length;
    if (weights.length !== (1 << file.space.bits) * this.headCount) throw new Error('model weights do not fit');
    this.extractor = new FeatureExtractor(file.space, tagger);
    this.sums = new Float64Array(this.headCount);
  }

  get space(): FeatureSpace {
    return this.file.space;
  }

  /** Scores of words [from, to) as one bag. */
  private scoreWindow(text: PreparedText, from: number, to: number, out: Float64Array): void {
    const { sums, weights, headCount } = this;
    sums.fill(0);
    const size = this.extractor.window(text, from, to, (bucket) => {
      const base = bucket * headCount;
      for (let h = 0; h < headCount; h++) sums[h]! += weights[base + h]!;
    });
    const norm = size > 0 ? 1 / Math.sqrt(size) : 0;
    for (let h = 0; h < headCount; h++) {
      const z = this.file.bias[h]! + this.file.scales[h]! * sums[h]! * norm;
      out[h] = 1 / (1 + Math.exp(-z));
    }
  }

  /** Every head's score in the window where `risk` is highest (the part of the message that holds the risk). */
  score(tokens: readonly Token[]): HeadScores {
    const best = new Float64Array(this.headCount).fill(-1);
    const scores = new Float64Array(this.headCount);
    const text = this.extractor.prepare(tokens);
    const windows = tokens.length <= windowWords ? [0] : windowStarts(tokens.length);
    for (const from of windows) {
      this.scoreWindow(text, from, Math.min(tokens.length, from + windowWords), scores);
      if (scores[0]! > best[0]!) best.set(scores);
    }
    return Object.fromEntries(this.file.heads.map((name, h) => [name, Math.max(0, best[h]!)])) as HeadScores;
  }
}

/** Where the windows of a long message start: every `windowStride` words, the last one reaching its end. */
export function windowStarts(length: number): number[] {
  const starts: number[] = [];
  for (let from = 0; from < length; from += windowStride) {
    starts.push(from);
    if (from + windowWords >= length) break;
  }
  return starts;
}

export const modelPaths = {
  file: new URL('../model/model.json', import.meta.url),
  weights: new URL('../model/weights.bin', import.meta.url),
};

/** The committed model, read once at start. */
export function loadModel(tagger: ConceptTagger, paths = modelPaths): LinearModel {
  const file = modelFileSchema.parse(JSON.parse(readFileSync(paths.file, 'utf8')));
  const bytes = readFileSync(paths.weights);
  return new LinearModel(file, new Int8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), tagger);
}
