// English, as the detector reads it: rule phrases and guards, and the safety net.
import type { LanguagePack } from '../lexicon-types.js';
import { en } from './lexicon.js';
import { netEn } from './net.js';

export const english: LanguagePack = { language: 'en', lexicon: en, net: netEn };
