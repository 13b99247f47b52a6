// The review: submit once there is consent and a way to reach the person (asking for what is missing), or edit a section.
import { and, not } from 'xstate';
import { editableSections } from '../steps/review.js';
import { action, is, say } from './builders.js';
import type { ChartNode, Route } from './chart-types.js';
import type { ChartKit } from './kit.js';

export function reviewQuestion({ question }: ChartKit): ChartNode {
  return question('review', [
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
      (section): Route => ({
        guard: is('review', `edit-${section}`),
        target: `#section-${section}`,
        actions: [action('setEditing', { section })],
      }),
    ),
  ]);
}
