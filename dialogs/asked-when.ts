// When a field is asked, read from its definition: what the steps declare and the FHIR Questionnaire's enableWhen says.
import type { IntakeOptions } from './intake-options.js';
import type { AnswerCondition, Answers, AskedWhen, FieldDefinition } from './types.js';

/** Asked when any of these fields was answered yes, or the person preferred not to say (the screens count that as yes). */
export const yesOrDeclined = (fields: readonly string[]): AskedWhen => ({
  anyOf: fields.flatMap((field): AnswerCondition[] => [
    { field, is: 'yes' },
    { field, is: 'prefer-not' },
  ]),
});

/** Asked when that field's answer is this code. */
export const whenAnswer = (field: string, is: string): AskedWhen => ({ anyOf: [{ field, is }] });

/** The countries (codes) for which the practice lists regions, in the order of its service areas. */
export const countriesWithRegions = (options: Pick<IntakeOptions, 'serviceAreas'>): string[] =>
  options.serviceAreas.filter((area) => area.regions.length > 0).map((area) => area.country);

/** Whether a condition holds for these answers (no condition always holds). */
export function holds(
  condition: AskedWhen | undefined,
  answers: Answers,
  options: Pick<IntakeOptions, 'serviceAreas'>,
): boolean {
  if (condition === undefined) return true;
  if ('anyOf' in condition) return condition.anyOf.some(({ field, is }) => answers[field] === is);
  if ('answered' in condition) return answers[condition.answered] !== undefined;
  if ('regionsFor' in condition) {
    return countriesWithRegions(options).some((country) => country === answers[condition.regionsFor]);
  }
  let total = 0;
  for (const item of condition.scoreOf) {
    const score = answers[item];
    if (typeof score !== 'number') return false;
    total += score;
  }
  return total >= condition.atLeast;
}

/** Whether the field is asked, given the answers so far. */
export const isAsked = (field: FieldDefinition, answers: Answers, options: Pick<IntakeOptions, 'serviceAreas'>) =>
  holds(field.askedWhen, answers, options);
