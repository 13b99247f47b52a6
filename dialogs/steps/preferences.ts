// Step `preferences`: how and when to meet, who with, and how it will be paid for.
import { whenAnswer } from '../asked-when.js';
import { field } from '../field-schemas.js';
import type { StepDefinition } from '../types.js';

export const availabilityCodes = ['weekday-mornings', 'weekday-afternoons', 'weekday-evenings', 'weekends'] as const;

export const preferencesStep = {
  id: 'preferences',
  fields: [
    field.multiChoice('preferences', 'formats', ['in-person', 'video', 'phone', 'messaging', 'no-preference']),
    field.multiChoice('preferences', 'availability', availabilityCodes, { titles: 'times' }),
    field.choice('preferences', 'therapistGender', ['woman', 'man', 'non-binary', 'no-preference'], { optional: true }),
    field.dynamicChoice('preferences', 'therapistLanguage', 'therapistLanguages', {
      optional: true,
      titles: 'language',
    }),
    field.text('preferences', 'therapistNotes', { optional: true }),
    field.choice('preferences', 'payment', ['insurance', 'self-pay', 'not-sure']),
    field.text('preferences', 'insuranceCarrier', { askedWhen: whenAnswer('payment', 'insurance') }),
  ],
} as const satisfies StepDefinition;
