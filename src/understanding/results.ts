// Small constructors for verdicts, so every matcher builds them the same way.
import type { AnswerValue, FieldDefinition } from '../../dialogs/types.js';
import type { InvalidReason, Settled } from './types.js';

export const invalid = (reason: InvalidReason): Settled => ({ kind: 'invalid', reason });

/** A skip word: a skip for an optional field, a re-prompt for a required one. */
export const skipFor = (field: FieldDefinition): Settled =>
  field.optional ? { kind: 'skip' } : invalid('not-optional');

/** The final gate for every answer: the field's own zod schema decides, whatever the matcher thought. */
export function validated(field: FieldDefinition, value: AnswerValue, trimmed = false): Settled {
  const parsed = field.schema.safeParse(value);
  if (!parsed.success) return invalid('no-match');
  return trimmed ? { kind: 'answer', value: parsed.data, trimmed: true } : { kind: 'answer', value: parsed.data };
}
