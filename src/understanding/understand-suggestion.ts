// The answer to "did you mean…?": one of the choices offered, by title, number or (with one choice) a plain yes; or
// "none of these" (also a plain no). Anything else is not an answer to it.
import { withoutFiller } from './filler.js';
import type { LexiconEntry, LexiconSet } from './lexicon.js';
import { lexiconsFor } from './lexicon.js';
import { tokensOf } from './normalize.js';
import { codesOf, type PhraseDefinition, PhraseIndex } from './phrase-index.js';
import { parsePositions } from './positions.js';
import type { ChoiceOption, UnderstandingContext } from './types.js';

/** The code of the choice that sends the person back to the question as it was. */
export const noneOfThese = 'none-of-these';
/** Stands for "yes": the one choice offered, when only one was. */
const yes = '+';

const answerWords = (entries: readonly LexiconEntry[]): PhraseDefinition[] =>
  entries.flatMap(({ lexicon }, i) => [
    ...lexicon.noneOfThese.map((text) => ({ text, code: noneOfThese, tier: 10 + i, anywhere: true })),
    ...lexicon.no.map((text) => ({ text, code: noneOfThese, tier: 20 + i })),
    ...lexicon.yes.map((text) => ({ text, code: yes, tier: 20 + i })),
  ]);

function pickedFrom(codes: readonly string[], offered: readonly string[]): string | undefined {
  const picked = [
    ...new Set(codes.map((code) => (code === yes ? (offered.length === 2 ? offered[0] : undefined) : code))),
  ];
  return picked.length === 1 && picked[0] !== undefined ? picked[0] : undefined;
}

/** `offered`: the choices shown, `none-of-these` last. Undefined when the message does not answer the question. */
export function understandSuggestion(
  text: string,
  offered: readonly ChoiceOption[],
  ctx: Pick<UnderstandingContext, 'locale' | 'languages'>,
): string | undefined {
  if (typeof text !== 'string' || text.length > 200) return undefined;
  const set: LexiconSet = lexiconsFor(ctx.locale, Array.isArray(ctx.languages) ? ctx.languages : []);
  const tokens = tokensOf(text);
  if (tokens.length === 0) return undefined;
  const codes = offered.map((o) => o.value);
  const index = new PhraseIndex([
    ...offered.flatMap((o) =>
      [o.value, ...o.titles].map((title) => ({ text: title, code: o.value, tier: 0, anywhere: true })),
    ),
    ...set.memo('suggestionAnswers', answerWords),
  ]);
  const meaningful = withoutFiller(tokens, set);
  const whole = index.codesForWhole(tokens) ?? index.codesForWhole(meaningful);
  if (whole) return pickedFrom(whole, codes);
  const positions = parsePositions(meaningful, set, codes.length);
  if (positions) {
    const values = [...new Set(positions.map((p) => p.value))];
    return values.length === 1 ? codes[values[0]! - 1] : undefined;
  }
  const mentioned = codesOf(index.mentions(tokens)).filter((code) => code !== yes);
  return mentioned.length === 1 ? mentioned[0] : undefined;
}
