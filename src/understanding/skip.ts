// Skip words ("skip", "n/a", "omitir", "prefiero no decirlo") as the whole answer mean "skip this question".
import type { LexiconEntry, LexiconSet } from './lexicon.js';
import { phraseKey } from './normalize.js';

const skipKeys = (set: LexiconSet): Set<string> =>
  set.memo(
    'skip',
    (entries: readonly LexiconEntry[]) =>
      new Set(
        entries.flatMap(({ lexicon }) =>
          [...lexicon.skip, ...lexicon.preferNot].map((text) => phraseKey(text.replace(/^=/, ''))),
        ),
      ),
  );

/** `tokens` and `meaningful` (the same without filler): either being a skip phrase counts. */
export function isSkipAnswer(tokens: readonly string[], meaningful: readonly string[], set: LexiconSet): boolean {
  const keys = skipKeys(set);
  return keys.has(tokens.join(' ')) || (meaningful.length > 0 && keys.has(meaningful.join(' ')));
}
