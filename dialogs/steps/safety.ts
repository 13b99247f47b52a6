// Step `safety`: the ASQ suicide-risk screen; its items carry this step wherever they are asked.
import { whenAnswer, yesOrDeclined } from '../asked-when.js';
import { field } from '../field-schemas.js';
import { asqScreenItems } from '../screening/asq.js';
import type { StepDefinition } from '../types.js';

export const safetyStep = {
  id: 'safety',
  fields: [
    field.yesNo('safety', 'asq1', { preferNot: true }),
    field.yesNo('safety', 'asq2', { preferNot: true }),
    field.yesNo('safety', 'asq3', { preferNot: true }),
    field.yesNo('safety', 'asq4', { preferNot: true }),
    field.text('safety', 'asq4Details', { optional: true, askedWhen: whenAnswer('asq4', 'yes') }),
    // In the screen, Q5 follows any yes or declined answer to Q1–Q4; the crisis branch may also ask it on its own.
    field.yesNo('safety', 'asq5', { preferNot: true, askedWhen: yesOrDeclined(asqScreenItems) }),
    // The C-SSRS screener, asked instead of the ASQ when the practice has chosen (and licensed) it.
    field.yesNo('safety', 'cssrs1', { preferNot: true }),
    field.yesNo('safety', 'cssrs2', { preferNot: true }),
    field.yesNo('safety', 'cssrs3', { preferNot: true, askedWhen: yesOrDeclined(['cssrs2']) }),
    field.yesNo('safety', 'cssrs4', { preferNot: true, askedWhen: yesOrDeclined(['cssrs2']) }),
    field.yesNo('safety', 'cssrs5', { preferNot: true, askedWhen: yesOrDeclined(['cssrs2']) }),
    field.yesNo('safety', 'cssrs6', { preferNot: true }),
    field.yesNo('safety', 'cssrs6Recent', { preferNot: true, askedWhen: yesOrDeclined(['cssrs6']) }),
  ],
} as const satisfies StepDefinition;
