// The intake statechart: every step in order with its branches, the global commands, and the crisis branch.
import { and, not } from 'xstate';
import type { IntakeOptions } from './intake-options.js';
import { action, all, guard, is, next, say, section } from './machine/builders.js';
import type { ActionRef, ChartNode, GuardName, Route } from './machine/chart-types.js';
import { chartKit } from './machine/kit.js';
import { initialContext } from './machine/updates.js';
import { answersAfter } from './routing.js';
import { asqScreenItems } from './screening/asq.js';
import { gadItemIds, phqItemIds } from './screening/instruments.js';
import { screenResult } from './screening/screen.js';
import type { IntakeFieldId } from './steps/index.js';
import { editableSections } from './steps/review.js';

/** Where the ASQ's questions are asked: the safety step (`ask-`) or the crisis branch (`crisis-`). */
type AsqPlace = 'ask-' | 'crisis-';

/** The first ASQ item still to ask (an item answered elsewhere is not asked twice). */
const firstUnansweredAsq = (place: AsqPlace): Route[] => [
  ...asqScreenItems.map((id): Route => ({ guard: guard('isUnanswered', { field: id }), target: `#${place}${id}` })),
  { guard: 'needsAsq5', target: `#${place}asq5` },
];

export function createIntakeMachine(options: IntakeOptions) {
  const kit = chartKit(options);
  const { setup, question, leave, showCrisis, showResources, noteCrisisResources } = kit;

  // Out of the service area: explain, show resources and where to look; go on only if the practice allows.
  const outOfArea = (when: GuardName): Route[] => [
    ...leave('about', 'reasons', {
      when: [when, 'mayContinueOutOfArea'],
      actions: [...showResources('out-of-area'), say('notices.outOfAreaContinue')],
    }),
    {
      guard: when,
      target: '#intake-closed',
      actions: [...showResources('out-of-area'), say('notices.outOfAreaClosed')],
    },
  ];

  // After the screen: back into the measures if PHQ-9 item 9 brought it forward, else on to contact (`when` all hold).
  const afterSafety = (when: readonly GuardName[], actions: readonly ActionRef[] = []): Route[] => [
    {
      guard: and([...when, 'isEarlySafety', 'isGadFullPending']),
      target: '#ask-gad3',
      actions: ['endEarlySafety', ...actions],
    },
    { guard: and([...when, 'isEarlySafety']), target: '#section-goals', actions: ['endEarlySafety', ...actions] },
    { guard: all(when), target: '#section-contact', actions },
  ];
  // The screen's result: acute goes straight into the crisis branch (raised, so `back` and history resume after it).
  const concludeScreen = setup.enqueueActions(({ context, event, enqueue }) => {
    enqueue(action('concludeScreen', { instrument: options.screeningInstrument }));
    const result = screenResult(answersAfter(context, event), options.screeningInstrument);
    if (result === 'acute') {
      enqueue.raise({
        type: 'risk.detected',
        signals: [{ kind: 'suicide', level: 'emergency' }],
        rules: ['asq.acute'],
        minor: false,
        source: 'screen',
        step: 'safety',
        field: 'asq5',
        at: event.at,
      });
    } else if (result === 'non-acute') {
      for (const shown of showResources('non-acute', ['suicide'])) enqueue(shown);
      enqueue(say('notices.screenNonAcute'));
    } else {
      enqueue(say('notices.screenNegative'));
    }
  });
  const concludeSafety = afterSafety([], [concludeScreen]);

  const asqConcluded = action('concludeScreen', { instrument: 'asq' });

  // The C-SSRS screener in the safety step, for practices that chose it: Q3–Q5 after active thoughts, then behaviour.
  const yesOrDeclined = (field: 'cssrs2' | 'cssrs6') => guard('isYesOrDeclined', { field });
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
  function asqQuestions(place: AsqPlace, done: readonly Route[], onTrail: boolean): Record<string, ChartNode> {
    const ask = (field: (typeof asqScreenItems)[number] | 'asq4Details' | 'asq5', routes: readonly Route[]) =>
      question(field, routes, { id: `${place}${field}`, trail: onTrail, step: 'safety' });
    return {
      asq1: ask('asq1', [{ target: `#${place}asq2` }]),
      asq2: ask('asq2', [{ target: `#${place}asq3` }]),
      asq3: ask('asq3', [{ target: `#${place}asq4` }]),
      asq4: ask('asq4', [
        { guard: is('asq4', 'yes'), target: `#${place}asq4Details` },
        { guard: 'needsAsq5', target: `#${place}asq5` },
        ...done,
      ]),
      asq4Details: ask('asq4Details', [{ guard: 'needsAsq5', target: `#${place}asq5` }, ...done]),
      asq5: ask('asq5', done),
    };
  }

  /** Items asked one after another, each leading to the next (the last one routes on its own). */
  const inOrder = (ids: readonly IntakeFieldId[]): Record<string, ChartNode> =>
    Object.fromEntries(
      ids.flatMap((id, i) => {
        const following = ids[i + 1];
        return following ? [[id, question(id, next(following))]] : [];
      }),
    );
  const measures: Record<string, ChartNode> = {
    route: { always: [{ guard: 'isMeasuresDisabled', target: '#section-goals' }, { target: '#ask-phq1' }] },
    phq1: question('phq1', next('phq2')),
    phq2: question('phq2', next('gad1')),
    gad1: question('gad1', next('gad2')),
    gad2: question('gad2', [
      { guard: 'isPhq2Positive', target: '#ask-phq3' },
      { guard: 'isGad2Positive', target: '#ask-gad3' },
      ...leave('measures', 'goals'),
    ]),
    ...inOrder(phqItemIds.slice(2)),
    phq9: question('phq9', [
      {
        guard: and(['isPhq9Item9Positive', not('isScreenComplete')]),
        target: '#section-safety',
        actions: ['notePhq9Item9', 'markEarlySafety', say('notices.safetyQuestionsNext')],
      },
      { guard: 'isGad2Positive', target: '#ask-gad3', actions: ['notePhq9Item9'] },
      ...leave('measures', 'goals', { actions: ['notePhq9Item9'] }),
    ]),
    ...inOrder(gadItemIds.slice(2)),
    gad7: question('gad7', leave('measures', 'goals')),
  };

  const review = question('review', [
    {
      guard: and([is('review', 'submit'), 'hasOpenPhonePermissions']),
      target: '#ask-voicemailOk',
      actions: [action('setEditing', { section: 'phone-permissions' }), say('notices.askPhonePermissions')],
    },
    {
      guard: and([is('review', 'submit'), not('hasWayToContact')]),
      target: '#section-contact',
      actions: [action('setEditing', { section: 'contact' }), say('notices.needContact')],
    },
    {
      guard: and([is('review', 'submit'), 'hasConsent']),
      target: '#intake-submitted',
      actions: ['markSubmitted', say('notices.submitted')],
    },
    { guard: is('review', 'submit'), target: '#section-consent' },
    ...editableSections.map(
      (sectionId): Route => ({
        guard: is('review', `edit-${sectionId}`),
        target: `#section-${sectionId}`,
        actions: [action('setEditing', { section: sectionId })],
      }),
    ),
  ]);

  const crisisAsq = asqQuestions(
    'crisis-',
    [
      // Acute found by the screen: emergency guidance and "are you safe" (already done when the flow began as one).
      {
        guard: and([guard('isAsqResult', { result: 'acute' }), guard('isFlow', { flow: 'suicide-emergency' })]),
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
  const safeNowStatement = action('recordStatement', { kind: 'safe-now' });
  const safeToChatStatement = action('recordStatement', { kind: 'safe-to-chat' });

  // Commands and signals that work anywhere (a state may answer them its own way).
  const anywhere: ChartNode['on'] = {
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
  };

  const submitted: ChartNode = {
    id: 'intake-submitted',
    tags: ['awaitingInput'],
    meta: { step: 'submitted' },
    on: {
      'user.message': { actions: [say('notices.submittedAlready')] },
      'user.restart': { actions: [say('notices.submittedNoRestart')] },
      'user.delete': { actions: [say('notices.submittedNoDelete')] },
      'user.stop': { actions: [say('notices.goodbye')] },
    },
  };
  const declined: ChartNode = {
    id: 'intake-declined',
    tags: ['awaitingInput'],
    meta: { ended: 'declined' },
    on: {
      'user.message': { actions: [say('notices.declinedAlready')] },
      'user.stop': { actions: [say('notices.goodbye')] },
    },
  };
  const closed: ChartNode = {
    id: 'intake-closed',
    tags: ['awaitingInput'],
    meta: { ended: 'closed' },
    on: {
      'user.message': { actions: [say('notices.closedAlready')] },
      'user.stop': { actions: [say('notices.goodbye')] },
    },
  };
  const crisis: ChartNode = {
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
          { guard: guard('isFlow', { flow: 'unsafe-at-home' }), target: '#crisis-safeToChat' },
          { guard: guard('isFlow', { flow: 'suicide-concern' }), target: '#crisis-screen' },
          { target: '#crisis-safeNow' },
        ],
      },
      screen: {
        id: 'crisis-screen',
        initial: 'route',
        states: {
          route: { always: [...firstUnansweredAsq('crisis-'), { target: '#crisis-continueIntake' }] },
          ...crisisAsq,
        },
      },
      safeNow: question(
        'safeNow',
        [
          {
            guard: 'needsAsq5AfterSafeNow',
            target: '#crisis-asq5',
            actions: [safeNowStatement, showCrisis(true)],
          },
          {
            guard: is('safeNow', 'no'),
            target: '#crisis-continueIntake',
            actions: [safeNowStatement, showCrisis(true)],
          },
          { target: '#crisis-continueIntake', actions: [safeNowStatement] },
        ],
        { id: 'crisis-safeNow', trail: false },
      ),
      safeToChat: question(
        'safeToChat',
        [
          {
            guard: is('safeToChat', 'no'),
            target: '#paused',
            actions: [safeToChatStatement, 'endCrisis', say('crisis.leaveSafely')],
          },
          { target: '#crisis-continueIntake', actions: [safeToChatStatement] },
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
  };
  const paused: ChartNode = {
    id: 'paused',
    tags: ['awaitingInput'],
    meta: { ended: 'paused' },
    on: {
      'user.message': { target: '#intake-hist', actions: [say('notices.welcomeBack')] },
      'user.stop': { actions: [say('notices.stillPaused')] },
    },
  };

  return setup.createMachine({
    id: 'intake',
    context: ({ input }) => initialContext(input),
    initial: 'intake',
    on: anywhere,
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
                guard: not(is('whoFor', 'myself')),
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
                when: ['isCarrierAccepted'],
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
                    ...afterSafety(['isScreenComplete']),
                    { guard: 'isCssrs', target: '#ask-cssrs1' },
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
          submitted,
          declined,
          closed,
          hist: { id: 'intake-hist', type: 'history', history: 'deep', target: 'welcome' },
        },
      },
      crisis,
      paused,
    },
  });
}

export type IntakeMachine = ReturnType<typeof createIntakeMachine>;
