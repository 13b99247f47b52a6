// The chart's types: a wrong field, code, guard, params, action or target is a compile error (`tsc` checks this file).
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { ChoiceCode, ChoiceFieldId } from '../../dialogs/choice-codes.js';
import type { IntakeInput } from '../../dialogs/intake-context.js';
import { action, guard, is, next, say, section } from '../../dialogs/machine/builders.js';
import type { ActionRef, IntakeGuard, Route } from '../../dialogs/machine/chart-types.js';
import { intakeSetup } from '../../dialogs/machine/setup.js';
import { initialContext } from '../../dialogs/machine/updates.js';
import type { FieldId } from '../../dialogs/steps/index.js';
import type { EditableSection } from '../../dialogs/steps/review.js';
import { defaultRuntime } from '../helpers/conversation.js';

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

describe('the chart names only what exists', () => {
  it('compares an answer only with a code of that field', () => {
    expect(is('consent', 'yes')).toEqual({ type: 'answerIs', params: { field: 'consent', value: 'yes' } });
    // @ts-expect-error a field that does not exist
    is('consnet', 'yes');
    // @ts-expect-error a code the field does not offer
    is('consent', 'maybe');
    // @ts-expect-error a code of another field
    is('payment', 'my-child');
    // @ts-expect-error an email has no codes to compare with
    is('email', 'someone@example.org');
  });

  it('names guards as setup() declares them, with their params', () => {
    expectTypeOf<'hasConsent'>().toExtend<IntakeGuard>();
    expectTypeOf<'hasConsnet'>().not.toExtend<IntakeGuard>();
    // A guard that takes params cannot be named without them.
    expectTypeOf<'isEditing'>().not.toExtend<IntakeGuard>();
    guard('isFlow', { flow: 'unsafe-at-home' });
    // @ts-expect-error a misspelt guard
    guard('isFlwo', { flow: 'unsafe-at-home' });
    // @ts-expect-error a flow that does not exist
    guard('isFlow', { flow: 'unsafe' });
    // @ts-expect-error a field that does not exist
    guard('isBackTarget', { field: 'nope' });
    // @ts-expect-error `isYesOrDeclined` is only for fields that offer yes and prefer-not
    guard('isYesOrDeclined', { field: 'consent' });
  });

  it('names actions as setup() declares them, with their params', () => {
    expectTypeOf<'endCrisis'>().toExtend<ActionRef>();
    expectTypeOf<'endCrisys'>().not.toExtend<ActionRef>();
    action('setEditing', { section: 'contact' });
    // @ts-expect-error a misspelt action
    action('setEditting', { section: 'contact' });
    // @ts-expect-error a section that cannot be edited
    action('setEditing', { section: 'safety' });
    // @ts-expect-error a message outside the notices and crisis texts
    say('fields.consent.prompt');
  });

  it('targets only states that exist', () => {
    expectTypeOf<{ target: '#ask-consent' }>().toExtend<Route>();
    expectTypeOf<{ target: '#section-measures' }>().toExtend<Route>();
    expectTypeOf<{ target: '#crisis-asq5' }>().toExtend<Route>();
    expectTypeOf<{ target: '#ask-consnet' }>().not.toExtend<Route>();
    // The crisis branch's questions are asked there only.
    expectTypeOf<{ target: '#ask-safeNow' }>().not.toExtend<Route>();
    expectTypeOf<{ target: '#section-crisis' }>().not.toExtend<Route>();
    // @ts-expect-error only the intake's own questions follow one another
    next('continueIntake');
    section('welcome', { start: {} }, 'start');
    // @ts-expect-error a section starts at one of its own states
    section('welcome', { start: {} }, 'begin');
    // @ts-expect-error the crisis branch is not a section of the intake
    section('crisis', { safeNow: {} });
  });

  it('checks the machine setup() creates, not only the builders', () => {
    const s = intakeSetup(defaultRuntime.options);
    const context = ({ input }: { input: IntakeInput }) => initialContext(input);
    s.createMachine({ context, on: { 'user.help': { guard: 'hasConsent', actions: ['endCrisis'] } } });
    // @ts-expect-error a misspelt guard in a hand-written transition
    s.createMachine({ context, on: { 'user.help': { guard: 'hasConsnet' } } });
    // @ts-expect-error a misspelt action in a hand-written transition
    s.createMachine({ context, on: { 'user.help': { actions: ['endCrisys'] } } });
  });
});
