// An email address from typed text: found even inside a sentence, domain lower-cased, then the field's schema decides.
import type { FieldDefinition } from '../../dialogs/types.js';
import { isBlank } from './free-text.js';
import { invalid, validated } from './results.js';
import type { Understood } from './types.js';

/** RFC 5321's limit on a whole address; anything longer is not one. */
const maxEmailLength = 254;
const wrapping = /^[<("'[{]+|[>)"'\]}.,;:!?]+$/g;

/** The one word with an "@" in it, without the brackets or full stop around it ("write to <Ana@Example.com>."). */
function addressIn(text: string): string {
  const words = text.split(/\s+/).filter((word) => word.includes('@'));
  const word = words.length === 1 ? words[0]! : text;
  return word.replace(/^mailto:/i, '').replace(wrapping, '');
}

export function understandEmail(field: FieldDefinition, text: string): Understood {
  const clean = text
    .normalize('NFKC')
    .replace(/\p{Cf}/gu, '')
    .trim();
  if (isBlank(clean)) return invalid('empty');
  if (clean.length > maxEmailLength * 4) return invalid('email-format');
  const address = addressIn(clean);
  const at = address.lastIndexOf('@');
  if (at <= 0 || address.length > maxEmailLength) return invalid('email-format');
  const normalized = address.slice(0, at) + address.slice(at).toLowerCase();
  const verdict = validated(field, normalized);
  return verdict.kind === 'answer' ? verdict : invalid('email-format');
}
