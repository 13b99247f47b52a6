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

/** getFixedT builds a new function each call; one per language serves every turn. */
const fixedTranslators = new Map<string, Translate>();

/** A translator fixed to one language. */
export function translator(language: string): Translate {
  const lng = (supportedLanguages as readonly string[]).includes(language) ? language : 'en';
  let t = fixedTranslators.get(lng);
  if (!t) {
    t = instance.getFixedT(lng);
    fixedTranslators.set(lng, t);
  }
  return t;
}

export function hasTranslation(language: string, key: string): boolean {
  return instance.exists(key, { lng: language, fallbackLng: false });
}
