// Every supported language's lexicon; adding a language is one data module and one line here.
import { en } from './en.js';
import { es } from './es.js';
import type { Lexicon } from './types.js';

export const lexicons: readonly Lexicon[] = [en, es];
