// One choice from typed text: whole-answer synonyms, positions, a unique mention in a sentence, ages, or own words.
import type { FieldDefinition } from '../../dialogs/types.js';
import { choiceCodes, choicePhraseIndex } from './choice-phrases.js';
import { withoutFiller } from './filler.js';
import { isBlank, ownWords } from './free-text.js';
import type { LexiconSet } from './lexicon.js';
import { nearMatchIndex } from './near-matches.js';
import { tokensOf } from './normalize.js';
import { codesForNumbers, numericRanges } from './numeric-range.js';
import { codesOf } from './phrase-index.js';
import { parsePositions } from './positions.js';
import { invalid, skipFor, validated } from './results.js';
import { capitalizedCodes } from './short-codes.js';
import { isSkipAnswer } from './skip.js';
import type { InvalidReason, Settled, UnderstandingContext, Understood } from './types.js';

/** Nothing fits: the person's own words where the field takes them, else why not. */
const fallback = (field: FieldDefinition, text: string, reason: InvalidReason): Settled =>
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
  return confirmNear(field, meaningful, ctx, set, fallback(field, text, 'no-match'));
}

/** More words than this, and the answer is a sentence, not a near miss of a choice's name. */
const mostWordsChecked = 12;

/** Nothing named a choice exactly: words that nearly do are to be confirmed ("mass" → Massachusetts?). */
function confirmNear(
  field: FieldDefinition,
  meaningful: readonly string[],
  ctx: UnderstandingContext,
  set: LexiconSet,
  otherwise: Settled,
): Understood {
  if (!Array.isArray(ctx.choices) || ctx.choices.length === 0) return otherwise;
  if (meaningful.length > mostWordsChecked) return otherwise;
  // Where own words are an answer (pronouns), one word of a choice's name is not a near miss: only slips and starts are.
  // A place is different: "New" may well mean New Hampshire, and a place is never taken as typed unconfirmed.
  const partialWords = !field.acceptsOwnWords || field.dynamicChoices === 'regions';
  const candidates = nearMatchIndex(field.id, ctx.choices, set).suggest(meaningful, { partialWords, prefixes: true });
  return candidates.length > 0 ? { kind: 'unsure', candidates, keep: [], otherwise } : otherwise;
}
