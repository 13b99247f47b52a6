// Yes, no (or "prefer not to say") from typed text: the answer must lead ("yes I think so"); yes and no together is unclear.
import type { FieldDefinition } from '../../dialogs/types.js';
import { choiceCodes, choicePhraseIndex, type GenericPhrases } from './choice-phrases.js';
import { fillerMask, onlyFillerBefore } from './filler.js';
import { isBlank } from './free-text.js';
import type { LexiconSet } from './lexicon.js';
import { tokensOf } from './normalize.js';
import { codesOf } from './phrase-index.js';
import { parsePositions } from './positions.js';
import { invalid, skipFor, validated } from './results.js';
import { isSkipAnswer } from './skip.js';
import type { UnderstandingContext, Understood } from './types.js';

/** Stands for "I don't know": never an answer, always a re-prompt. */
const unsure = '?';

/** A choice field whose codes are yes and no (and maybe prefer-not) reads like a yes/no question (medication). */
export function isYesNoLike(codes: readonly string[]): boolean {
  return (
    codes.includes('yes') &&
    codes.includes('no') &&
    codes.every((code) => code === 'yes' || code === 'no' || code === 'prefer-not')
  );
}

const genericFor =
  (preferNot: boolean): GenericPhrases =>
  ({ lexicon }, tier) => [
    ...(preferNot ? lexicon.preferNot.map((text) => ({ text, code: 'prefer-not', tier, anywhere: true })) : []),
    ...lexicon.unsure.map((text) => ({ text, code: unsure, tier: tier + 1 })),
    ...lexicon.yes.map((text) => ({ text, code: 'yes', tier: tier + 2 })),
    ...lexicon.no.map((text) => ({ text, code: 'no', tier: tier + 2 })),
  ];

// Built once: the phrase index behind an answer is kept per generic list (see choicePhraseIndex).
const genericWithPreferNot = genericFor(true);
const genericYesNo = genericFor(false);

function verdict(field: FieldDefinition, codes: readonly string[]): Understood {
  if (codes.length !== 1 || codes[0] === unsure) return invalid(codes.length === 0 ? 'no-match' : 'ambiguous');
  return validated(field, codes[0]!);
}

export function understandYesNo(
  field: FieldDefinition,
  text: string,
  ctx: UnderstandingContext,
  set: LexiconSet,
): Understood {
  const tokens = tokensOf(text);
  if (tokens.length === 0) return invalid(isBlank(text) ? 'empty' : 'no-match');
  const codes = choiceCodes(field, ctx.choices);
  const generic = codes.includes('prefer-not') ? genericWithPreferNot : genericYesNo;
  const index = choicePhraseIndex(field, codes, ctx.choices, set, { generic, titlesAnywhere: false });
  const mask = fillerMask(tokens, set);
  const meaningful = tokens.filter((_, i) => mask[i] === 0);

  const whole = index.codesForWhole(tokens) ?? index.codesForWhole(meaningful);
  if (whole) return verdict(field, whole);
  if (isSkipAnswer(tokens, meaningful, set)) return skipFor(field);

  const positions = parsePositions(meaningful, set, codes.length);
  if (positions) {
    const values = [...new Set(positions.map((position) => position.value))];
    if (values.length > 1) return invalid('one-only');
    const code = codes[values[0]! - 1];
    return code === undefined ? invalid('no-match') : validated(field, code);
  }

  const mentions = index
    .mentions(tokens)
    .filter((mention) => mention.codes.every((code) => codes.includes(code) || code === unsure));
  const first = mentions[0];
  if (!first) return invalid('no-match');
  const leads = onlyFillerBefore(mask, first.start);
  return verdict(field, codesOf(leads ? mentions : mentions.filter((mention) => mention.anywhere)));
}
