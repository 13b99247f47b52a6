// GET /widget.js: the embed script with this practice's settings baked in (one practice per deployment), so the
// practice's site needs nothing but the script tag and the launcher needs no cross-origin request.
import { readFileSync } from 'node:fs';
import type { PracticeSettings } from '../../config.js';
import { translator } from '../../i18n/index.js';
import { neutralAvatar } from './neutral-avatar.js';

/** Where the quick exit goes: a neutral page that says nothing about therapy. */
export const quickExitUrl = 'https://www.google.com/search?q=weather';

export function launcherScript(template: string, practice: PracticeSettings): string {
  const words = Object.fromEntries(
    practice.languages.map((language) => {
      const t = translator(language);
      return [
        language,
        { open: t('widget:launcher.open'), frameTitle: t('widget:launcher.frameTitle', { practice: practice.name }) },
      ];
    }),
  );
  const settings = {
    practiceName: practice.name,
    primaryColor: practice.widget.primaryColor,
    avatarUrl: practice.widget.avatarUrl ?? neutralAvatar(practice.widget.primaryColor),
    defaultLanguage: practice.defaultLanguage,
    quickExitUrl,
    words,
  };
  return template.replace('__SETTINGS__', JSON.stringify(settings).replace(/</g, '\\u003c'));
}

export const readLauncherTemplate = (path: string) => readFileSync(path, 'utf8');
