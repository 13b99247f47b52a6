// One choice from typed text: whole-answer synonyms, positions, a unique mention in a sentence, ages, or own words.
import type { FieldDefinition } from '../../dialogs/types.js';
import { choiceCodes, choicePhraseIndex } from './choice-phrases.js';
import { withoutFiller } from './filler.js';
import { isBlank, ownWords } from './free-text.js';
import type { LexiconSet } from './lexicon.js';
import { tokensOf } from './normalize.js';
import { codesForNumbers, numericRanges } from './numeric-range.js';
import { codesOf } from './phrase-index.js';
import { parsePositions } from './positions.js';
import { invalid, skipFor, validated } from './results.js';
import { capitalizedCodes } from './short-codes.js';
import { isSkipAnswer } from './skip.js';
import type { InvalidReason, UnderstandingContext, Understood } from './types.js';

/** Nothing fits: the person's own words where the field takes them, else why not. */
const fallback = (field: FieldDefinition, text: string, reason: InvalidReason): Understood =>
  field.acceptsOwnWords ? ownWords(field, text) : invalid(reason);

export function understandChoice(
  field: FieldDefinition,
  text: string,
  ctx: UnderstandingContext,
  set: LexiconSet,
): Understood {
  const tokens = tokensOf(text);
  if (tokens.length === 0) return isBlank(text) ? invalid('empty') : fallback(field, text, 'no-match');
  const codes = choiceCodes(field, ctx.choices);
  const pick = (code: string): Understood => validated(field, code);
  const index = choicePhraseIndex(field, codes, ctx.choices, set);
  const meaningful = withoutFiller(tokens, set);

  const whole = index.codesForWhole(tokens) ?? index.codesForWhole(meaningful);
  if (whole) return whole.length === 1 ? pick(whole[0]!) : fallback(field, text, 'ambiguous');
  if (isSkipAnswer(tokens, meaningful, set)) return skipFor(field);

  const ranges = numericRanges(codes);
  const positions = parsePositions(meaningful, set, codes.length);
  if (positions) {
    const values = [...new Set(positions.map((position) => position.value))];
    if (values.length > 1) return invalid('one-only');
    const value = values[0]!;
    if (value >= 1 && value <= codes.length) return pick(codes[value - 1]!);
    if (!ranges) return fallback(field, text, 'no-match');
  }

  const mentioned = codesOf(index.mentions(tokens));
  for (const code of capitalizedCodes(text, codes)) if (!mentioned.includes(code)) mentioned.push(code);
  if (mentioned.length === 1) return pick(mentioned[0]!);
  if (mentioned.length > 1) return fallback(field, text, 'ambiguous');

  if (ranges) {
    const byNumber = codesForNumbers(tokens, ranges);
    if (byNumber.length === 1) return pick(byNumber[0]!);
    if (byNumber.length > 1) return invalid('ambiguous');
  }
  return fallback(field, text, 'no-match');
}
