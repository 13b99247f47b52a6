// The questionnaires, scored as published: PHQ-9 / PHQ-2, GAD-7 / GAD-2, and the ASQ suicide-risk screen.
import { describe, expect, it } from 'vitest';
import { asqResult, isAsq5Acute, isAsqScreenComplete, needsAsq5 } from '../../dialogs/screening/asq.js';
import {
  gad2Total,
  gad7Severity,
  isGad2Positive,
  isPhq2Positive,
  isPhq9Item9Positive,
  phq2Total,
  phq9Severity,
  scoreGad,
  scorePhq,
} from '../../dialogs/screening/instruments.js';
import type { Answers } from '../../dialogs/types.js';

/** Item answers with the given scores, in order from item 1. */
const items = (prefix: 'phq' | 'gad', scores: readonly number[]): Answers =>
  Object.fromEntries(scores.map((score, i) => [`${prefix}${i + 1}`, score]));

describe('PHQ-9 severity, at the published cut-offs 5 / 10 / 15 / 20', () => {
  it.each([
    [0, 'minimal'],
    [4, 'minimal'],
    [5, 'mild'],
    [9, 'mild'],
    [10, 'moderate'],
    [14, 'moderate'],
    [15, 'moderately-severe'],
    [19, 'moderately-severe'],
    [20, 'severe'],
    [27, 'severe'],
  ])('a total of %i is %s', (total, severity) => {
    expect(phq9Severity(total)).toBe(severity);
  });
});

describe('GAD-7 severity, at the published cut-offs 5 / 10 / 15', () => {
  it.each([
    [0, 'minimal'],
    [4, 'minimal'],
    [5, 'mild'],
    [9, 'mild'],
    [10, 'moderate'],
    [14, 'moderate'],
    [15, 'severe'],
    [21, 'severe'],
  ])('a total of %i is %s', (total, severity) => {
    expect(gad7Severity(total)).toBe(severity);
  });
});

describe('PHQ-2 and GAD-2: positive at 3 or more', () => {
  it.each([
    [[0, 0], false],
    [[1, 1], false],
    [[2, 0], false],
    [[2, 1], true],
    [[0, 3], true],
    [[3, 3], true],
  ])('items %j', (scores, positive) => {
    expect(isPhq2Positive(items('phq', scores))).toBe(positive);
    expect(isGad2Positive(items('gad', scores))).toBe(positive);
  });

  it('is not positive while an item is unanswered', () => {
    expect(phq2Total({ phq1: 3 })).toBeUndefined();
    expect(isPhq2Positive({ phq1: 3 })).toBe(false);
    expect(gad2Total({ gad2: 3 })).toBeUndefined();
    expect(isGad2Positive({ gad2: 3 })).toBe(false);
  });

  it('reads only the first two items', () => {
    expect(phq2Total(items('phq', [1, 1, 3, 3]))).toBe(2);
    expect(gad2Total(items('gad', [0, 2, 3]))).toBe(2);
  });
});

describe('scoring the PHQ', () => {
  it('nothing to score before the first two items', () => {
    expect(scorePhq({})).toBeUndefined();
    expect(scorePhq({ phq1: 2 })).toBeUndefined();
  });

  it('the PHQ-2 form while items 3–9 are not all answered', () => {
    expect(scorePhq(items('phq', [1, 1]))).toEqual({
      form: 'phq-2',
      items: { phq1: 1, phq2: 1 },
      total: 2,
      positive: false,
    });
    const partial = scorePhq(items('phq', [2, 2, 3, 3, 3, 3, 3, 3]));
    expect(partial).toMatchObject({ form: 'phq-2', total: 4, positive: true });
    expect(partial?.severity).toBeUndefined();
    expect(Object.keys(partial?.items ?? {})).toHaveLength(8);
  });

  it('the PHQ-9 form, total and severity once all nine are answered', () => {
    expect(scorePhq(items('phq', [2, 1, 3, 0, 1, 1, 2, 0, 0]))).toEqual({
      form: 'phq-9',
      items: { phq1: 2, phq2: 1, phq3: 3, phq4: 0, phq5: 1, phq6: 1, phq7: 2, phq8: 0, phq9: 0 },
      total: 10,
      severity: 'moderate',
    });
    expect(scorePhq(items('phq', [3, 3, 3, 3, 3, 3, 3, 3, 3]))).toMatchObject({ total: 27, severity: 'severe' });
    expect(scorePhq(items('phq', [1, 1, 1, 1, 0, 0, 0, 0, 0]))).toMatchObject({ total: 4, severity: 'minimal' });
  });

  it('ignores answers that are not scores', () => {
    expect(scorePhq({ phq1: '2', phq2: 1 })).toBeUndefined();
  });
});

describe('scoring the GAD', () => {
  it('the GAD-2 form while items 3–7 are not all answered', () => {
    expect(scoreGad(items('gad', [2, 1, 2]))).toMatchObject({ form: 'gad-2', total: 3, positive: true });
    expect(scoreGad(items('gad', [1, 1]))).toMatchObject({ form: 'gad-2', total: 2, positive: false });
  });

  it('the GAD-7 form, total and severity once all seven are answered', () => {
    expect(scoreGad(items('gad', [3, 3, 2, 3, 1, 0, 1]))).toEqual({
      form: 'gad-7',
      items: { gad1: 3, gad2: 3, gad3: 2, gad4: 3, gad5: 1, gad6: 0, gad7: 1 },
      total: 13,
      severity: 'moderate',
    });
    expect(scoreGad(items('gad', [3, 3, 3, 3, 3, 0, 0]))).toMatchObject({ total: 15, severity: 'severe' });
  });
});

describe('PHQ-9 item 9 (thoughts of being better off dead or of self-harm)', () => {
  it.each([
    [undefined, false],
    [0, false],
    [1, true],
    [2, true],
    [3, true],
  ])('answered %s: goes to the safety screen = %s', (score, positive) => {
    expect(isPhq9Item9Positive(score === undefined ? {} : { phq9: score })).toBe(positive);
  });
});

describe('the ASQ', () => {
  const allNo: Answers = { asq1: 'no', asq2: 'no', asq3: 'no', asq4: 'no' };

  it('all no is a negative screen, with no Q5', () => {
    expect(isAsqScreenComplete(allNo)).toBe(true);
    expect(needsAsq5(allNo)).toBe(false);
    expect(asqResult(allNo)).toBe('negative');
  });

  it.each(['asq1', 'asq2', 'asq3', 'asq4'])('a yes or a declined answer to %s asks Q5', (item) => {
    for (const answer of ['yes', 'prefer-not']) {
      const answers = { ...allNo, [item]: answer };
      expect(needsAsq5(answers), `${item}=${answer}`).toBe(true);
      expect(asqResult(answers), `${item}=${answer} before Q5`).toBeUndefined();
    }
  });

  it.each([
    ['yes', 'acute'],
    ['prefer-not', 'acute'],
    ['no', 'non-acute'],
  ])('a positive screen with Q5 %s is %s', (q5, result) => {
    expect(asqResult({ ...allNo, asq2: 'yes', asq5: q5 })).toBe(result);
    expect(asqResult({ ...allNo, asq4: 'prefer-not', asq5: q5 })).toBe(result);
  });

  it('has no result while Q1–Q4 are incomplete', () => {
    expect(asqResult({})).toBeUndefined();
    expect(asqResult({ asq1: 'no', asq2: 'no', asq3: 'no' })).toBeUndefined();
    expect(asqResult({ asq1: 'yes', asq5: 'no' })).toBeUndefined();
    expect(isAsqScreenComplete({ asq1: 'no', asq2: 'no', asq4: 'no' })).toBe(false);
  });

  it('Q5 alone can say the risk is acute (asked first in the crisis branch)', () => {
    expect(asqResult({ asq1: 'yes', asq5: 'yes' })).toBe('acute');
    expect(asqResult({ asq5: 'prefer-not' })).toBe('acute');
    expect(isAsq5Acute({ asq5: 'yes' })).toBe(true);
    expect(isAsq5Acute({ asq5: 'prefer-not' })).toBe(true);
    expect(isAsq5Acute({ asq5: 'no' })).toBe(false);
    expect(isAsq5Acute({})).toBe(false);
  });

  // Q5 yes is acute (CRISIS.md), whenever it was asked.
  it('Q5 answered yes in the crisis branch keeps the result acute even when Q1–Q4 are later all no', () => {
    expect(asqResult({ ...allNo, asq5: 'yes' })).toBe('acute');
    expect(asqResult({ ...allNo, asq5: 'prefer-not' })).toBe('acute');
  });

  it('all no, with a Q5 of no from the crisis branch, is negative', () => {
    expect(asqResult({ ...allNo, asq5: 'no' })).toBe('negative');
  });
});
