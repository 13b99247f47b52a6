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

/** Options that change what i18next looks up or returns; a call with any of them always goes through i18next. */
const lookupOptions = new Set([
  'count',
  'context',
  'ordinal',
  'defaultValue',
  'lng',
  'lngs',
  'fallbackLng',
  'ns',
  'keyPrefix',
  'nsSeparator',
  'keySeparator',
  'returnObjects',
  'returnDetails',
  'joinArrays',
  'postProcess',
  'interpolation',
  'skipInterpolation',
  'replace',
]);

/** Far above the number of keys in the locale files. */
const maxKeys = 10_000;

type LooseTranslate = (key: unknown, ...rest: unknown[]) => unknown;

/**
 * The text of a key that interpolates and nests nothing (no `{{`, no `$t(`) in this language, or null. Most questions
 * are such texts, yet every message passes the practice's values: i18next would look the key up and scan the text
 * for placeholders each turn to return the same string.
 */
function plainText(lng: string, key: string): string | null {
  const colon = key.indexOf(':');
  const ns = colon > 0 ? key.slice(0, colon) : 'intake';
  const path = colon > 0 ? key.slice(colon + 1) : key;
  const raw: unknown = instance.getResource(lng, ns, path);
  return typeof raw === 'string' && !raw.includes('{{') && !raw.includes('$t(') ? raw : null;
}

/**
 * The same translator, answering a key whose text is plain from that text, whatever values it is given (they have
 * nowhere to go). Anything else, including a key missing in the language (i18next falls back), goes through i18next.
 */
function withPlainTexts(lng: string, t: Translate): Translate {
  // Keyed by the locale files' own keys: bounded by them, and never holding a value from a message.
  const plain = new Map<string, string | null>();
  const resolve = t as unknown as LooseTranslate;
  const translate: LooseTranslate = (key, options, ...rest) => {
    if (typeof key !== 'string' || rest.length > 0) return resolve(key, options, ...rest);
    if (options !== undefined) {
      if (typeof options !== 'object' || options === null) return resolve(key, options);
      for (const option in options) if (lookupOptions.has(option)) return resolve(key, options);
    }
    let text = plain.get(key);
    if (text === undefined) {
      text = plainText(lng, key);
      if (plain.size < maxKeys) plain.set(key, text);
    }
    return text ?? resolve(key, options);
  };
  // TFunction is an overloaded, branded type; `translate` answers each call as `t` does.
  return Object.assign(translate, t) as unknown as Translate;
}

/** A translator fixed to one language. */
export function translator(language: string): Translate {
  const lng = (supportedLanguages as readonly string[]).includes(language) ? language : 'en';
  let t = fixedTranslators.get(lng);
  if (!t) {
    t = withPlainTexts(lng, instance.getFixedT(lng));
    fixedTranslators.set(lng, t);
  }
  return t;
}

export function hasTranslation(language: string, key: string): boolean {
  return instance.exists(key, { lng: language, fallbackLng: false });
}
