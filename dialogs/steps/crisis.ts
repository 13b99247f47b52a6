// Step `crisis`: the questions of the crisis branch (CRISIS.md); ASQ items asked here keep step `safety`.
import { field } from '../field-schemas.js';
import type { StepDefinition } from '../types.js';

export const crisisStep = {
  id: 'crisis',
  fields: [
    field.yesNo('crisis', 'safeNow'),
    field.yesNo('crisis', 'safeToChat'),
    field.choice('crisis', 'continueIntake', ['continue', 'stop']),
    // The gentle check-in when the learned tier is unsure (CRISIS.md).
    field.choice('crisis', 'checkIn', ['safe', 'not-safe', 'not-sure']),
  ],
} as const satisfies StepDefinition;
