// Step `welcome`: greets, says the chat is not monitored live, and lets the person start, wait, or switch language.
import { field } from '../field-schemas.js';
import type { StepDefinition } from '../types.js';

export const welcomeStep = {
  id: 'welcome',
  fields: [field.choice('welcome', 'start', ['start', 'not-now', 'language'])],
} as const satisfies StepDefinition;
