// The suicide screen the practice chose (ASQ by default, or the C-SSRS screener), behind one result.
import type { Answers } from '../types.js';
import { type AsqResult, asqResult } from './asq.js';
import { cssrsRisk } from './cssrs.js';

export type ScreeningInstrument = 'asq' | 'c-ssrs-screener';
export type ScreenResult = AsqResult;

/** The record's result: acute (imminent), non-acute (positive), negative; undefined while incomplete. */
export function screenResult(answers: Answers, instrument: ScreeningInstrument): ScreenResult | undefined {
  if (instrument === 'asq') return asqResult(answers);
  const risk = cssrsRisk(answers);
  if (risk === undefined) return undefined;
  if (risk === 'high') return 'acute';
  return risk === 'none' ? 'negative' : 'non-acute';
}

/** C-SSRS low risk (a wish to be dead, thoughts without a method) is a concern, not an urgent follow-up. */
export function isLowRiskOnly(answers: Answers, instrument: ScreeningInstrument): boolean {
  return instrument === 'c-ssrs-screener' && cssrsRisk(answers) === 'low';
}
