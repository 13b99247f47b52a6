// Answers in the person's own words: kept as typed (trimmed), cut to the field's limit instead of refused.
import { maxTextLength } from '../../dialogs/field-schemas.js';
import type { FieldDefinition } from '../../dialogs/types.js';
import { invalid, validated } from './results.js';
import type { Settled } from './types.js';

/** Longest own-words answer to a choice field (pronouns, region), as its schema allows. */
export const maxOwnWordsLength = 80;

/** Nothing but spaces and invisible formatting (zero-width, direction marks). */
export const isBlank = (text: string): boolean => /^[\s\p{Cf}]*$/u.test(text);

/** At most `max` UTF-16 units, never splitting a surrogate pair. */
export function cutTo(text: string, max: number): { text: string; cut: boolean } {
  if (text.length <= max) return { text, cut: false };
  let end = max;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return { text: text.slice(0, end).trimEnd(), cut: true };
}

/** A text field's answer: trimmed, at most 2000 characters (longer is cut and flagged). */
export function understandFreeText(field: FieldDefinition, text: string): Settled {
  const trimmed = text.trim();
  if (isBlank(trimmed)) return invalid('empty');
  const { text: value, cut } = cutTo(trimmed, maxTextLength);
  return validated(field, value, cut);
}

/** A choice field that takes own words: the text itself on one line, at most 80 characters. */
export function ownWords(field: FieldDefinition, text: string): Settled {
  const line = text.replace(/\s+/g, ' ').trim();
  if (isBlank(line)) return invalid('empty');
  const { text: value, cut } = cutTo(line, maxOwnWordsLength);
  return validated(field, value, cut);
}
