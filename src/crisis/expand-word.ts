// Word-level normalisation: contractions, text-speak, leetspeak, number+unit splits and stretched letters.
import { leet } from './char-maps.js';
import { isContractors, wordExpansions } from './text-speak.js';

const ordinal = /^\d+(st|nd|rd|th)$/;
/** "15yo", "4am", "20mg": the number and the unit become two tokens (no leetspeak on them). */
const numberAndUnit = /^(\d+)(yo|yrs|yr|y|am|pm|k|kg|kgs|lb|lbs|km|kms|mi|min|mins|h|hr|hrs|s|x|mg|ml|cm|m|ft|in)$/;

export interface Piece {
  text: string;
  stretched: boolean;
}

function plain(words: readonly string[], stretched = false): Piece[] {
  return words.map((text) => ({ text, stretched }));
}

/** Longer "words" are not split at apostrophes (keeps the work linear and the recursion shallow). */
const maxContractionLength = 40;

function contraction(word: string): Piece[] | undefined {
  if (!word.includes("'")) return undefined;
  if (word.length > maxContractionLength) return expandWord(word.replaceAll("'", ''));
  const rules: [string, string][] = [
    ["n't", 'not'],
    ["'m", 'am'],
    ["'re", 'are'],
    ["'ve", 'have'],
    ["'ll", 'will'],
    ["'d", 'would'],
  ];
  for (const [suffix, expansion] of rules) {
    if (word.endsWith(suffix) && word.length > suffix.length) {
      return [...expandWord(word.slice(0, -suffix.length)), { text: expansion, stretched: false }];
    }
  }
  if (word.endsWith("'s")) {
    const stem = word.slice(0, -2);
    return isContractors.has(stem) ? [...expandWord(stem), { text: 'is', stretched: false }] : expandWord(stem);
  }
  return expandWord(word.replaceAll("'", ''));
}

/** Collapses a letter repeated 3+ times to one ("diiiie" -> "die"); doubles stay ("kill"). */
function collapseToOne(word: string): string {
  let out = '';
  let i = 0;
  while (i < word.length) {
    let j = i;
    while (j + 1 < word.length && word[j + 1] === word[i]) j++;
    const run = j - i + 1;
    out += run >= 3 && /[a-z]/.test(word[i]!) ? word[i] : word.slice(i, j + 1);
    i = j + 1;
  }
  return out;
}

function deLeet(word: string): string {
  if (!/[a-z]/.test(word) || !/[0-9@$!]/.test(word)) return word;
  let out = '';
  const chars = word.replaceAll('11', 'll');
  for (const ch of chars) out += leet.get(ch) ?? ch;
  return out;
}

/** One raw word to its normalised pieces (usually one; contractions and text-speak give several). */
export function expandWord(rawWord: string): Piece[] {
  const word = rawWord
    .replace(/^\$(?=[a-z])/, 's')
    .replace(/^['*@$!]+/, '')
    .replace(/['*@$!]+$/, '');
  if (!word) return [];
  const direct = wordExpansions.get(word);
  if (direct) return plain(direct);
  const contracted = contraction(word);
  if (contracted) return contracted;
  if (ordinal.test(word)) return plain([word]);
  const unit = numberAndUnit.exec(word);
  if (unit) return plain([unit[1]!, unit[2]!]);
  const unleet = deLeet(word);
  const fromLeet = wordExpansions.get(unleet);
  if (fromLeet) return plain(fromLeet);
  const collapsed = collapseToOne(unleet);
  const stretched = collapsed !== unleet;
  const fromCollapsed = wordExpansions.get(collapsed);
  if (fromCollapsed) return plain(fromCollapsed, stretched);
  if (/^\*+$/.test(collapsed)) return [];
  return [{ text: collapsed, stretched }];
}
