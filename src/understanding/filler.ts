// Filler ("I'd say", "probably", "um", "creo que", "pues") carries no answer, so matching may look past it.
import type { LexiconEntry, LexiconSet } from './lexicon.js';
import { PhraseIndex } from './phrase-index.js';

const fillerIndex = (set: LexiconSet): PhraseIndex =>
  set.memo(
    'filler',
    (entries: readonly LexiconEntry[]) =>
      new PhraseIndex(
        entries.flatMap(({ lexicon }) => lexicon.filler.map((text) => ({ text, code: 'filler', tier: 0 }))),
      ),
  );

/** Which tokens are filler (1) and which carry meaning (0). */
export function fillerMask(tokens: readonly string[], set: LexiconSet): Uint8Array {
  const mask = new Uint8Array(tokens.length);
  for (const mention of fillerIndex(set).mentions(tokens)) mask.fill(1, mention.start, mention.end);
  return mask;
}

/** The tokens that are not filler, in order. */
export function withoutFiller(tokens: readonly string[], set: LexiconSet): string[] {
  const mask = fillerMask(tokens, set);
  return tokens.filter((_, i) => mask[i] === 0);
}

/** True when everything before `index` is filler ("well, yes": "yes" starts the answer). */
export function onlyFillerBefore(mask: Uint8Array, index: number): boolean {
  for (let i = 0; i < index; i++) if (mask[i] === 0) return false;
  return true;
}
