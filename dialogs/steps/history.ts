// Step `history`: earlier therapy and medication, asked without judgement.
import { field } from '../field-schemas.js';
import type { StepDefinition } from '../types.js';

export const historyStep = {
  id: 'history',
  fields: [
    field.choice('history', 'priorTherapy', ['current', 'past', 'never']),
    field.choice('history', 'medication', ['yes', 'no', 'prefer-not']),
  ],
} as const satisfies StepDefinition;
