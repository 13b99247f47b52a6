// The crisis branch (CRISIS.md): help at once, the flow for the kind of risk, then back to the same question or stop.
import { and } from 'xstate';
import { action, guard, is, say } from './builders.js';
import type { ChartNode, Route } from './chart-types.js';
import { checkInQuestion } from './check-in.js';
import type { ChartKit } from './kit.js';
import { asqQuestions, firstUnansweredAsq } from './safety-screen.js';

/** A risk signal from anywhere: into the crisis branch, with the crisis help in that same turn. */
export const enterCrisis = ({ noteCrisisResources, showCrisis }: ChartKit): Route => ({
  target: '#crisis',
  reenter: true,
  actions: ['noteRisk', 'beginCrisis', noteCrisisResources, showCrisis(false)],
});

export function crisisBranch(kit: ChartKit): ChartNode {
  const { question, showCrisis, noteCrisisResources } = kit;
  const asqConcluded = action('concludeScreen', { instrument: 'asq' });
  const screenDone: Route[] = [
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
  ];
  const safeNow = action('recordStatement', { kind: 'safe-now' });
  const safeToChat = action('recordStatement', { kind: 'safe-to-chat' });

  return {
    id: 'crisis',
    initial: 'route',
    on: {
      // A signal no more urgent than the flow under way is recorded and its help shown again (the person said it
      // again: the numbers come back to the top of the chat); the flow goes on.
      'risk.detected': [
        { guard: 'isNoMoreUrgentThanActiveCrisis', actions: ['noteRisk', noteCrisisResources, showCrisis(false)] },
      ],
      // The crisis flow (or the check-in itself) is already asking how the person is.
      'risk.uncertain': { actions: [] },
      'user.stop': { target: '#paused', actions: ['endCrisis', say('crisis.stopped')] },
    },
    states: {
      checkIn: checkInQuestion(kit),
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
          ...asqQuestions(kit, 'crisis-', screenDone, false),
        },
      },
      safeNow: question(
        'safeNow',
        [
          // Not safe: the emergency guidance again (CRISIS.md); either way Q5 next where the flow calls for it.
          {
            guard: and([is('safeNow', 'no'), 'needsAsq5AfterSafeNow']),
            target: '#crisis-asq5',
            actions: [safeNow, showCrisis(true)],
          },
          { guard: is('safeNow', 'no'), target: '#crisis-continueIntake', actions: [safeNow, showCrisis(true)] },
          { guard: 'needsAsq5AfterSafeNow', target: '#crisis-asq5', actions: [safeNow] },
          { target: '#crisis-continueIntake', actions: [safeNow] },
        ],
        { id: 'crisis-safeNow', trail: false },
      ),
      safeToChat: question(
        'safeToChat',
        [
          {
            guard: is('safeToChat', 'no'),
            target: '#paused',
            actions: [safeToChat, 'endCrisis', say('crisis.leaveSafely')],
          },
          { target: '#crisis-continueIntake', actions: [safeToChat] },
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
}
