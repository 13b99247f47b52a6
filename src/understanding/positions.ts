// Picking by position: "2", "#2", "2nd", "two", "the second one", "la segunda", "1 and 3", "the last one".
import type { LexiconEntry, LexiconSet } from './lexicon.js';
import { phraseKey, tokensOf } from './normalize.js';

export type PositionKind = 'digit' | 'number' | 'ordinal';
/** `value` is 1-based for ordinals; for digits and number words it is the number said. */
export interface Position {
  kind: PositionKind;
  value: number;
}

interface PositionWords {
  ordinals: Map<string, number>;
  last: Set<string>;
  numbers: Map<string, number>;
  frame: Set<string>;
  conjunctions: Set<string>;
}

const singleTokens = (phrases: readonly string[]): string[] =>
  phrases.map((text) => phraseKey(text.replace(/^=/, ''))).filter((key) => key !== '' && !key.includes(' '));
const allTokens = (phrases: readonly string[]): string[] => phrases.flatMap((text) => tokensOf(text.replace(/^=/, '')));

function buildWords(entries: readonly LexiconEntry[]): PositionWords {
  const words: PositionWords = {
    ordinals: new Map(),
    last: new Set(),
    numbers: new Map(),
    frame: new Set(),
    conjunctions: new Set(),
  };
  for (const { lexicon } of entries) {
    lexicon.ordinals.forEach((phrases, index) => {
      for (const key of singleTokens(phrases)) if (!words.ordinals.has(key)) words.ordinals.set(key, index + 1);
    });
    lexicon.numbers.forEach((text, value) => {
      for (const key of singleTokens([text])) if (!words.numbers.has(key)) words.numbers.set(key, value);
    });
    for (const key of singleTokens(lexicon.last)) words.last.add(key);
    for (const token of allTokens(lexicon.positionFrame)) words.frame.add(token);
    for (const token of allTokens(lexicon.conjunctions)) words.conjunctions.add(token);
  }
  return words;
}

const digits = /^\d{1,9}$/;
const digitOrdinal = /^(\d{1,3})(?:st|nd|rd|th|o|a|er|era|ro|ra|do|da|to|ta|mo|ma|vo|va|no|na)$/;

/**
 * The positions said, when the answer is nothing but positions (with "the", "option", "and"...); otherwise undefined.
 * `count` is how many options there are, for "the last one".
 */
export function parsePositions(tokens: readonly string[], set: LexiconSet, count: number): Position[] | undefined {
  const words = set.memo('positions', buildWords);
  const found: Position[] = [];
  let afterItem = false;
  for (const token of tokens) {
    const ordinalDigits = digitOrdinal.exec(token);
    let item: Position | undefined;
    if (digits.test(token)) item = { kind: 'digit', value: Number.parseInt(token, 10) };
    else if (ordinalDigits) item = { kind: 'ordinal', value: Number.parseInt(ordinalDigits[1]!, 10) };
    else if (words.ordinals.has(token)) item = { kind: 'ordinal', value: words.ordinals.get(token)! };
    else if (words.last.has(token)) item = { kind: 'ordinal', value: count };
    else if (words.numbers.has(token) && !(afterItem && words.frame.has(token))) {
      item = { kind: 'number', value: words.numbers.get(token)! };
    }
    if (item) {
      found.push(item);
      afterItem = true;
    } else if (words.conjunctions.has(token)) {
      afterItem = false;
    } else if (!words.frame.has(token)) {
      return undefined;
    }
  }
  return found.length > 0 ? found : undefined;
}
