// Where a choice's title lives in the locale files, read from the field's definition (its `titles`).
import type { FieldDefinition } from './types.js';

/** The locale key of a choice's title; the practice's own names (regions) have none. */
export function choiceTitleKey(field: FieldDefinition, code: string): string | undefined {
  const titles = field.titles ?? 'own';
  if (titles === 'practice') return undefined;
  return titles === 'own' ? `intake:fields.${field.id}.choices.${code}` : `intake:choices.${titles}.${code}`;
}
