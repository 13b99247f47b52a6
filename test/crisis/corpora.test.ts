// Figures on whole corpora: the shared corpus stays perfect; our harder and long benign corpora stay above floors.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type Corpus, loadCorpus } from '../../src/crisis/corpus.js';
import { clip, describeKinds } from '../../src/crisis/eval/report.js';
import { evaluate, stats } from '../../src/crisis/eval/score.js';
import { riskKinds } from '../../src/crisis/types.js';

const load = (path: string, name: string) => loadCorpus(fileURLToPath(new URL(path, import.meta.url)), name);
const shared = load('./corpora/shared.json', 'shared');
const harder = load('./corpora/harder.json', 'harder');
const benignLong = load('./corpora/benign-long.json', 'benign-long');
const unseen = load('./corpora/unseen.json', 'unseen');
const unseen2 = load('./corpora/unseen-2.json', 'unseen-2');
const unseen3 = load('./corpora/unseen-3.json', 'unseen-3');
const unseen4 = load('./corpora/unseen-4.json', 'unseen-4');
const unseen5 = load('./corpora/unseen-5.json', 'unseen-5');

/**
 * Floors: what the detector achieves on these corpora, minus a small margin (figures, not targets). False alarms
 * count confident hits and gentle check-ins alike, as the evaluation does.
 */
const minRecall = 0.98;
const maxFalseAlarmRate = 0.03;

function figures(corpus: Corpus) {
  const evaluation = evaluate([corpus]);
  const s = stats(evaluation.cases, evaluation.benign);
  const misses = evaluation.cases
    .filter((c) => !c.recalled)
    .map(
      (c) =>
        `${c.language} ${c.expected.kind}/${c.expected.min} got ${describeKinds(c.detected)}: ${clip(c.expected.text)}`,
    );
  const alarms = evaluation.benign
    .filter((b) => b.confident || b.checkedIn)
    .map((b) => `${b.language} ${b.checkedIn ? 'check-in' : b.rules.join(' ')}: ${clip(b.text)}`);
  return {
    recall: s.cases === 0 ? 1 : s.recalled / s.cases,
    falseAlarmRate: s.benign === 0 ? 0 : s.alarms / s.benign,
    misses,
    alarms,
  };
}

const allCases = (corpus: Corpus) => [...corpus.languages.values()].flatMap((l) => l.crisis);
const allBenign = (corpus: Corpus) => [...corpus.languages.values()].flatMap((l) => l.benign);

describe('shared corpus', () => {
  it('has 100% recall and no false alarms', () => {
    const f = figures(shared);
    expect(f.misses, 'misses').toEqual([]);
    expect(f.alarms, 'false alarms').toEqual([]);
  });
});

describe('harder corpus', () => {
  it(`has recall >= ${minRecall}`, () => {
    const f = figures(harder);
    expect(f.recall, `recall ${f.recall.toFixed(3)}; misses:\n${f.misses.join('\n')}`).toBeGreaterThanOrEqual(
      minRecall,
    );
  });

  it('has at least 120 crisis cases, in English and Spanish, of every kind and level', () => {
    const cases = allCases(harder);
    expect(cases.length).toBeGreaterThanOrEqual(120);
    for (const language of ['en', 'es']) expect(harder.languages.get(language)?.crisis.length).toBeGreaterThan(20);
    for (const kind of riskKinds) expect(cases.filter((c) => c.kind === kind).length).toBeGreaterThanOrEqual(5);
    expect(cases.some((c) => c.min === 'emergency')).toBe(true);
    expect(cases.filter((c) => c.text.length >= 2000).length).toBeGreaterThanOrEqual(8);
  });
});

describe('long benign corpus', () => {
  it(`has a false-alarm rate <= ${maxFalseAlarmRate}`, () => {
    const f = figures(benignLong);
    expect(
      f.falseAlarmRate,
      `false-alarm rate ${f.falseAlarmRate.toFixed(3)}; alarms:\n${f.alarms.join('\n')}`,
    ).toBeLessThanOrEqual(maxFalseAlarmRate);
  });

  it('has at least 40 texts, many of them 0.5-5 KB', () => {
    const texts = allBenign(benignLong);
    expect(texts.length).toBeGreaterThanOrEqual(40);
    expect(texts.filter((t) => t.length >= 500 && t.length <= 5000).length).toBeGreaterThanOrEqual(20);
  });
});

/** Earlier held-out batches, since used to find categories of misses: looser floors than the tuned corpora. */
const batchMinRecall = 0.9;
const batchMaxFalseAlarmRate = 0.05;

describe.each([
  ['unseen', unseen],
  ['unseen-2', unseen2],
])('former held-out batch %s', (_name, corpus) => {
  it(`has recall >= ${batchMinRecall} and a false-alarm rate <= ${batchMaxFalseAlarmRate}`, () => {
    const f = figures(corpus);
    expect(f.recall, `recall ${f.recall.toFixed(3)}; misses:\n${f.misses.join('\n')}`).toBeGreaterThanOrEqual(
      batchMinRecall,
    );
    expect(
      f.falseAlarmRate,
      `false-alarm rate ${f.falseAlarmRate.toFixed(3)}; alarms:\n${f.alarms.join('\n')}`,
    ).toBeLessThanOrEqual(batchMaxFalseAlarmRate);
  });
});

describe('our corpora', () => {
  it('copy no sentence of the shared corpus', () => {
    const sharedTexts = new Set(
      [...allCases(shared).map((c) => c.text), ...allBenign(shared)].map((t) => t.toLowerCase()),
    );
    const ours = [harder, benignLong, unseen, unseen2, unseen3, unseen4, unseen5].flatMap((c) => [
      ...allCases(c).map((x) => x.text),
      ...allBenign(c),
    ]);
    expect(ours.filter((t) => sharedTexts.has(t.toLowerCase()))).toEqual([]);
  });

  it('include a held-out batch (never tuned on: a measure for the eval script, no floor)', () => {
    expect(allCases(unseen3).length).toBeGreaterThanOrEqual(30);
    expect(allBenign(unseen3).length).toBeGreaterThanOrEqual(20);
    expect(allCases(unseen4).length).toBeGreaterThanOrEqual(30);
    expect(allBenign(unseen4).length).toBeGreaterThanOrEqual(30);
    expect(allCases(unseen5).length).toBeGreaterThanOrEqual(50);
    expect(allBenign(unseen5).length).toBeGreaterThanOrEqual(30);
  });
});
