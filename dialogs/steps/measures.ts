// Step `measures`: PHQ-2 and GAD-2 first, the full PHQ-9 / GAD-7 only when the short forms screen positive.
import { field } from '../field-schemas.js';
import { gadItemIds, phqItemIds } from '../screening/instruments.js';
import type { StepDefinition } from '../types.js';

export const measuresStep = {
  id: 'measures',
  fields: [...phqItemIds, ...gadItemIds].map((id) => field.scale('measures', id)),
} as const satisfies StepDefinition;
