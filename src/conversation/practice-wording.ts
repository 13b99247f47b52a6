// Notices a practice words itself in its settings, per language; a language it left out keeps the product's wording.
import type { PracticeSettings } from '../config.js';

type Wording = Partial<Record<string, string>> | undefined;

/** The settings that replace a notice, by the notice's locale key. */
const wordedBySettings: Readonly<Record<string, (practice: PracticeSettings) => Wording>> = {
  'intake:notices.guardianConsent': (practice) => practice.guardianConsentMessage,
};

/** The practice's own text for a notice in this language, as written (it is plain text, like every message). */
export function practiceWording(key: string, practice: PracticeSettings, language: string): string | undefined {
  return wordedBySettings[key]?.(practice)?.[language];
}
