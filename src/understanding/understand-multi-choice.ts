// Several choices from typed text: every choice mentioned anywhere ("mostly anxiety and some sleep stuff"), or positions ("1 and 3").
import type { FieldDefinition } from '../../dialogs/types.js';
import { choiceCodes, choicePhraseIndex } from './choice-phrases.js';
import { withoutFiller } from './filler.js';
import { isBlank } from './free-text.js';
import type { LexiconSet } from './lexicon.js';
import { tokensOf } from './normalize.js';
import { codesOf } from './phrase-index.js';
import { parsePositions } from './positions.js';
import { invalid, skipFor, validated } from './results.js';
import { isSkipAnswer } from './skip.js';
import type { UnderstandingContext, Understood } from './types.js';

/** The picked codes in the field's order, each once. */
function answer(field: FieldDefinition, codes: readonly string[], picked: readonly string[]): Understood {
  const ordered = codes.filter((code) => picked.includes(code));
  return ordered.length === 0 ? invalid('no-match') : validated(field, ordered);
}

export function understandMultiChoice(
  field: FieldDefinition,
  text: string,
  ctx: UnderstandingContext,
  set: LexiconSet,
): Understood {
  const tokens = tokensOf(text);
  if (tokens.length === 0) return invalid(isBlank(text) ? 'empty' : 'no-match');
  const codes = choiceCodes(field, ctx.choices);
  const index = choicePhraseIndex(field, codes, ctx.choices, set);
  const meaningful = withoutFiller(tokens, set);

  const whole = index.codesForWhole(tokens) ?? index.codesForWhole(meaningful);
  if (whole) return answer(field, codes, whole);
  if (isSkipAnswer(tokens, meaningful, set)) return skipFor(field);

  const positions = parsePositions(meaningful, set, codes.length);
  if (positions) {
    const picked: string[] = [];
    for (const { value } of positions) {
      const code = codes[value - 1];
      if (code === undefined) return invalid('no-match');
      picked.push(code);
    }
    return answer(field, codes, picked);
  }
  return answer(field, codes, codesOf(index.mentions(tokens)));
}
