// The word lists of every supported language, read and validated once at module load, then ordered per conversation.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { type Lexicon, lexiconSchema } from './lexicon-schema.js';

/** Languages that have a locales/{lng}/understanding.json. */
export const lexiconLanguages = ['en', 'es'] as const;

function loadLexicon(language: string): Lexicon {
  const url = new URL(`../../locales/${language}/understanding.json`, import.meta.url);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(url, 'utf8'));
  } catch (error) {
    throw new Error(`Cannot read ${url.pathname}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = lexiconSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`Invalid ${url.pathname}:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

const loaded = new Map<string, Lexicon>(lexiconLanguages.map((language) => [language, loadLexicon(language)]));

export interface LexiconEntry {
  language: string;
  lexicon: Lexicon;
}

/** The lexicons of one conversation, its language first; derived indexes are memoized on it. */
export class LexiconSet {
  private readonly derived = new Map<string, unknown>();
  constructor(readonly entries: readonly LexiconEntry[]) {}

  memo<T>(name: string, build: (entries: readonly LexiconEntry[]) => T): T {
    if (this.derived.has(name)) return this.derived.get(name) as T;
    const value = build(this.entries);
    this.derived.set(name, value);
    return value;
  }
}

const sets = new Map<string, LexiconSet>();

/** `locale` first, then the other `languages` in order; unknown languages are ignored, and no known one means all. */
export function lexiconsFor(locale: string, languages: readonly string[]): LexiconSet {
  const order: string[] = [];
  for (const language of [locale, ...languages]) {
    if (typeof language === 'string' && loaded.has(language) && !order.includes(language)) order.push(language);
  }
  if (order.length === 0) order.push(...lexiconLanguages);
  const key = order.join(',');
  let set = sets.get(key);
  if (!set) {
    set = new LexiconSet(order.map((language) => ({ language, lexicon: loaded.get(language)! })));
    sets.set(key, set);
  }
  return set;
}

/** Every loaded lexicon, for tests and tools. */
export function loadedLexicon(language: string): Lexicon | undefined {
  return loaded.get(language);
}
