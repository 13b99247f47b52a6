// The conditions the machine routes on, as plain functions of context, event and the practice's options.

import { choicesFor } from '../choices.js';
import { type CrisisFlow, flowRank, mostUrgentFlow } from '../crisis-policy.js';
import type { IntakeContext, IntakeEvent } from '../intake-context.js';
import type { IntakeOptions } from '../intake-options.js';
import {
  acceptedCarrier,
  answersAfter,
  hasEmail,
  hasOpenPhonePermissions,
  hasRegionQuestion,
  hasWayToContact,
  isCountryServed,
  isRegionOutOfArea,
} from '../routing.js';
import { type AsqResult, asqResult, isAsqScreenComplete, needsAsq5 } from '../screening/asq.js';
import { isGad2Positive, isPhq2Positive, isPhq9Item9Positive } from '../screening/instruments.js';
import { type ScreeningInstrument, screenResult } from '../screening/screen.js';
import { fieldById } from '../steps/index.js';
import type { Answers, FieldDefinition } from '../types.js';

export interface GuardArgs {
  context: IntakeContext;
  event: IntakeEvent;
}

export const missesBeforeFallback = 3;

/** Whether a field may be left out right now: phone only once an email is given (at least one way to reach the person). */
export function isOptionalNow(field: FieldDefinition, answers: Answers): boolean {
  if (field.id === 'phone') return hasEmail(answers);
  return field.optional;
}

export function isValidAnswer({ context, event }: GuardArgs, field: string, options: IntakeOptions): boolean {
  if (event.type !== 'user.answer' || event.field !== field) return false;
  const definition = fieldById(field);
  if (!definition.schema.safeParse(event.value).success) return false;
  if (definition.acceptsOwnWords || definition.input === 'scale') return true;
  const offered = choicesFor(definition, context, options);
  if (definition.input === 'multiChoice') {
    return Array.isArray(event.value) && event.value.every((code) => offered.includes(code));
  }
  if (definition.input === 'choice' || definition.input === 'yesNo') {
    return typeof event.value === 'string' && offered.includes(event.value);
  }
  return true;
}

export const isSkippable = ({ context, event }: GuardArgs, field: string) =>
  event.type === 'user.skip' && event.field === field && isOptionalNow(fieldById(field), context.answers);

export const isThirdMissOnOptional = ({ context, event }: GuardArgs, field: string) =>
  event.type === 'user.invalid' &&
  event.field === field &&
  context.misses + 1 >= missesBeforeFallback &&
  isOptionalNow(fieldById(field), context.answers);

export const answerIs = ({ context, event }: GuardArgs, field: string, value: string) =>
  answersAfter(context, event)[field] === value;

const after = ({ context, event }: GuardArgs) => answersAfter(context, event);

export const guardsOver = {
  hasRegionQuestion: (args: GuardArgs, options: IntakeOptions) => hasRegionQuestion(after(args), options),
  isCountryOutOfArea: (args: GuardArgs, options: IntakeOptions) => !isCountryServed(after(args), options),
  isRegionOutOfArea: (args: GuardArgs, options: IntakeOptions) => isRegionOutOfArea(after(args), options),
  isCarrierAccepted: (args: GuardArgs, options: IntakeOptions) => acceptedCarrier(after(args), options) !== undefined,
  isPhq2Positive: (args: GuardArgs) => isPhq2Positive(after(args)),
  isGad2Positive: (args: GuardArgs) => isGad2Positive(after(args)),
  isPhq9Item9Positive: (args: GuardArgs) => isPhq9Item9Positive(after(args)),
  isAsqComplete: (args: GuardArgs) => asqResult(after(args)) !== undefined,
  isScreenComplete: (args: GuardArgs, instrument: ScreeningInstrument) =>
    screenResult(after(args), instrument) !== undefined,
  isAsqScreenComplete: (args: GuardArgs) => isAsqScreenComplete(after(args)),
  needsAsq5: (args: GuardArgs) => needsAsq5(after(args)) && after(args).asq5 === undefined,
  isAsqResult: (args: GuardArgs, result: AsqResult) => asqResult(after(args)) === result,
  isGadFullPending: (args: GuardArgs) => isGad2Positive(after(args)) && after(args).gad3 === undefined,
  hasWayToContact: (args: GuardArgs) => hasWayToContact(after(args)),
  hasOpenPhonePermissions: (args: GuardArgs) => hasOpenPhonePermissions(after(args)),
};

export const isBackTarget = ({ context }: GuardArgs, field: string) => context.trail.at(-2) === field;

export const isFlow = ({ context }: GuardArgs, flow: CrisisFlow) => context.crisis?.flow === flow;

/** A new signal during a crisis only restarts the flow when it calls for a more urgent one. */
export function isNoMoreUrgentThanActiveCrisis({ context, event }: GuardArgs): boolean {
  if (event.type !== 'risk.detected' || !context.crisis) return false;
  const incoming = mostUrgentFlow(event.signals, event.subject);
  return incoming === undefined || flowRank(incoming) >= flowRank(context.crisis.flow);
}

/**
 * While the person answers the suicide screen itself, concern-level suicide or self-harm language is what the
 * screen asks about: it is recorded, and the answer goes on; anything more urgent still diverts.
 */
export function isConcernAnsweringScreen({ event }: GuardArgs): boolean {
  return (
    event.type === 'risk.detected' &&
    event.signals.every((s) => (s.kind === 'suicide' || s.kind === 'self-harm') && s.level === 'concern')
  );
}

export const needsAsq5AfterSafeNow = ({ context }: GuardArgs) =>
  context.crisis?.flow === 'suicide-emergency' && context.answers.asq5 === undefined;
