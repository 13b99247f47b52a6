// Every language the detector reads, whatever the conversation's language: adding one is adding its folder
// (lexicon.ts, net.ts, index.ts) and one line here.
import { english } from './en/index.js';
import { spanish } from './es/index.js';
import type { LanguagePack } from './lexicon-types.js';

export const languagePacks: readonly LanguagePack[] = [english, spanish];

for (const pack of languagePacks) {
  if (pack.lexicon.language !== pack.language || pack.net.language !== pack.language) {
    throw new Error(`language pack ${pack.language}: its lexicon and net must be for the same language`);
  }
}
