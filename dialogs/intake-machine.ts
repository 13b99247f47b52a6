// The intake statechart as its table of contents: each step in order with its branches, commands, the crisis branch.
import { not } from 'xstate';
import type { IntakeOptions } from './intake-options.js';
import { guard, is, next, say, section } from './machine/builders.js';
import type { ChartNode, GuardName, Route } from './machine/chart-types.js';
import { enterCheckIn } from './machine/check-in.js';
import { crisisBranch, enterCrisis } from './machine/crisis-branch.js';
import { closed, declined, paused, submitted } from './machine/ended-states.js';
import { type ChartKit, chartKit } from './machine/kit.js';
import { measuresSection } from './machine/measures.js';
import { reviewQuestion } from './machine/review.js';
import { safetySection } from './machine/safety-screen.js';
import { initialContext } from './machine/updates.js';

/** Out of the service area: explain, show resources and where to look; go on only if the practice allows. */
const outOfArea = ({ leave, showResources }: ChartKit, when: GuardName): Route[] => [
  ...leave('about', 'reasons', {
    when: [when, 'mayContinueOutOfArea'],
    actions: [...showResources('out-of-area'), say('notices.outOfAreaContinue')],
  }),
  { guard: when, target: '#intake-closed', actions: [...showResources('out-of-area'), say('notices.outOfAreaClosed')] },
];

export function createIntakeMachine(options: IntakeOptions) {
  const kit = chartKit(options);
  const { setup, question, leave, showResources } = kit;

  // Commands and signals that work anywhere (a state may answer them its own way).
  const anywhere: ChartNode['on'] = {
    'risk.detected': enterCrisis(kit),
    'risk.uncertain': enterCheckIn(kit),
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
              ...outOfArea(kit, 'isCountryOutOfArea'),
              ...leave('about', 'reasons'),
            ]),
            region: question('region', [...outOfArea(kit, 'isRegionOutOfArea'), ...leave('about', 'reasons')]),
          }),
          reasons: section('reasons', {
            reasons: question('reasons', next('reasonsOwnWords')),
            reasonsOwnWords: question('reasonsOwnWords', leave('reasons', 'history')),
          }),
          history: section('history', {
            priorTherapy: question('priorTherapy', next('medication')),
            medication: question('medication', leave('history', 'measures')),
          }),
          measures: measuresSection(kit),
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
          safety: safetySection(kit),
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
          review: section('review', { review: reviewQuestion(kit) }),
          submitted,
          declined,
          closed,
          hist: { id: 'intake-hist', type: 'history', history: 'deep', target: 'welcome' },
        },
      },
      crisis: crisisBranch(kit),
      paused,
    },
  });
}

export type IntakeMachine = ReturnType<typeof createIntakeMachine>;
