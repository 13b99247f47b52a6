// Global commands (help, back, restart, stop, language, talk to a person, delete), recognized only as the whole message.
import type { LexiconEntry, LexiconSet } from './lexicon.js';
import { lexiconLanguages, lexiconsFor } from './lexicon.js';
import { phraseKey, tokensOf } from './normalize.js';
import { PhraseIndex } from './phrase-index.js';
import type { Command, CommandType } from './types.js';

const commandTypes: readonly CommandType[] = ['help', 'back', 'restart', 'stop', 'language', 'human', 'delete'];

/** Whole-message phrase → command, conversation languages first; "language:xx" asks for language xx. */
function commandTable(entries: readonly LexiconEntry[]): Map<string, string> {
  const table = new Map<string, string>();
  const add = (text: string, command: string) => {
    const key = phraseKey(text.replace(/^=/, ''));
    if (key !== '' && !table.has(key)) table.set(key, command);
  };
  for (const { lexicon } of entries) {
    for (const [locale, names] of Object.entries(lexicon.languageNames)) {
      for (const name of names) add(name, `language:${locale}`);
    }
    for (const type of commandTypes) for (const text of lexicon.commands[type]) add(text, type);
  }
  return table;
}

const politeness = (entries: readonly LexiconEntry[]) =>
  new PhraseIndex(
    entries.flatMap(({ lexicon }) => lexicon.commandFiller.map((text) => ({ text, code: 'filler', tier: 0 }))),
  );

/** The tokens without politeness at either end ("help please", "por favor, ayuda"). */
function trimPoliteness(tokens: readonly string[], set: LexiconSet): string[] {
  const mentions = set.memo('commandFiller', politeness).mentions(tokens);
  let start = 0;
  let end = tokens.length;
  for (const mention of mentions) if (mention.start === start) start = mention.end;
  for (const mention of [...mentions].reverse()) if (mention.end === end && mention.start >= start) end = mention.start;
  return tokens.slice(start, end);
}

/** Longest message worth checking: no command is longer, and huge input stays cheap. */
const maxCommandLength = 200;

/** Only when the command is the whole message, ignoring case, accents and punctuation. "I want to stop drinking" is not a command. */
export function matchCommand(text: string, languages: readonly string[]): Command | undefined {
  if (typeof text !== 'string' || text.length > maxCommandLength) return undefined;
  const known = Array.isArray(languages) ? languages.filter((language) => typeof language === 'string') : [];
  const set = lexiconsFor(known[0] ?? lexiconLanguages[0], known);
  const table = set.memo('commands', commandTable);
  const tokens = tokensOf(text);
  if (tokens.length === 0) return undefined;
  const found = table.get(tokens.join(' ')) ?? table.get(trimPoliteness(tokens, set).join(' '));
  if (found === undefined) return undefined;
  if (found === 'language') return { type: 'language' };
  if (found.startsWith('language:')) {
    const locale = found.slice('language:'.length);
    return set.entries.some((entry) => entry.language === locale) ? { type: 'language', locale } : { type: 'language' };
  }
  return { type: found as Exclude<CommandType, 'language'> };
}
