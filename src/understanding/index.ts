// Understanding typed answers and tapped values for intake fields: the public surface of src/understanding.
export { matchCommand } from './commands.js';
export { normalizeForMatching } from './normalize.js';
export type {
  ChoiceOption,
  Command,
  InvalidReason,
  UnderstandingContext,
  Understood,
} from './types.js';
export { understandText } from './understand-text.js';
export { understandValue } from './understand-value.js';
