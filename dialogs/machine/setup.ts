// The machine's table of contents: every guard and action, named once and wired to plain functions.
import { assign, setup } from 'xstate';
import type { FieldAnswer, FieldWithCodes } from '../choice-codes.js';
import type { CrisisFlow, RiskKind } from '../crisis-policy.js';
import type { CheckInAnswer, EditTarget, IntakeContext, IntakeEvent, IntakeInput } from '../intake-context.js';
import type { IntakeOptions } from '../intake-options.js';
import type { AsqResult } from '../screening/asq.js';
import { isPhq9Item9Positive } from '../screening/instruments.js';
import type { ScreeningInstrument } from '../screening/screen.js';
import type { FieldId } from '../steps/index.js';
import type { StepId } from '../types.js';
import {
  answerIs,
  guardsOver,
  isBackTarget,
  isConcernAnsweringScreen,
  isFlow,
  isNoMoreUrgentThanActiveCrisis,
  isSkippable,
  isThirdMissOnOptional,
  isValidAnswer,
  needsAsq5AfterSafeNow,
} from './guards.js';
import type { CrisisNotice } from './notices.js';
import * as update from './updates.js';

/** What a waiting state says about itself; the channel renders the prompt from it. */
export interface PromptMeta {
  step?: StepId;
  field?: FieldId;
  /** A state where nothing is asked: the intake paused, declined or closed. */
  ended?: 'paused' | 'declined' | 'closed';
}

export type IntakeTag = 'awaitingInput' | 'awaitingAnswer';

/** A message the machine asks the channel to say: `intake:notices.*` or `crisis:*` in the locale files. */
export type MessageKey = `notices.${string}` | `crisis.${string}`;

interface FieldParam {
  field: FieldId;
}

export function intakeSetup(options: IntakeOptions) {
  return setup({
    types: {
      context: {} as IntakeContext,
      events: {} as IntakeEvent,
      input: {} as IntakeInput,
      tags: {} as IntakeTag,
      meta: {} as PromptMeta,
    },
    guards: {
      isValidAnswer: (args, p: FieldParam) => isValidAnswer(args, p.field, options),
      isSkippable: (args, p: FieldParam) => isSkippable(args, p.field),
      isThirdMissOnOptional: (args, p: FieldParam) => isThirdMissOnOptional(args, p.field),
      answerIs: (args, p: FieldAnswer) => answerIs(args, p.field, p.value),
      hasRegionQuestion: (args) => guardsOver.hasRegionQuestion(args, options),
      isCountryOutOfArea: (args) => guardsOver.isCountryOutOfArea(args, options),
      isRegionOutOfArea: (args) => guardsOver.isRegionOutOfArea(args, options),
      mayContinueOutOfArea: () => options.outOfAreaMayContinue,
      isMeasuresDisabled: () => !options.measuresEnabled,
      isCarrierAccepted: (args) => guardsOver.isCarrierAccepted(args, options),
      isPhq2Positive: (args) => guardsOver.isPhq2Positive(args),
      isGad2Positive: (args) => guardsOver.isGad2Positive(args),
      isGadFullPending: (args) => guardsOver.isGadFullPending(args),
      isPhq9Item9Positive: (args) => guardsOver.isPhq9Item9Positive(args),
      isAsqComplete: (args) => guardsOver.isAsqComplete(args),
      isScreenComplete: (args) => guardsOver.isScreenComplete(args, options.screeningInstrument),
      isCssrs: () => options.screeningInstrument === 'c-ssrs-screener',
      isYesOrDeclined: (args, p: { field: FieldWithCodes<'yes' | 'prefer-not'> }) =>
        answerIs(args, p.field, 'yes') || answerIs(args, p.field, 'prefer-not'),
      isAsqResult: (args, p: { result: AsqResult }) => guardsOver.isAsqResult(args, p.result),
      isUnanswered: ({ context }, p: FieldParam) => context.answers[p.field] === undefined,
      needsAsq5: (args) => guardsOver.needsAsq5(args),
      needsAsq5AfterSafeNow: (args) => needsAsq5AfterSafeNow(args),
      isEarlySafety: ({ context }) => context.earlySafety,
      isEditing: ({ context }, p: { section: EditTarget }) => context.editing === p.section,
      hasConsent: ({ context }) => context.consent?.given === true,
      hasWayToContact: (args) => guardsOver.hasWayToContact(args),
      hasOpenPhonePermissions: (args) => guardsOver.hasOpenPhonePermissions(args),
      hasPhone: ({ context, event }) =>
        typeof (event.type === 'user.answer' && event.field === 'phone' ? event.value : context.answers.phone) ===
        'string',
      isBackTarget: (args, p: FieldParam) => isBackTarget(args, p.field),
      isFlow: (args, p: { flow: CrisisFlow }) => isFlow(args, p.flow),
      isNoMoreUrgentThanActiveCrisis: (args) => isNoMoreUrgentThanActiveCrisis(args),
      isConcernAnsweringScreen: (args) => isConcernAnsweringScreen(args),
    },
    actions: {
      enterField: assign(({ context }, p: { field: FieldId; trail: boolean }) =>
        update.enterField(context, p.field, p.trail),
      ),
      storeAnswer: assign(({ context, event }, p: FieldParam) => update.storeAnswer(context, event, p.field)),
      withdrawAnswer: assign(({ context, event }, p: FieldParam) => update.withdrawAnswer(context, event, p.field)),
      countMiss: assign(({ context }) => update.countMiss(context)),
      offerSuggestion: assign(({ event }) => update.offerSuggestion(event)),
      declineSuggestion: assign(({ event }) => update.declineSuggestion(event)),
      setConsent: assign(({ event }) => update.setConsent(event)),
      declineConsent: assign(({ event }) => update.declineConsent(event)),
      setLanguage: assign(({ context, event }) => update.setLanguage(context, event, options)),
      eraseAnswers: assign(() => update.eraseAnswers()),
      markSubmitted: assign(({ event }) => update.markSubmitted(event)),
      setEditing: assign((_, p: { section: EditTarget }) => update.setEditing(p.section)),
      endEditing: assign(() => update.endEditing()),
      popTrail: assign(({ context }) => update.popTrail(context)),
      markEarlySafety: assign(({ context }) => update.markEarlySafety(context)),
      endEarlySafety: assign(() => update.endEarlySafety()),
      notePhq9Item9: assign(({ context }) =>
        isPhq9Item9Positive(context.answers) ? update.markEarlySafety(context) : {},
      ),
      noteRisk: assign(({ context, event }) => update.noteRisk(context, event)),
      beginCrisis: assign(({ context, event }) => update.beginCrisis(context, event)),
      escalateToEmergency: assign(({ context }) =>
        context.crisis ? { crisis: { ...context.crisis, flow: 'suicide-emergency' as const } } : {},
      ),
      endCrisis: assign(() => update.endCrisis()),
      recordStatement: assign(({ context, event }, p: { kind: 'safe-now' | 'safe-to-chat' | 'denial' }) =>
        update.recordStatement(context, event, p.kind),
      ),
      concludeScreen: assign(({ context, event }, p: { instrument: ScreeningInstrument }) =>
        update.concludeScreen(context, event, p.instrument),
      ),
      noteResourcesShown: assign(({ context }, p: { resourceIds: string[] }) =>
        update.noteResourcesShown(context, p.resourceIds),
      ),
      openCheckIn: assign(({ event }) => update.openCheckIn(event)),
      closeCheckIn: assign(({ context }, p: { answer: CheckInAnswer }) => update.closeCheckIn(context, p.answer)),
      // Effects for the channel: the pure transition() returns them with their params, and nothing runs here.
      say: (_, _p: { key: MessageKey }) => {},
      reprompt: (_, _p: { field: FieldId; reason: string }) => {},
      showCrisis: (_, _p: CrisisNotice) => {},
      showCheckIn: (_, _p: { kindGuess: RiskKind; resourceIds: string[] }) => {},
      showResources: (_, _p: { reason: 'declined' | 'out-of-area' | 'non-acute'; resourceIds: string[] }) => {},
    },
  });
}

export type IntakeSetup = ReturnType<typeof intakeSetup>;
