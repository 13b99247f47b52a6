// Table-test plumbing: rows of [field id, typed text, expected] run per conversation language.
import { expect, it } from 'vitest';
import type { AnswerValue } from '../../dialogs/types.js';
import {
  type InvalidReason,
  type UnderstandingContext,
  type Understood,
  understandText,
} from '../../src/understanding/index.js';
import { contextFor, fieldById, type Locale } from './fixtures.js';

export const skip = { skip: true } as const;
export const bad = (reason: InvalidReason) => ({ invalid: reason }) as const;
export type Expected = AnswerValue | typeof skip | { readonly invalid: InvalidReason };
export type Row = [fieldId: string, text: string, expected: Expected];

export function understood(expected: Expected): Understood {
  if (typeof expected === 'object' && !Array.isArray(expected)) {
    return 'skip' in expected ? { kind: 'skip' } : { kind: 'invalid', reason: expected.invalid };
  }
  return { kind: 'answer', value: expected };
}

/** One test per row: understandText(field, text, ctx of `locale`) must give exactly the expected verdict. */
export function rowsFor(locale: Locale, rows: readonly Row[], extra: Partial<UnderstandingContext> = {}): void {
  it.each(rows)(`[${locale}] %s: %j → %j`, (fieldId, text, expected) => {
    const field = fieldById(fieldId);
    expect(understandText(field, text, contextFor(field, locale, extra))).toEqual(understood(expected));
  });
}
