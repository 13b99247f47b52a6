// The C-SSRS screener (Columbia Protocol, screen version): items, when each is asked, and its risk rule (CRISIS.md).
// Free for clinical use; electronic implementations are licensed separately by the Columbia Lighthouse Project,
// so it ships disabled (practice setting `screeningInstrument`), and a practice enables it once licensed.
import type { Answers } from '../types.js';

export const cssrsItemIds = ['cssrs1', 'cssrs2', 'cssrs3', 'cssrs4', 'cssrs5', 'cssrs6', 'cssrs6Recent'] as const;

/** As with the ASQ, a declined item counts as yes. */
const isYes = (answers: Answers, id: string) => answers[id] === 'yes' || answers[id] === 'prefer-not';

/** Q3–Q5 (method, intent, plan) are asked only after active thoughts (Q2). */
export const needsCssrsIdeationDetail = (answers: Answers) => isYes(answers, 'cssrs2');
/** "Within the past 3 months?" follows a yes to behaviour ever (Q6). */
export const needsCssrsRecency = (answers: Answers) => isYes(answers, 'cssrs6');

export function isCssrsComplete(answers: Answers): boolean {
  const asked = ['cssrs1', 'cssrs2', 'cssrs6'];
  if (needsCssrsIdeationDetail(answers)) asked.push('cssrs3', 'cssrs4', 'cssrs5');
  if (needsCssrsRecency(answers)) asked.push('cssrs6Recent');
  return asked.every((id) => answers[id] !== undefined);
}

export type CssrsRisk = 'none' | 'low' | 'moderate' | 'high';

/**
 * High: intent (Q4) or a plan with intent (Q5), or behaviour in the past 3 months. Moderate: thoughts of a method
 * (Q3) or behaviour longer ago. Low: a wish to be dead or thoughts (Q1/Q2) only.
 */
export function cssrsRisk(answers: Answers): CssrsRisk | undefined {
  if (isYes(answers, 'cssrs4') || isYes(answers, 'cssrs5') || isYes(answers, 'cssrs6Recent')) return 'high';
  if (!isCssrsComplete(answers)) return undefined;
  if (isYes(answers, 'cssrs3') || isYes(answers, 'cssrs6')) return 'moderate';
  if (isYes(answers, 'cssrs1') || isYes(answers, 'cssrs2')) return 'low';
  return 'none';
}
