// English, as the detector reads it: rule phrases and guards, and the safety net.
import type { LanguagePack } from '../lexicon-types.js';
import { en } from './lexicon.js';
import { netEn } from './net.js';

export const english: LanguagePack = {
  language: 'en',
  lexicon: en,
  net: netEn,
  // biome-ignore format: one line of words
  commonWords: ['the', 'and', 'to', 'of', 'a', 'i', 'my', 'is', 'it', 'you', 'that', 'in', 'me', 'this', 'for', 'with', 'have', 'not', 'but', 'was', 'just', 'so', 'be', 'he', 'she', 'they', 'we', 'at', 'on', 'do', 'can'],
};
