// Every user-visible string comes from locales/{language}/{namespace}.json through one i18next instance.
import { readFileSync } from 'node:fs';
import i18next, { type TFunction } from 'i18next';

export const supportedLanguages = ['en', 'es'] as const;
export type SupportedLanguage = (typeof supportedLanguages)[number];
export const namespaces = ['intake', 'crisis', 'widget', 'review'] as const;

const localesRoot = new URL('../../locales/', import.meta.url);

export function readLocaleFile(language: string, namespace: string): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(`${language}/${namespace}.json`, localesRoot), 'utf8'));
}

function loadResources() {
  return Object.fromEntries(
    supportedLanguages.map((language) => [
      language,
      Object.fromEntries(namespaces.map((namespace) => [namespace, readLocaleFile(language, namespace)])),
    ]),
  );
}

const instance = i18next.createInstance();
void instance.init({
  resources: loadResources(),
  lng: 'en',
  fallbackLng: 'en',
  ns: [...namespaces],
  defaultNS: 'intake',
  initAsync: false,
  // Messages are plain text in chat, terminal and JSON, never HTML: nothing to escape here.
  interpolation: { escapeValue: false },
  returnNull: false,
});

export type Translate = TFunction;

/** A translator fixed to one language, for one turn. */
export function translator(language: string): Translate {
  const lng = (supportedLanguages as readonly string[]).includes(language) ? language : 'en';
  return instance.getFixedT(lng);
}

export function hasTranslation(language: string, key: string): boolean {
  return instance.exists(key, { lng: language, fallbackLng: false });
}
