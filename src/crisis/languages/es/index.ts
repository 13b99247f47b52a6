// Spanish, as the detector reads it: rule phrases and guards, and the safety net.
import type { LanguagePack } from '../lexicon-types.js';
import { es } from './lexicon.js';
import { netEs } from './net.js';

export const spanish: LanguagePack = { language: 'es', lexicon: es, net: netEs };
