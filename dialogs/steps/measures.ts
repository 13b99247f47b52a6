// Step `measures`: PHQ-2 and GAD-2 first, the full PHQ-9 / GAD-7 only when the short forms screen positive.
import { field } from '../field-schemas.js';
import { gadItemIds, phqItemIds, shortFormPositiveAt } from '../screening/instruments.js';
import type { AskedWhen, StepDefinition } from '../types.js';

/** Items 3 onwards are asked when the first two (the short form) add up to the screening cut-off. */
const fullScale = (items: readonly string[]) => {
  const whenPositive: AskedWhen = { scoreOf: items.slice(0, 2), atLeast: shortFormPositiveAt };
  return (index: number) => (index < 2 ? {} : { askedWhen: whenPositive });
};
const phqItem = fullScale(phqItemIds);
const gadItem = fullScale(gadItemIds);

export const measuresStep = {
  id: 'measures',
  fields: [
    ...phqItemIds.map((id, index) => field.scale('measures', id, phqItem(index))),
    ...gadItemIds.map((id, index) => field.scale('measures', id, gadItem(index))),
  ],
} as const satisfies StepDefinition;
