// The intake statechart: every step in order with its branches, the global commands, and the crisis branch.
import { enqueueActions } from 'xstate';
import type { IntakeContext, IntakeEvent } from './intake-context.js';
import type { IntakeOptions } from './intake-options.js';
import {
  type ActionRef,
  both,
  type ChartNode,
  type GuardRef,
  makeBuilders,
  negate,
  type Route,
  say,
} from './machine/builders.js';
import { crisisNotice } from './machine/notices.js';
import { intakeSetup } from './machine/setup.js';
import { initialContext, resourceIdsFor } from './machine/updates.js';
import { answersAfter } from './routing.js';
import { gadItemIds, phqItemIds } from './screening/instruments.js';
import { screenResult } from './screening/screen.js';
import { intakeSteps } from './steps/index.js';
import { type EditableSection, editableSections } from './steps/review.js';

const is = (field: string, value: string): GuardRef => ({ type: 'answerIs', params: { field, value } });
const guard = (type: string, params?: unknown): GuardRef => (params === undefined ? type : { type, params });
const next = (field: string, actions?: ActionRef[]): Route[] => [{ target: `#ask-${field}`, actions }];

/** Questions `back` can return to: every question of the intake in its default order. */
const backTargets = intakeSteps.flatMap((step) => step.fields.map((f) => f.id));

/** The first ASQ item still to ask (an item answered elsewhere is not asked twice). */
const firstUnansweredAsq = (prefix: string): Route[] => [
  ...['asq1', 'asq2', 'asq3', 'asq4'].map((id) => ({
    guard: guard('isUnanswered', { field: id }),
    target: `#${prefix}${id}`,
  })),
  { guard: 'needsAsq5', target: `#${prefix}asq5` },
];

/** A section: a compound state named after its step, entered at its first question (or a routing state). */
function section(step: string, states: Record<string, ChartNode>, initial?: string): ChartNode {
  return { id: `section-${step}`, initial: initial ?? Object.keys(states)[0], states };
}

export function createIntakeMachine(options: IntakeOptions) {
  const s = intakeSetup(options);
  const { question, leave } = makeBuilders(backTargets);

  const showCrisis = (repeat: boolean): ActionRef => ({
    type: 'showCrisis',
    params: ({ context }: { context: IntakeContext }) => crisisNotice(context, options, repeat),
  });
  const showResources = (reason: 'declined' | 'out-of-area' | 'non-acute', kinds: 'suicide'[] = []): ActionRef[] => [
    {
      type: 'showResources',
      params: ({ context }: { context: IntakeContext }) => ({
        reason,
        resourceIds: resourceIdsFor(context, options, kinds),
      }),
    },
    {
      type: 'noteResourcesShown',
      params: ({ context }: { context: IntakeContext }) => ({ resourceIds: resourceIdsFor(context, options, kinds) }),
    },
  ];
  const noteCrisisResources: ActionRef = {
    type: 'noteResourcesShown',
    params: ({ context }: { context: IntakeContext }) => ({ resourceIds: resourceIdsFor(context, options) }),
  };

  // Out of the service area: explain, show resources and where to look; go on only if the practice allows.
  const outOfArea = (when: GuardRef): Route[] => [
    ...leave('about', 'reasons', {
      guard: both(when, 'mayContinueOutOfArea'),
      actions: [...showResources('out-of-area'), say('notices.outOfAreaContinue')],
    }),
    {
      guard: when,
      target: '#intake-closed',
      actions: [...showResources('out-of-area'), say('notices.outOfAreaClosed')],
    },
  ];

  // After the suicide screen: back into the measures if it was brought forward by PHQ-9 item 9, else on to contact.
  const afterSafety: Route[] = [
    { guard: both('isEarlySafety', 'isGadFullPending'), target: '#ask-gad3', actions: ['endEarlySafety'] },
    { guard: 'isEarlySafety', target: '#section-goals', actions: ['endEarlySafety'] },
    { target: '#section-contact' },
  ];
  // The screen's result: acute goes straight into the crisis branch (raised, so `back` and history resume after it).
  const concludeScreen = enqueueActions(({ context, event, enqueue }) => {
    const e = event as IntakeEvent;
    enqueue({ type: 'concludeScreen', params: { instrument: options.screeningInstrument } });
    const result = screenResult(answersAfter(context as IntakeContext, e), options.screeningInstrument);
    if (result === 'acute') {
      const acute: IntakeEvent = {
        type: 'risk.detected',
        signals: [{ kind: 'suicide', level: 'emergency' }],
        rules: ['asq.acute'],
        minor: false,
        source: 'screen',
        step: 'safety',
        field: 'asq5',
        at: e.at,
      };
      enqueue.raise(acute as never); // enqueueActions outside setup() knows no event types
    } else if (result === 'non-acute') {
      for (const action of showResources('non-acute', ['suicide'])) enqueue(action as never);
      enqueue(say('notices.screenNonAcute'));
    } else {
      enqueue(say('notices.screenNegative'));
    }
  });
  const concludeSafety: Route[] = afterSafety.map((r) => ({
    ...r,
    actions: [...(r.actions ?? []), concludeScreen as never],
  }));

  const asqConcluded: ActionRef = { type: 'concludeScreen', params: { instrument: 'asq' } };

  // The C-SSRS screener in the safety step, for practices that chose it: Q3–Q5 after active thoughts, then behaviour.
  const yesOrDeclined = (field: string) => guard('isYesOrDeclined', { field });
  const cssrsQuestions = (): Record<string, ChartNode> => ({
    cssrs1: question('cssrs1', next('cssrs2')),
    cssrs2: question('cssrs2', [{ guard: yesOrDeclined('cssrs2'), target: '#ask-cssrs3' }, ...next('cssrs6')]),
    cssrs3: question('cssrs3', next('cssrs4')),
    cssrs4: question('cssrs4', next('cssrs5')),
    cssrs5: question('cssrs5', next('cssrs6')),
    cssrs6: question('cssrs6', [{ guard: yesOrDeclined('cssrs6'), target: '#ask-cssrs6Recent' }, ...concludeSafety]),
    cssrs6Recent: question('cssrs6Recent', concludeSafety),
  });

  // The ASQ, as asked in the safety step and in the crisis branch; items always report step `safety`.
  function asqQuestions(prefix: string, done: Route[], onTrail: boolean): Record<string, ChartNode> {
    const id = (field: string) => `${prefix}${field}`;
    const ask = (field: string, routes: Route[]) =>
      question(field, routes, { id: id(field), trail: onTrail, step: 'safety' });
    const to = (field: string) => `#${id(field)}`;
    return {
      asq1: ask('asq1', [{ target: to('asq2') }]),
      asq2: ask('asq2', [{ target: to('asq3') }]),
      asq3: ask('asq3', [{ target: to('asq4') }]),
      asq4: ask('asq4', [
        { guard: is('asq4', 'yes'), target: to('asq4Details') },
        { guard: 'needsAsq5', target: to('asq5') },
        ...done,
      ]),
      asq4Details: ask('asq4Details', [{ guard: 'needsAsq5', target: to('asq5') }, ...done]),
      asq5: ask('asq5', done),
    };
  }

  const phqFull = phqItemIds.slice(2);
  const gadFull = gadItemIds.slice(2);
  const measures: Record<string, ChartNode> = {
    route: { always: [{ guard: 'isMeasuresDisabled', target: '#section-goals' }, { target: 'phq1' }] },
    phq1: question('phq1', next('phq2')),
    phq2: question('phq2', next('gad1')),
    gad1: question('gad1', next('gad2')),
    gad2: question('gad2', [
      { guard: 'isPhq2Positive', target: '#ask-phq3' },
      { guard: 'isGad2Positive', target: '#ask-gad3' },
      ...leave('measures', 'goals'),
    ]),
    ...Object.fromEntries(phqFull.slice(0, -1).map((id, i) => [id, question(id, next(phqFull[i + 1] ?? ''))])),
    phq9: question('phq9', [
      {
        guard: both('isPhq9Item9Positive', negate('isScreenComplete')),
        target: '#section-safety',
        actions: ['notePhq9Item9', 'markEarlySafety', say('notices.safetyQuestionsNext')],
      },
      { guard: 'isGad2Positive', target: '#ask-gad3', actions: ['notePhq9Item9'] },
      ...leave('measures', 'goals', { actions: ['notePhq9Item9'] }),
    ]),
    ...Object.fromEntries(gadFull.slice(0, -1).map((id, i) => [id, question(id, next(gadFull[i + 1] ?? ''))])),
    gad7: question('gad7', leave('measures', 'goals')),
  };

  const review = question('review', [
    {
      guard: both(is('review', 'submit'), 'hasOpenPhonePermissions'),
      target: '#ask-voicemailOk',
      actions: [{ type: 'setEditing', params: { section: 'phone-permissions' } }, say('notices.askPhonePermissions')],
    },
    {
      guard: both(is('review', 'submit'), negate('hasWayToContact')),
      target: '#section-contact',
      actions: [{ type: 'setEditing', params: { section: 'contact' } }, say('notices.needContact')],
    },
    {
      guard: both(is('review', 'submit'), 'hasConsent'),
      target: '#intake-submitted',
      actions: ['markSubmitted', say('notices.submitted')],
    },
    { guard: is('review', 'submit'), target: '#section-consent' },
    ...editableSections.map((sectionId: EditableSection) => ({
      guard: is('review', `edit-${sectionId}`),
      target: `#section-${sectionId}`,
      actions: [{ type: 'setEditing', params: { section: sectionId } }],
    })),
  ]);

  const crisisAsq = asqQuestions(
    'crisis-',
    [
      // Acute found by the screen: emergency guidance and "are you safe" (already done when the flow began as one).
      {
        guard: both(guard('isAsqResult', { result: 'acute' }), guard('isFlow', { flow: 'suicide-emergency' })),
        target: '#crisis-continueIntake',
        actions: [asqConcluded],
      },
      {
        guard: guard('isAsqResult', { result: 'acute' }),
        target: '#crisis-safeNow',
        actions: [asqConcluded, 'escalateToEmergency', showCrisis(false), noteCrisisResources],
      },
      {
        guard: guard('isAsqResult', { result: 'non-acute' }),
        target: '#crisis-continueIntake',
        actions: [asqConcluded, say('crisis.screenNonAcute')],
      },
      { target: '#crisis-continueIntake', actions: [asqConcluded, say('crisis.screenNegative')] },
    ],
    false,
  );
  const afterSafeNow: Route[] = [
    { guard: 'needsAsq5AfterSafeNow', target: '#crisis-asq5' },
    { target: '#crisis-continueIntake' },
  ];
  const safeNowStatement = { type: 'recordStatement', params: { kind: 'safe-now' } };

  const chart = {
    id: 'intake',
    context: ({ input }: { input: Parameters<typeof initialContext>[0] }) => initialContext(input),
    initial: 'intake',
    on: {
      'risk.detected': {
        target: '#crisis',
        reenter: true,
        actions: ['noteRisk', 'beginCrisis', noteCrisisResources, showCrisis(false)],
      },
      // A signal kept while the store was down: recorded with its triage, without starting a flow now.
      'risk.restored': { actions: ['noteRisk'] },
      'user.statement': { actions: [{ type: 'recordStatement', params: { kind: 'denial' } }] },
      'user.help': { actions: [say('notices.help')] },
      'user.human': { actions: [say('notices.human')] },
      'user.language': { actions: ['setLanguage', say('notices.languageSwitched')] },
      'user.stop': { target: '#paused', actions: [say('notices.paused')] },
      'user.restart': { target: '#section-welcome', actions: ['eraseAnswers', 'endCrisis', say('notices.restarted')] },
      'user.delete': { target: '#section-welcome', actions: ['eraseAnswers', 'endCrisis', say('notices.deleted')] },
      'user.back': { actions: [say('notices.cannotGoBackNow')] },
      'user.message': { actions: [say('notices.noQuestion')] },
    },
    states: {
      intake: {
        initial: 'welcome',
        states: {
          welcome: section('welcome', {
            start: question('start', [
              { guard: is('start', 'start'), target: '#section-consent' },
              { guard: is('start', 'not-now'), target: '#paused', actions: [say('notices.notNow')] },
              { guard: is('start', 'language'), actions: ['setLanguage', say('notices.languageSwitched')] },
            ]),
          }),
          consent: section('consent', {
            consent: question('consent', [
              { guard: is('consent', 'yes'), target: '#section-about', actions: ['setConsent'] },
              {
                guard: is('consent', 'no'),
                target: '#intake-declined',
                actions: ['declineConsent', ...showResources('declined'), say('notices.declined')],
              },
            ]),
          }),
          about: section('about', {
            whoFor: question('whoFor', [
              {
                guard: negate(is('whoFor', 'myself')),
                target: '#ask-preferredName',
                actions: [say('notices.answersAboutClient')],
              },
              ...next('preferredName'),
            ]),
            preferredName: question('preferredName', next('pronouns')),
            pronouns: question('pronouns', next('ageRange')),
            ageRange: question('ageRange', [
              { guard: is('ageRange', 'under-18'), target: '#ask-country', actions: [say('notices.guardianConsent')] },
              ...next('country'),
            ]),
            country: question('country', [
              { guard: 'hasRegionQuestion', target: '#ask-region' },
              ...outOfArea('isCountryOutOfArea'),
              ...leave('about', 'reasons'),
            ]),
            region: question('region', [...outOfArea('isRegionOutOfArea'), ...leave('about', 'reasons')]),
          }),
          reasons: section('reasons', {
            reasons: question('reasons', next('reasonsOwnWords')),
            reasonsOwnWords: question('reasonsOwnWords', leave('reasons', 'history')),
          }),
          history: section('history', {
            priorTherapy: question('priorTherapy', next('medication')),
            medication: question('medication', leave('history', 'measures')),
          }),
          measures: section('measures', measures, 'route'),
          goals: section('goals', {
            goals: question('goals', next('goalsOwnWords')),
            goalsOwnWords: question('goalsOwnWords', leave('goals', 'preferences')),
          }),
          preferences: section('preferences', {
            formats: question('formats', next('availability')),
            availability: question('availability', next('therapistGender')),
            therapistGender: question('therapistGender', next('therapistLanguage')),
            therapistLanguage: question('therapistLanguage', next('therapistNotes')),
            therapistNotes: question('therapistNotes', next('payment')),
            payment: question('payment', [
              { guard: is('payment', 'insurance'), target: '#ask-insuranceCarrier' },
              ...leave('preferences', 'safety'),
            ]),
            insuranceCarrier: question('insuranceCarrier', [
              ...leave('preferences', 'safety', {
                guard: 'isCarrierAccepted',
                actions: [say('notices.carrierAccepted')],
              }),
              ...leave('preferences', 'safety', { actions: [say('notices.carrierNotAccepted')] }),
            ]),
          }),
          safety: {
            ...section(
              'safety',
              {
                route: {
                  always: [
                    ...afterSafety.map((r) => ({
                      ...r,
                      guard: r.guard ? both('isScreenComplete', r.guard) : 'isScreenComplete',
                    })),
                    { guard: 'isCssrs', target: 'cssrs1' },
                    ...firstUnansweredAsq('ask-'),
                  ],
                },
                ...asqQuestions('ask-', concludeSafety, true),
                ...cssrsQuestions(),
              },
              'route',
            ),
            // Concern-level suicidal language while answering the screen is what the screen asks about.
            on: { 'risk.detected': [{ guard: 'isConcernAnsweringScreen', actions: ['noteRisk'] }] },
          },
          contact: section('contact', {
            firstName: question('firstName', next('lastName')),
            lastName: question('lastName', next('email')),
            email: question('email', next('phone')),
            phone: question('phone', next('contactMethods')),
            contactMethods: question('contactMethods', [
              { guard: 'hasPhone', target: '#ask-voicemailOk' },
              ...next('bestTimes'),
            ]),
            voicemailOk: question('voicemailOk', next('textOk')),
            textOk: question('textOk', [
              {
                guard: guard('isEditing', { section: 'phone-permissions' }),
                target: '#ask-review',
                actions: ['endEditing'],
              },
              ...next('bestTimes'),
            ]),
            bestTimes: question('bestTimes', leave('contact', 'review')),
          }),
          review: section('review', { review }),
          submitted: {
            id: 'intake-submitted',
            tags: ['awaitingInput'],
            meta: { step: 'submitted' },
            on: {
              'user.message': { actions: [say('notices.submittedAlready')] },
              'user.restart': { actions: [say('notices.submittedNoRestart')] },
              'user.delete': { actions: [say('notices.submittedNoDelete')] },
              'user.stop': { actions: [say('notices.goodbye')] },
            },
          },
          declined: {
            id: 'intake-declined',
            tags: ['awaitingInput'],
            meta: { ended: 'declined' },
            on: {
              'user.message': { actions: [say('notices.declinedAlready')] },
              'user.stop': { actions: [say('notices.goodbye')] },
            },
          },
          closed: {
            id: 'intake-closed',
            tags: ['awaitingInput'],
            meta: { ended: 'closed' },
            on: {
              'user.message': { actions: [say('notices.closedAlready')] },
              'user.stop': { actions: [say('notices.goodbye')] },
            },
          },
          hist: { id: 'intake-hist', type: 'history', history: 'deep', target: 'welcome' },
        },
      },
      crisis: {
        id: 'crisis',
        initial: 'route',
        on: {
          // A signal no more urgent than the flow under way is recorded; the flow goes on.
          'risk.detected': [{ guard: 'isNoMoreUrgentThanActiveCrisis', actions: ['noteRisk', noteCrisisResources] }],
          'user.stop': { target: '#paused', actions: ['endCrisis', say('crisis.stopped')] },
        },
        states: {
          route: {
            always: [
              { guard: guard('isFlow', { flow: 'unsafe-at-home' }), target: 'safeToChat' },
              { guard: guard('isFlow', { flow: 'suicide-concern' }), target: 'screen' },
              { target: 'safeNow' },
            ],
          },
          screen: {
            initial: 'route',
            states: {
              route: {
                always: [...firstUnansweredAsq('crisis-'), { target: '#crisis-continueIntake' }],
              },
              ...crisisAsq,
            },
          },
          safeNow: question(
            'safeNow',
            [
              { guard: is('safeNow', 'no'), ...afterSafeNow[0], actions: [safeNowStatement, showCrisis(true)] },
              { guard: is('safeNow', 'no'), ...afterSafeNow[1], actions: [safeNowStatement, showCrisis(true)] },
              { ...afterSafeNow[0], actions: [safeNowStatement] },
              { ...afterSafeNow[1], actions: [safeNowStatement] },
            ],
            { id: 'crisis-safeNow', trail: false },
          ),
          safeToChat: question(
            'safeToChat',
            [
              {
                guard: is('safeToChat', 'no'),
                target: '#paused',
                actions: [
                  { type: 'recordStatement', params: { kind: 'safe-to-chat' } },
                  'endCrisis',
                  say('crisis.leaveSafely'),
                ],
              },
              {
                target: '#crisis-continueIntake',
                actions: [{ type: 'recordStatement', params: { kind: 'safe-to-chat' } }],
              },
            ],
            { id: 'crisis-safeToChat', trail: false },
          ),
          continueIntake: question(
            'continueIntake',
            [
              {
                guard: is('continueIntake', 'continue'),
                target: '#intake-hist',
                actions: ['endCrisis', say('crisis.resuming')],
              },
              { target: '#paused', actions: ['endCrisis', say('crisis.stopped')] },
            ],
            { id: 'crisis-continueIntake', trail: false },
          ),
        },
      },
      paused: {
        id: 'paused',
        tags: ['awaitingInput'],
        meta: { ended: 'paused' },
        on: {
          'user.message': { target: '#intake-hist', actions: [say('notices.welcomeBack')] },
          'user.stop': { actions: [say('notices.stillPaused')] },
        },
      },
    },
  };

  // The chart is generated from the steps (see machine/builders.ts for why its types are loose here).
  return s.createMachine(chart as never);
}

export type IntakeMachine = ReturnType<typeof createIntakeMachine>;
