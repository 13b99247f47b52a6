// The learned tier's committed model: trained on exactly the committed corpus, reproducible from it bit for bit,
// and read in linear time.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ConceptTagger } from '../../src/crisis/classifier/concepts.js';
import { loadModel, modelPaths } from '../../src/crisis/classifier/model.js';
import { defaultConfig, train } from '../../src/crisis/classifier/train.js';
import { loadTrainingData } from '../../src/crisis/classifier/training-data.js';
import { languagePacks } from '../../src/crisis/languages/index.js';
import { tokenize } from '../../src/crisis/normalize.js';
import { riskKinds } from '../../src/crisis/types.js';
import { growthRatio } from '../helpers/growth.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const model = loadModel(new ConceptTagger(languagePacks));

describe('the committed model', () => {
  it('was trained on the committed training corpus with the committed settings (else: npm run train:crisis)', () => {
    const data = loadTrainingData(root);
    expect(model.file.training.fingerprint, 'the training corpus changed since the model was trained').toBe(
      data.fingerprint,
    );
    expect(model.file.training.examples).toBe(data.examples.length);
    expect(model.file.training.concepts, 'the lexicons’ word sets changed since the model was trained').toBe(
      new ConceptTagger(languagePacks).fingerprint,
    );
    expect(model.file.training.config).toEqual(JSON.parse(JSON.stringify({ ...defaultConfig, space: undefined })));
    expect(model.file.space).toEqual(defaultConfig.space);
  });

  it('has thresholds for every language and kind, the check-in band below the confident one', () => {
    for (const pack of languagePacks) {
      for (const kind of riskKinds) {
        const band = model.file.thresholds[pack.language]?.[kind];
        expect(band, `${pack.language} ${kind}`).toBeDefined();
        expect(band!.checkIn).toBeLessThanOrEqual(band!.confident);
        expect(band!.checkIn).toBeGreaterThanOrEqual(defaultConfig.minCheckIn);
      }
    }
  });

  // Training takes tens of seconds; on a busy machine several times that.
  it('is what training on that corpus gives, bit for bit (fixed seed)', { timeout: 1_200_000 }, () => {
    const result = train(loadTrainingData(root));
    const committed = readFileSync(modelPaths.weights);
    expect(Buffer.from(result.weights.buffer).equals(committed)).toBe(true);
    expect(result.file).toEqual(JSON.parse(readFileSync(modelPaths.file, 'utf8')));
  });

  it('scores longer text in linear time: ten times the text, about ten times the work', () => {
    const sentence = tokenize('the week was long and the meetings ran late again, so I went home tired. ');
    const tokensOf = (n: number) => Array.from({ length: n }, () => sentence).flat();
    const small = tokensOf(100);
    const large = tokensOf(1_000);
    // Linear growth gives 10; quadratic gives 100. The bound leaves room for a busy machine.
    expect(growthRatio((size) => model.score(size === 1 ? small : large), 1, 10, 8)).toBeLessThan(35);
  });
});
