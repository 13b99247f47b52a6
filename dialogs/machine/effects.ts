// Actions that show crisis help and resources; which resources is worked out from the context when they run.
import type { RiskKind } from '../crisis-policy.js';
import type { IntakeOptions } from '../intake-options.js';
import { personCountry } from '../routing.js';
import type { ActionRef } from './chart-types.js';
import { crisisNotice } from './notices.js';
import { resourceIdsFor } from './updates.js';

export type ResourcesReason = 'declined' | 'out-of-area' | 'non-acute';

export function crisisEffects(options: IntakeOptions) {
  /** The crisis help for the flow under way; `repeat` when the person said they are not safe. */
  const showCrisis = (repeat: boolean): ActionRef => ({
    type: 'showCrisis',
    params: ({ context }) => crisisNotice(context, options, repeat),
  });

  /** Resources without a crisis (declined consent, out of area, a non-acute screen), noted as shown. */
  const showResources = (reason: ResourcesReason, kinds: RiskKind[] = []): ActionRef[] => [
    {
      type: 'showResources',
      params: ({ context }) => ({ reason, resourceIds: resourceIdsFor(context, options, kinds) }),
    },
    {
      type: 'noteResourcesShown',
      params: ({ context }) => ({ resourceIds: resourceIdsFor(context, options, kinds) }),
    },
  ];

  /** The resources a crisis message shows, noted as shown. */
  const noteCrisisResources: ActionRef = {
    type: 'noteResourcesShown',
    params: ({ context }) => ({ resourceIds: resourceIdsFor(context, options) }),
  };

  /** The check-in's own help: the crisis line and the emergency number, whatever the guess (CRISIS.md). */
  const checkInResources = (context: Parameters<typeof resourceIdsFor>[0]) =>
    options.resourcesFor(personCountry(context, options), [], false, 'self');

  /** Opens a gentle check-in (the learned tier is unsure), with the help shown under the question. */
  const beginCheckIn: ActionRef[] = [
    'openCheckIn',
    {
      type: 'showCheckIn',
      params: ({ context, event }) => ({
        kindGuess: event.type === 'risk.uncertain' ? event.kindGuess : 'suicide',
        resourceIds: checkInResources(context),
      }),
    },
    { type: 'noteResourcesShown', params: ({ context }) => ({ resourceIds: checkInResources(context) }) },
  ];

  return { showCrisis, showResources, noteCrisisResources, beginCheckIn };
}

export type CrisisEffects = ReturnType<typeof crisisEffects>;
