// A PHQ/GAD item score from typed text: a digit 0-3 is the score itself; words ("several days", "casi todos los días") map to it.

import { scaleCodes } from '../../dialogs/field-schemas.js';
import type { FieldDefinition } from '../../dialogs/types.js';
import { choicePhraseIndex, type GenericPhrases } from './choice-phrases.js';
import { withoutFiller } from './filler.js';
import { isBlank } from './free-text.js';
import type { LexiconSet } from './lexicon.js';
import { tokensOf } from './normalize.js';
import { codesOf } from './phrase-index.js';
import { parsePositions } from './positions.js';
import { invalid, skipFor, validated } from './results.js';
import { isSkipAnswer } from './skip.js';
import type { UnderstandingContext, Understood } from './types.js';

const scaleWords: GenericPhrases = ({ lexicon }, tier) =>
  scaleCodes.flatMap((code) => lexicon.scale[code].map((text) => ({ text, code, tier })));

function scoreOf(field: FieldDefinition, score: number): Understood {
  return Number.isInteger(score) && score >= 0 && score < scaleCodes.length
    ? validated(field, score)
    : invalid('no-match');
}

function fromCodes(field: FieldDefinition, codes: readonly string[]): Understood {
  if (codes.length === 0) return invalid('no-match');
  if (codes.length > 1) return invalid('ambiguous');
  return scoreOf(field, Number(codes[0]));
}

export function understandScale(
  field: FieldDefinition,
  text: string,
  ctx: UnderstandingContext,
  set: LexiconSet,
): Understood {
  const tokens = tokensOf(text);
  if (tokens.length === 0) return invalid(isBlank(text) ? 'empty' : 'no-match');
  const meaningful = withoutFiller(tokens, set);
  const index = choicePhraseIndex(field, scaleCodes, ctx.choices, set, { generic: scaleWords });

  const whole = index.codesForWhole(tokens) ?? index.codesForWhole(meaningful);
  if (whole) return fromCodes(field, whole);
  if (isSkipAnswer(tokens, meaningful, set)) return skipFor(field);

  const positions = parsePositions(meaningful, set, scaleCodes.length);
  if (positions) {
    const scores = [...new Set(positions.map(({ kind, value }) => (kind === 'ordinal' ? value - 1 : value)))];
    return scores.length === 1 ? scoreOf(field, scores[0]!) : invalid('one-only');
  }
  return fromCodes(field, codesOf(index.mentions(tokens)));
}
