// Understanding typed answers and tapped values for intake fields: the public surface of src/understanding.
export { matchCommand } from './commands.js';
export { suggestNear } from './near-matches.js';
export { normalizeForMatching } from './normalize.js';
export type {
  ChoiceOption,
  Command,
  InvalidReason,
  Settled,
  UnderstandingContext,
  Understood,
  Unsure,
} from './types.js';
export { noneOfThese, understandSuggestion } from './understand-suggestion.js';
export { understandText } from './understand-text.js';
export { understandValue } from './understand-value.js';
