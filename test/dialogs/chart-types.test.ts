// The chart's types: a wrong field or code is a compile error (`tsc` checks this file).
import { describe, expectTypeOf, it } from 'vitest';
import type { ChoiceCode, ChoiceFieldId } from '../../dialogs/choice-codes.js';
import type { FieldId } from '../../dialogs/steps/index.js';
import type { EditableSection } from '../../dialogs/steps/review.js';

describe('field ids and codes come from the steps', () => {
  it('lists every field and only those', () => {
    expectTypeOf<'consent' | 'asq4Details' | 'phq9' | 'safeNow'>().toExtend<FieldId>();
    expectTypeOf<'consnet'>().not.toExtend<FieldId>();
  });

  it('gives each field its own codes', () => {
    expectTypeOf<ChoiceCode<'consent'>>().toEqualTypeOf<'yes' | 'no'>();
    expectTypeOf<ChoiceCode<'asq5'>>().toEqualTypeOf<'yes' | 'no' | 'prefer-not'>();
    expectTypeOf<ChoiceCode<'country'>>().toEqualTypeOf<'US' | 'CA' | 'GB' | 'AU' | 'ES' | 'MX' | 'other'>();
    expectTypeOf<ChoiceCode<'contactMethods'>>().toEqualTypeOf<'email' | 'phone' | 'text'>();
    expectTypeOf<ChoiceCode<'review'>>().toEqualTypeOf<'submit' | `edit-${EditableSection}`>();
    // Regions and therapist languages come from the practice's settings.
    expectTypeOf<ChoiceCode<'region'>>().toEqualTypeOf<string>();
    // A scale's answer is a score, and typed fields have no codes.
    expectTypeOf<ChoiceCode<'phq1'>>().toBeNever();
    expectTypeOf<ChoiceCode<'email'>>().toBeNever();
    expectTypeOf<'email' | 'phq1' | 'firstName'>().not.toExtend<ChoiceFieldId>();
  });
});
