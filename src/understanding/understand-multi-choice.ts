// Several choices from typed text: every choice mentioned anywhere ("mostly anxiety and some sleep stuff"), or positions ("1 and 3").
import type { FieldDefinition } from '../../dialogs/types.js';
import { choiceCodes, choicePhraseIndex } from './choice-phrases.js';
import { fillerMask, withoutFiller } from './filler.js';
import { isBlank } from './free-text.js';
import type { LexiconSet } from './lexicon.js';
import { nearMatchIndex } from './near-matches.js';
import { tokensOf } from './normalize.js';
import { codesOf, type Mention } from './phrase-index.js';
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
  const mentions = index.mentions(tokens);
  const said = answer(field, codes, codesOf(mentions));
  return confirmSlips(field, tokens, mentions, ctx, set, said);
}

/** More words than this left over, and the message is not checked for slips. */
const mostLeftoverWords = 12;

/**
 * Words left over once the choices said exactly are found, that are a slip away from another choice ("anxeity and
 * sleep"): confirmed rather than dropped. Only slips count here, not parts of names: a sentence has many words.
 */
function confirmSlips(
  field: FieldDefinition,
  tokens: readonly string[],
  mentions: readonly Mention[],
  ctx: UnderstandingContext,
  set: LexiconSet,
  said: Understood,
): Understood {
  if (said.kind === 'unsure' || !Array.isArray(ctx.choices) || ctx.choices.length === 0) return said;
  const covered = new Uint8Array(tokens.length);
  for (const mention of mentions) covered.fill(1, mention.start, mention.end);
  const mask = fillerMask(tokens, set);
  const leftover = tokens.filter((_, i) => covered[i] === 0 && mask[i] === 0);
  // A long message is someone telling their story, not a list of choices with a slip in it.
  if (leftover.length === 0 || leftover.length > mostLeftoverWords) return said;
  const keep = said.kind === 'answer' && Array.isArray(said.value) ? said.value : [];
  const candidates = nearMatchIndex(field.id, ctx.choices, set, false)
    .suggest(leftover, { partialWords: false, prefixes: false })
    .filter((code) => !keep.includes(code));
  return candidates.length > 0 ? { kind: 'unsure', candidates, keep, otherwise: said } : said;
}
