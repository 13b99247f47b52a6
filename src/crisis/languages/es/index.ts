// Spanish, as the detector reads it: rule phrases and guards, and the safety net.
import type { LanguagePack } from '../lexicon-types.js';
import { es } from './lexicon.js';
import { netEs } from './net.js';

export const spanish: LanguagePack = {
  language: 'es',
  lexicon: es,
  net: netEs,
  // biome-ignore format: one line of words
  commonWords: ['el', 'la', 'los', 'las', 'de', 'que', 'y', 'en', 'un', 'una', 'me', 'mi', 'no', 'es', 'por', 'con', 'lo', 'se', 'le', 'pero', 'para', 'estoy', 'ya', 'muy', 'yo', 'tengo', 'del', 'al', 'su', 'como'],
};
