// PHQ-9 and GAD-7: item ids, when the full scale is asked, and scoring with the published cut-offs.
import type { Answers } from '../types.js';

export const phqItemIds = ['phq1', 'phq2', 'phq3', 'phq4', 'phq5', 'phq6', 'phq7', 'phq8', 'phq9'] as const;
export const gadItemIds = ['gad1', 'gad2', 'gad3', 'gad4', 'gad5', 'gad6', 'gad7'] as const;

/** PHQ-2 and GAD-2 screen positive at a score of 3 or more (Kroenke 2003; Kroenke 2007). */
export const shortFormPositiveAt = 3;

export type PhqSeverity = 'minimal' | 'mild' | 'moderate' | 'moderately-severe' | 'severe';
export type GadSeverity = 'minimal' | 'mild' | 'moderate' | 'severe';

/** PHQ-9 bands: 5 / 10 / 15 / 20 (Kroenke, Spitzer & Williams 2001). */
export function phq9Severity(total: number): PhqSeverity {
  if (total >= 20) return 'severe';
  if (total >= 15) return 'moderately-severe';
  if (total >= 10) return 'moderate';
  if (total >= 5) return 'mild';
  return 'minimal';
}

/** GAD-7 bands: 5 / 10 / 15 (Spitzer et al. 2006). */
export function gad7Severity(total: number): GadSeverity {
  if (total >= 15) return 'severe';
  if (total >= 10) return 'moderate';
  if (total >= 5) return 'mild';
  return 'minimal';
}

function itemScore(answers: Answers, id: string): number | undefined {
  const value = answers[id];
  return typeof value === 'number' ? value : undefined;
}

function sumOf(answers: Answers, ids: readonly string[]): number | undefined {
  let total = 0;
  for (const id of ids) {
    const score = itemScore(answers, id);
    if (score === undefined) return undefined;
    total += score;
  }
  return total;
}

export const phq2Total = (answers: Answers) => sumOf(answers, phqItemIds.slice(0, 2));
export const gad2Total = (answers: Answers) => sumOf(answers, gadItemIds.slice(0, 2));
export const isPhq2Positive = (answers: Answers) => (phq2Total(answers) ?? 0) >= shortFormPositiveAt;
export const isGad2Positive = (answers: Answers) => (gad2Total(answers) ?? 0) >= shortFormPositiveAt;

/** PHQ-9 item 9 (thoughts of being better off dead or of self-harm) above 0 sends the person to the safety screen. */
export const isPhq9Item9Positive = (answers: Answers) => (itemScore(answers, 'phq9') ?? 0) > 0;

export interface ScaleScore<Severity extends string> {
  items: Record<string, number>;
  total: number;
  /** `phq-2`/`gad-2` when only the short form was asked. */
  form: 'phq-9' | 'phq-2' | 'gad-7' | 'gad-2';
  severity?: Severity;
  /** Short form only: at or above the screening cut-off of 3. */
  positive?: boolean;
}

function collectItems(answers: Answers, ids: readonly string[]): Record<string, number> {
  const items: Record<string, number> = {};
  for (const id of ids) {
    const score = itemScore(answers, id);
    if (score !== undefined) items[id] = score;
  }
  return items;
}

export function scorePhq(answers: Answers): ScaleScore<PhqSeverity> | undefined {
  const full = sumOf(answers, phqItemIds);
  if (full !== undefined) {
    return { items: collectItems(answers, phqItemIds), total: full, form: 'phq-9', severity: phq9Severity(full) };
  }
  const short = phq2Total(answers);
  if (short === undefined) return undefined;
  return {
    items: collectItems(answers, phqItemIds),
    total: short,
    form: 'phq-2',
    positive: short >= shortFormPositiveAt,
  };
}

export function scoreGad(answers: Answers): ScaleScore<GadSeverity> | undefined {
  const full = sumOf(answers, gadItemIds);
  if (full !== undefined) {
    return { items: collectItems(answers, gadItemIds), total: full, form: 'gad-7', severity: gad7Severity(full) };
  }
  const short = gad2Total(answers);
  if (short === undefined) return undefined;
  return {
    items: collectItems(answers, gadItemIds),
    total: short,
    form: 'gad-2',
    positive: short >= shortFormPositiveAt,
  };
}
