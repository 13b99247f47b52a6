// The shape of locales/{lng}/understanding.json, checked with zod so a broken word list fails loudly at start-up.
import { z } from 'zod';
import { phraseKey } from './normalize.js';

/** A phrase as written in the file; a leading "=" means "only when it is the whole answer" (e.g. "=us", "=el"). */
const phrase = z
  .string()
  .min(1)
  .max(200)
  .refine((text) => phraseKey(text.replace(/^=/, '')) !== '', 'has no letters or digits once normalized');
const phrases = z.array(phrase);

export const lexiconSchema = z.strictObject({
  yes: phrases.min(1),
  no: phrases.min(1),
  /** Answers that are neither yes nor no ("I don't know"). */
  unsure: phrases,
  preferNot: phrases.min(1),
  skip: phrases.min(1),
  filler: phrases,
  /** ordinals[i]: the words for position i + 1 ("second", "segunda"). */
  ordinals: z.array(phrases.min(1)).min(1),
  /** "None of these": the answer to a "did you mean…?" that offered the wrong choices. */
  noneOfThese: phrases.min(1),
  /** Words for the last offered option, whatever its position. */
  last: phrases,
  /** numbers[i]: the word for the number i ("two", "dos"). */
  numbers: phrases.min(1),
  /** Words allowed around a position ("the second one", "la opción 2"). */
  positionFrame: phrases,
  conjunctions: phrases,
  /** Politeness allowed around a command ("help please"). */
  commandFiller: phrases,
  commands: z.strictObject({
    help: phrases.min(1),
    back: phrases.min(1),
    restart: phrases.min(1),
    stop: phrases.min(1),
    language: phrases.min(1),
    human: phrases.min(1),
    delete: phrases.min(1),
  }),
  /** Names of languages, by locale: asking for one switches to it. */
  languageNames: z.record(z.string().regex(/^[a-z]{2}$/), phrases.min(1)),
  scale: z.strictObject({ '0': phrases.min(1), '1': phrases.min(1), '2': phrases.min(1), '3': phrases.min(1) }),
  /** Synonyms by field id, then by choice code. */
  choices: z.record(z.string().min(1), z.record(z.string().min(1), phrases.min(1))),
});

export type Lexicon = z.infer<typeof lexiconSchema>;
