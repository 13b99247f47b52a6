// Step `contact`: how the practice may reach the person, with discreet defaults (no voicemail or texts unless agreed).
import { field } from '../field-schemas.js';
import type { StepDefinition } from '../types.js';
import { availabilityCodes } from './preferences.js';

export const contactStep = {
  id: 'contact',
  fields: [
    field.text('contact', 'firstName'),
    field.text('contact', 'lastName', { optional: true }),
    field.email('contact', 'email', { optional: true }),
    // Optional only once an email is given; the machine enforces "at least one way to reach you".
    field.phone('contact', 'phone', { optional: true }),
    field.dynamicMultiChoice('contact', 'contactMethods', 'contactMethods'),
    // Voicemail and texts are asked only of someone who gave a phone number.
    field.yesNo('contact', 'voicemailOk', { askedWhen: { answered: 'phone' } }),
    field.yesNo('contact', 'textOk', { askedWhen: { answered: 'phone' } }),
    field.multiChoice('contact', 'bestTimes', availabilityCodes, { optional: true, titles: 'times' }),
  ],
} as const satisfies StepDefinition;

export const contactMethodCodes = ['email', 'phone', 'text'] as const;
