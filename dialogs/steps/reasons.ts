// Step `reasons`: what brings the person to therapy, as choices and in their own words.
import { field } from '../field-schemas.js';
import type { StepDefinition } from '../types.js';

export const reasonsStep = {
  id: 'reasons',
  fields: [
    field.multiChoice('reasons', 'reasons', [
      'anxiety',
      'low-mood',
      'stress',
      'relationships',
      'family',
      'grief',
      'trauma',
      'life-changes',
      'work-school',
      'self-esteem',
      'sleep',
      'substance-use',
      'anger',
      'other',
    ]),
    field.text('reasons', 'reasonsOwnWords', { optional: true }),
  ],
} as const satisfies StepDefinition;
