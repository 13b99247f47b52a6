// The codes each field can take, as types derived from the steps, so `is('consent', 'yes')` is checked by the compiler.
import type { countryCodes } from './steps/about.js';
import type { contactMethodCodes } from './steps/contact.js';
import type { FieldId, FieldOf } from './steps/index.js';
import type { ReviewAction } from './steps/review.js';
import type { DynamicChoices } from './types.js';

/** What a dynamic choice can be; regions and languages come from the practice's settings, so any string. */
interface DynamicChoiceCodes {
  countries: (typeof countryCodes)[number];
  regions: string;
  therapistLanguages: string;
  contactMethods: (typeof contactMethodCodes)[number];
  reviewActions: ReviewAction;
}

/** A scale's answer is its score (a number), and text, email and phone have no codes at all. */
type CodesOf<D> = D extends { input: 'scale' }
  ? never
  : D extends { dynamicChoices: infer K extends DynamicChoices }
    ? DynamicChoiceCodes[K]
    : D extends { choices: readonly (infer C extends string)[] }
      ? C
      : never;

export type ChoiceCode<F extends FieldId> = CodesOf<FieldOf<F>>;

/** Fields whose answer is a code. */
export type ChoiceFieldId = { [F in FieldId]: [ChoiceCode<F>] extends [never] ? never : F }[FieldId];

/** Fields that offer every one of the given codes among their own (not merely any string, as regions do). */
export type FieldWithCodes<Code extends string> = {
  [F in ChoiceFieldId]: string extends ChoiceCode<F> ? never : [Code] extends [ChoiceCode<F>] ? F : never;
}[ChoiceFieldId];

/** A field with one of its own codes: what the chart may compare an answer against. */
export type FieldAnswer = { [F in ChoiceFieldId]: { field: F; value: ChoiceCode<F> } }[ChoiceFieldId];
