// The ASQ (NIMH Ask Suicide-Screening Questions): when Q5 is asked and what the answers mean (CRISIS.md).
import type { Answers } from '../types.js';

export const asqScreenItems = ['asq1', 'asq2', 'asq3', 'asq4'] as const;
/** Every question of the ASQ as asked: the four screen items, details of a yes to Q4, and Q5. */
export const asqQuestionIds = [...asqScreenItems, 'asq4Details', 'asq5'] as const;
export type AsqResult = 'negative' | 'non-acute' | 'acute';

/** A declined item counts as yes: the screen errs toward asking more. */
const countsAsYes = (value: unknown) => value === 'yes' || value === 'prefer-not';

export const isAsqScreenPositive = (answers: Answers) => asqScreenItems.some((id) => countsAsYes(answers[id]));
export const isAsqScreenComplete = (answers: Answers) => asqScreenItems.every((id) => answers[id] !== undefined);

/** Q5 (thoughts of killing yourself right now) is asked whenever Q1–Q4 has a yes or a declined answer. */
export const needsAsq5 = (answers: Answers) => isAsqScreenPositive(answers);

/** The result once the screen is complete; undefined while items are still missing. */
export function asqResult(answers: Answers): AsqResult | undefined {
  // Thoughts of suicide right now (or declining to say) is acute, however the other items were answered.
  if (countsAsYes(answers.asq5)) return 'acute';
  if (!isAsqScreenComplete(answers)) return undefined;
  if (!isAsqScreenPositive(answers)) return 'negative';
  return answers.asq5 === undefined ? undefined : 'non-acute';
}

/** Q5 alone (asked in the crisis branch after emergency guidance) can already say the risk is acute. */
export const isAsq5Acute = (answers: Answers) => countsAsYes(answers.asq5);
