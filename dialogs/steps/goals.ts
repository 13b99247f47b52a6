// Step `goals`: what the person hopes will be different after therapy.
import { field } from '../field-schemas.js';
import type { StepDefinition } from '../types.js';

export const goalsStep = {
  id: 'goals',
  fields: [
    field.multiChoice(
      'goals',
      'goals',
      [
        'less-anxious',
        'better-mood',
        'handle-stress',
        'relationships',
        'work-through-loss',
        'confidence',
        'change-habit',
        'understand-myself',
        'other',
      ],
      { optional: true },
    ),
    field.text('goals', 'goalsOwnWords'),
  ],
} as const satisfies StepDefinition;
