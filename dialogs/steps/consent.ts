// Step `consent`: one consent that covers storing the answers and being contacted.
import { field } from '../field-schemas.js';
import type { StepDefinition } from '../types.js';

/** Bump when the wording of the consent notice changes, so each record says which notice was agreed to. */
export const consentNoticeVersion = '2026-11-28';

export const consentStep = {
  id: 'consent',
  fields: [field.yesNo('consent', 'consent')],
} as const satisfies StepDefinition;
