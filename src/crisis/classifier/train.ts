// Trains the learned tier: logistic heads over hashed features, by AdaGrad with a fixed seed (the same corpus
// always gives the same weights), thresholds per kind and language from out-of-fold scores (5-fold), int8 weights.
import { languagePacks } from '../languages/index.js';
import { tokenize } from '../normalize.js';
import { type RiskKind, riskKinds } from '../types.js';
import { ConceptTagger } from './concepts.js';
import { defaultSpace, FeatureExtractor, type FeatureSpace, type PreparedText } from './features.js';
import { type HeadName, headNames, likeliestKind, type ModelFile, windowStarts, windowWords } from './model.js';
import type { Example, TrainingData } from './training-data.js';

export interface TrainConfig {
  space: FeatureSpace;
  seed: number;
  epochs: number;
  learningRate: number;
  l2: number;
  folds: number;
  /** Share of a language's harmless training messages the model may flag: confident hits, and check-ins. */
  confidentFalseAlarms: number;
  checkInFalseAlarms: number;
  /** Floors, so that a kind with few harmless look-alikes still needs a clear signal. */
  minConfident: number;
  minCheckIn: number;
}

export const defaultConfig: TrainConfig = {
  space: defaultSpace,
  seed: 20261202,
  epochs: 12,
  learningRate: 0.4,
  l2: 1e-6,
  folds: 5,
  confidentFalseAlarms: 0.01,
  checkInFalseAlarms: 0.05,
  minConfident: 0.5,
  minCheckIn: 0.2,
};

/** mulberry32: a small deterministic generator; Math.random would make every training run differ. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Encoded {
  features: Uint32Array;
  norm: number;
  /** Per head: 1, 0, or -1 when the example says nothing about it. */
  labels: Int8Array;
  weights: Float64Array;
  example: Example;
  /**
   * For training only (a window of a long message, or the product's own vocabulary): figures and thresholds count
   * whole written messages, so that thousands of one-word answers do not widen the false-alarm budget.
   */
  window: boolean;
}

const H = headNames.length;
const riskHead = headNames.indexOf('risk');
const kindHead = (kind: RiskKind) => headNames.indexOf(kind);

/**
 * Labels per head: `risk` on every message; the kind heads (one against the others) and the attribute heads only on
 * risky ones, which is all they are asked about. Rare answers weigh more, so every head learns its rare side.
 */
function labelsOf(example: Example, counts: HeadCounts): { labels: Int8Array; weights: Float64Array } {
  const labels = new Int8Array(H).fill(-1);
  const weights = new Float64Array(H);
  const set = (h: number, yes: boolean) => {
    labels[h] = yes ? 1 : 0;
    weights[h] = yes ? Math.min(10, Math.max(1, counts.negative[h]! / Math.max(1, counts.positive[h]!))) : 1;
  };
  set(riskHead, example.kind !== null);
  if (example.kind !== null) {
    for (const kind of riskKinds) set(kindHead(kind), example.kind === kind);
    set(headNames.indexOf('emergency'), example.level === 'emergency');
    set(headNames.indexOf('someone-else'), example.subject === 'someone-else');
    set(headNames.indexOf('minor'), example.minor);
  }
  return { labels, weights };
}

interface HeadCounts {
  positive: Float64Array;
  negative: Float64Array;
}

function countHeads(examples: readonly Example[]): HeadCounts {
  const positive = new Float64Array(H);
  const negative = new Float64Array(H);
  const count = (h: number, yes: boolean) => {
    if (yes) positive[h]! += 1;
    else negative[h]! += 1;
  };
  for (const e of examples) {
    count(riskHead, e.kind !== null);
    if (e.kind === null) continue;
    for (const kind of riskKinds) count(kindHead(kind), e.kind === kind);
    count(headNames.indexOf('emergency'), e.level === 'emergency');
    count(headNames.indexOf('someone-else'), e.subject === 'someone-else');
    count(headNames.indexOf('minor'), e.minor);
  }
  return { positive, negative };
}

/**
 * One encoded example per message; a long harmless message also gives one per window, as the model reads long
 * messages at run time (a long risky message does not: which of its windows holds the risk is not known).
 */
function encode(examples: readonly Example[], config: TrainConfig, tagger: ConceptTagger): Encoded[] {
  const counts = countHeads(examples);
  const extractor = new FeatureExtractor(config.space, tagger);
  const encoded: Encoded[] = [];
  const add = (example: Example, text: PreparedText, from: number, to: number, window: boolean) => {
    const found: number[] = [];
    extractor.window(text, from, to, (bucket) => found.push(bucket));
    const features = Uint32Array.from(found);
    encoded.push({
      features,
      norm: features.length > 0 ? 1 / Math.sqrt(features.length) : 0,
      ...labelsOf(example, counts),
      example,
      window,
    });
  };
  for (const example of examples) {
    const tokens = tokenize(example.text);
    const text = extractor.prepare(tokens);
    add(example, text, 0, tokens.length, example.source === 'locales');
    if (example.kind === null && tokens.length > windowWords) {
      for (const from of windowStarts(tokens.length)) {
        add(example, text, from, Math.min(tokens.length, from + windowWords), true);
      }
    }
  }
  return encoded;
}

interface Trained {
  weights: Float64Array;
  bias: Float64Array;
}

function fitModel(data: readonly Encoded[], config: TrainConfig): Trained {
  const buckets = 1 << config.space.bits;
  const weights = new Float64Array(buckets * H);
  const squared = new Float64Array(buckets * H);
  const bias = new Float64Array(H);
  const biasSquared = new Float64Array(H);
  const random = generator(config.seed);
  const order = data.map((_, i) => i);
  const z = new Float64Array(H);
  for (let epoch = 0; epoch < config.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const index of order) {
      const { features, norm, labels, weights: exampleWeights } = data[index]!;
      z.set(bias);
      for (const f of features) {
        const base = f * H;
        for (let h = 0; h < H; h++) z[h]! += weights[base + h]! * norm;
      }
      for (let h = 0; h < H; h++) {
        if (labels[h] === -1) {
          z[h] = 0;
          continue;
        }
        const p = 1 / (1 + Math.exp(-z[h]!));
        z[h] = exampleWeights[h]! * (p - labels[h]!);
      }
      for (let h = 0; h < H; h++) {
        if (labels[h] === -1) continue;
        biasSquared[h]! += z[h]! * z[h]!;
        bias[h]! -= (config.learningRate * z[h]!) / Math.sqrt(biasSquared[h]! + 1e-8);
      }
      for (const f of features) {
        const base = f * H;
        for (let h = 0; h < H; h++) {
          if (labels[h] === -1) continue;
          const at = base + h;
          const gradient = z[h]! * norm + config.l2 * weights[at]!;
          squared[at]! += gradient * gradient;
          weights[at]! -= (config.learningRate * gradient) / Math.sqrt(squared[at]! + 1e-8);
        }
      }
    }
  }
  return { weights, bias };
}

function predict(model: Trained, item: Encoded): Float64Array {
  const out = new Float64Array(H);
  out.set(model.bias);
  for (const f of item.features) {
    const base = f * H;
    for (let h = 0; h < H; h++) out[h]! += model.weights[base + h]! * item.norm;
  }
  for (let h = 0; h < H; h++) out[h] = 1 / (1 + Math.exp(-out[h]!));
  return out;
}

/** A stable fold for a text, so that the same message always lands in the same fold. */
function foldOf(text: string, folds: number): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return (h >>> 0) % folds;
}

/** Scores of every example from a model that did not see it. */
export function outOfFold(data: readonly Encoded[], config: TrainConfig): Float64Array[] {
  const scores: Float64Array[] = new Array(data.length);
  for (let fold = 0; fold < config.folds; fold++) {
    const model = fitModel(
      data.filter((d) => foldOf(d.example.text, config.folds) !== fold),
      config,
    );
    data.forEach((d, i) => {
      if (foldOf(d.example.text, config.folds) === fold) scores[i] = predict(model, d);
    });
  }
  return scores;
}

/** The most likely kind of an out-of-fold score row. */
export const likeliestKindOf = (row: ArrayLike<number>) => likeliestKind((kind) => row[kindHead(kind)]!);

/**
 * Per most likely kind, the `risk` score from which a message is flagged, chosen greedily on out-of-fold scores:
 * the harmless messages allowed to be flagged (`share` of them) go to the kinds where each buys the most risky
 * messages found. Then each kind's threshold sits just above its first harmless message not allowed.
 */
function allocate(
  items: readonly { risk: number; kind: RiskKind; risky: boolean }[],
  share: number,
  floor: number,
): Record<RiskKind, number> {
  const benignCount = items.filter((i) => !i.risky).length;
  let allowed = Math.floor(benignCount * share);
  const byKind = new Map(
    riskKinds.map((kind) => [
      kind,
      items.filter((i) => i.kind === kind && i.risk >= floor).sort((a, b) => b.risk - a.risk),
    ]),
  );
  // Per kind: how far down its sorted list the threshold has come.
  const reached = new Map<RiskKind, number>(riskKinds.map((kind) => [kind, 0]));
  const nextBenign = (kind: RiskKind) => {
    const list = byKind.get(kind)!;
    let i = reached.get(kind)!;
    let gained = 0;
    while (i < list.length && list[i]!.risky) {
      gained += 1;
      i += 1;
    }
    return { index: i, gained, exists: i < list.length };
  };
  // Risky messages bought by admitting the next m harmless ones of a kind (looking a few ahead, so that one harmless
  // message sitting just above many risky ones does not stop the allocation).
  const gainOf = (kind: RiskKind, m: number) => {
    const list = byKind.get(kind)!;
    let i = reached.get(kind)!;
    let gained = 0;
    let admitted = 0;
    while (i < list.length) {
      if (list[i]!.risky) gained += 1;
      else if (admitted === m) break;
      else admitted += 1;
      i += 1;
    }
    return { gained, admitted };
  };
  while (allowed > 0) {
    let best: { kind: RiskKind; m: number; ratio: number } | undefined;
    for (const kind of riskKinds) {
      for (let m = 1; m <= Math.min(4, allowed); m++) {
        const { gained, admitted } = gainOf(kind, m);
        if (admitted < m) break;
        const ratio = gained / m;
        if (gained > 0 && (!best || ratio > best.ratio)) best = { kind, m, ratio };
      }
    }
    if (!best) break;
    // Move past the m harmless messages admitted (the risky ones between them come along).
    const list = byKind.get(best.kind)!;
    let i = reached.get(best.kind)!;
    let admitted = 0;
    while (i < list.length && admitted < best.m) {
      if (!list[i]!.risky) admitted += 1;
      i += 1;
    }
    reached.set(best.kind, i);
    allowed -= best.m;
  }
  const thresholds = {} as Record<RiskKind, number>;
  for (const kind of riskKinds) {
    const stop = byKind.get(kind)![nextBenign(kind).index];
    thresholds[kind] = Math.min(0.999, Math.max(floor, stop ? stop.risk + 1e-6 : floor));
  }
  return thresholds;
}

/** The lowest score above which at least `precision` of risky messages really have the attribute. */
function attributeThreshold(scores: readonly number[], truth: readonly boolean[], precision: number): number {
  const pairs = scores.map((s, i) => [s, truth[i]] as const).sort((a, b) => b[0] - a[0]);
  let yes = 0;
  let best = 0.5;
  pairs.forEach(([score, value], i) => {
    if (value) yes += 1;
    if (i >= 10 && yes / (i + 1) >= precision) best = score;
  });
  return Math.max(0.3, best);
}

function chooseThresholds(data: readonly Encoded[], oof: readonly Float64Array[], config: TrainConfig) {
  const languages = [...new Set(data.map((d) => d.example.language))].sort();
  const thresholds: ModelFile['thresholds'] = {};
  for (const language of languages) {
    const items = data.flatMap((d, i) =>
      d.example.language === language && !d.window
        ? [{ risk: oof[i]![riskHead]!, kind: likeliestKindOf(oof[i]!), risky: d.example.kind !== null }]
        : [],
    );
    const confident = allocate(items, config.confidentFalseAlarms, config.minConfident);
    const checkIn = allocate(items, config.checkInFalseAlarms, config.minCheckIn);
    thresholds[language] = Object.fromEntries(
      riskKinds.map((kind) => [
        kind,
        { confident: confident[kind], checkIn: Math.min(confident[kind], checkIn[kind]) },
      ]),
    ) as ModelFile['thresholds'][string];
  }
  const risky = data.map((d, i) => [d, oof[i]!] as const).filter(([d]) => d.example.kind !== null && !d.window);
  const attribute = (name: HeadName, truth: (e: Example) => boolean, precision: number) =>
    attributeThreshold(
      risky.map(([, s]) => s[headNames.indexOf(name)]!),
      risky.map(([d]) => truth(d.example)),
      precision,
    );
  return {
    thresholds,
    attributeThresholds: {
      emergency: attribute('emergency', (e) => e.level === 'emergency', 0.9),
      'someone-else': attribute('someone-else', (e) => e.subject === 'someone-else', 0.85),
      minor: attribute('minor', (e) => e.minor, 0.85),
    },
  };
}

/** Weights as int8 per head, with a scale each: a quarter of the size, and the scores barely move. */
function quantize(model: Trained, bits: number): { weights: Int8Array; scales: number[] } {
  const buckets = 1 << bits;
  const scales: number[] = [];
  for (let h = 0; h < H; h++) {
    let max = 0;
    for (let f = 0; f < buckets; f++) max = Math.max(max, Math.abs(model.weights[f * H + h]!));
    scales.push(max > 0 ? max / 127 : 1);
  }
  const weights = new Int8Array(buckets * H);
  for (let f = 0; f < buckets; f++) {
    for (let h = 0; h < H; h++) weights[f * H + h] = Math.round(model.weights[f * H + h]! / scales[h]!);
  }
  return { weights, scales };
}

export interface TrainingResult {
  file: ModelFile;
  weights: Int8Array;
  /** Out-of-fold scores per whole message, for the training report. */
  outOfFold: Float64Array[];
  examples: Example[];
}

export function train(data: TrainingData, config: TrainConfig = defaultConfig): TrainingResult {
  const tagger = new ConceptTagger(languagePacks);
  const encoded = encode(data.examples, config, tagger);
  const oof = outOfFold(encoded, config);
  const { thresholds, attributeThresholds } = chooseThresholds(encoded, oof, config);
  const final = fitModel(encoded, config);
  const { weights, scales } = quantize(final, config.space.bits);
  const file: ModelFile = {
    version: 1,
    space: config.space,
    heads: [...headNames],
    scales,
    bias: [...final.bias],
    thresholds,
    attributeThresholds,
    training: {
      fingerprint: data.fingerprint,
      concepts: tagger.fingerprint,
      seed: config.seed,
      examples: data.examples.length,
      config: { ...config, space: undefined },
    },
  };
  const whole = encoded.flatMap((d, i) => (d.window ? [] : [i]));
  return { file, weights, outOfFold: whole.map((i) => oof[i]!), examples: whole.map((i) => encoded[i]!.example) };
}
