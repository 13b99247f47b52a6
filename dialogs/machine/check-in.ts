// The gentle check-in (CRISIS.md): when the learned tier is unsure, one question, "are you safe right now?", with the
// crisis line and emergency number under it. Safe: recorded, and back to where the person was. Not safe, not sure,
// or no answer (another message, or leaving): a concern of the guessed kind, and that kind's crisis flow.
import { action, is, say } from './builders.js';
import type { ChartNode, Route } from './chart-types.js';
import type { ChartKit } from './kit.js';
import { checkInAnswerOf } from './updates.js';

/** A signal raised from anywhere the learned tier is unsure: into the check-in. */
export const enterCheckIn = ({ beginCheckIn }: ChartKit): Route => ({
  target: '#crisis-checkIn',
  actions: beginCheckIn,
});

export function checkInQuestion(kit: ChartKit): ChartNode {
  const { setup, question } = kit;
  /** Records the answer (or its absence) and, unless the person is safe, raises a concern of the guessed kind. */
  const conclude = setup.enqueueActions(({ context, event, enqueue }) => {
    const open = context.openCheckIn;
    const answer = checkInAnswerOf(event);
    enqueue(action('closeCheckIn', { answer }));
    if (answer === 'safe' || !open) return;
    enqueue.raise({
      type: 'risk.detected',
      signals: [{ kind: open.kindGuess, level: 'concern' }],
      rules: [`check-in.${answer}`],
      minor: false,
      subject: 'self',
      source: 'check-in',
      step: open.step,
      field: open.field,
      at: event.at,
    });
  });
  const unanswered: Route[] = [{ actions: [conclude] }];
  const asked = question(
    'checkIn',
    [
      { guard: is('checkIn', 'safe'), target: '#intake-hist', actions: [conclude, say('crisis.checkInSafe')] },
      { actions: [conclude] },
    ],
    { id: 'crisis-checkIn', trail: false },
  );
  return {
    ...asked,
    on: {
      ...asked.on,
      // Anything but an answer is no answer: the concern stands and its flow runs.
      'user.invalid': unanswered,
      'user.skip': unanswered,
      'user.stop': unanswered,
      'user.message': unanswered,
      'checkIn.expired': unanswered,
    },
  };
}
