// Step `about`: who the care is for and the basics that decide whether the practice can see them.
import { field } from '../field-schemas.js';
import type { StepDefinition } from '../types.js';

export const countryCodes = ['US', 'CA', 'GB', 'AU', 'ES', 'MX', 'other'] as const;

export const aboutStep = {
  id: 'about',
  fields: [
    field.choice('about', 'whoFor', ['myself', 'my-child', 'couple', 'family']),
    field.text('about', 'preferredName', { optional: true }),
    field.choice('about', 'pronouns', ['she', 'he', 'they', 'other'], { optional: true, acceptsOwnWords: true }),
    field.choice('about', 'ageRange', ['under-18', '18-24', '25-34', '35-44', '45-64', '65-plus']),
    field.dynamicChoice('about', 'country', 'countries', { titles: 'country' }),
    // Region names are the practice's own (its service areas), so they have no locale key.
    field.dynamicChoice('about', 'region', 'regions', {
      optional: true,
      acceptsOwnWords: true,
      titles: 'practice',
      askedWhen: { regionsFor: 'country' },
    }),
  ],
} as const satisfies StepDefinition;
