// A tapped suggested action or an Adaptive Card submission: never trusted, checked against the schema and the offered codes.
import type { AnswerValue, FieldDefinition } from '../../dialogs/types.js';
import { choiceCodes } from './choice-phrases.js';
import { invalid, validated } from './results.js';
import type { UnderstandingContext, Understood } from './types.js';
import { understandText } from './understand-text.js';

/** More items than any field offers is tampering, not an answer. */
const maxItems = 50;
const maxCodeLength = 200;

/** Cards wrap the answer as `{ value: ... }`; only an own, plain `value` property is read. */
function unwrap(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  if (Object.getPrototypeOf(value) !== Object.prototype && Object.getPrototypeOf(value) !== null) return undefined;
  const descriptor = Object.getOwnPropertyDescriptor(value, 'value');
  return descriptor && 'value' in descriptor ? descriptor.value : undefined;
}

const isCode = (value: unknown): value is string =>
  typeof value === 'string' && value.length > 0 && value.length <= maxCodeLength;

/** Adaptive Cards send a multi-select as "a,b"; suggested actions and clients may send an array. */
function codeList(value: unknown): string[] | undefined {
  const items = typeof value === 'string' ? value.split(',') : value;
  if (!Array.isArray(items) || items.length === 0 || items.length > maxItems) return undefined;
  const codes: string[] = [];
  for (const item of items) {
    const code = typeof item === 'string' ? item.trim() : item;
    if (!isCode(code)) return undefined;
    if (!codes.includes(code)) codes.push(code);
  }
  return codes;
}

function understandUnknown(field: FieldDefinition, raw: unknown, ctx: UnderstandingContext): Understood {
  const value = unwrap(raw);
  const offered = choiceCodes(field, ctx.choices);
  const isOffered = (code: string) => offered.length === 0 || offered.includes(code);
  const check = (answer: AnswerValue) => validated(field, answer);

  switch (field.input) {
    case 'choice':
    case 'yesNo': {
      if (!isCode(value)) return invalid('no-match');
      const code = value.trim();
      if (offered.includes(code)) return check(code);
      if (field.input === 'choice' && field.acceptsOwnWords) return check(value);
      return isOffered(code) ? check(code) : invalid('no-match');
    }
    case 'multiChoice': {
      const codes = codeList(value);
      if (!codes?.every(isOffered)) return invalid('no-match');
      return check(offered.length > 0 ? offered.filter((code) => codes.includes(code)) : codes);
    }
    case 'scale': {
      const score = typeof value === 'string' && /^\s*[0-3]\s*$/.test(value) ? Number(value) : value;
      if (typeof score !== 'number' || !Number.isInteger(score)) return invalid('no-match');
      return check(score);
    }
    case 'text':
    case 'email':
    case 'phone':
      return typeof value === 'string' ? understandText(field, value, ctx) : invalid('no-match');
    default:
      return invalid('no-match');
  }
}

/** A tapped suggested action or an Adaptive Card submission: never trusted; validated with field.schema and against ctx.choices. */
export function understandValue(field: FieldDefinition, value: unknown, ctx: UnderstandingContext): Understood {
  try {
    return understandUnknown(field, value, ctx);
  } catch {
    return invalid('no-match');
  }
}
