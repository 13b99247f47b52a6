// Turns raw chat text into comparable word tokens (case, accents, odd Unicode, leetspeak, text-speak, emoji, stretching).
import { emojiTokens, homoglyphs } from './char-maps.js';
import { expandWord, type Piece } from './expand-word.js';
import { twoMeansTo } from './text-speak.js';

export interface Token {
  /** The normalised word. */
  text: string;
  /** Sentence number; patterns never span two sentences. */
  sentence: number;
  /** Clause number (commas, colons, dashes and sentence ends start a new one); negation never crosses it. */
  clause: number;
  /** A letter was repeated 3+ times and collapsed ("diiiie"), so matching also compares squeezed spellings. */
  stretched: boolean;
}

/** Letters that render as blank space (used to pad or hide words); removed. */
const invisibleLetters = ['\u3164', '\u115f', '\u1160', '\uffa0', '\u2800'];
const remapped = new RegExp(`[${[...homoglyphs.keys(), ...invisibleLetters].join('')}]`, 'g');

/** Case-folds, strips accents and combining marks, drops invisible format characters, maps look-alike letters. */
export function foldChars(text: string): string {
  const folded = text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[\p{M}\p{Cf}]/gu, '');
  return folded.replace(remapped, (ch) => homoglyphs.get(ch) ?? '');
}

/** Squeezes every run of a repeated letter to one ("kill" -> "kil"), for comparing stretched spellings. */
export function squeeze(word: string): string {
  let out = '';
  for (const ch of word) if (ch !== out[out.length - 1]) out += ch;
  return out;
}

const sentenceBreaks = new Set(['.', '!', '?', ';', '\n', '\r', '…', '\u2028', '\u2029', '¿', '¡']);
const clauseBreaks = new Set(',:()"“”«»[]{}/|–—•');
const joiners = new Set(['*', '@', '$', '!']);

/** Non-ASCII characters seen so far, classified (a bounded cache: the set of characters in use is small). */
const wordCharCache = new Map<number, boolean>();

function isWordChar(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) return true;
  if (c < 128 || Number.isNaN(c)) return false;
  const code = s.codePointAt(i)!;
  let known = wordCharCache.get(code);
  if (known === undefined) {
    const ch = String.fromCodePoint(code);
    known = !emojiTokens.has(ch) && /[\p{L}\p{N}]/u.test(ch);
    if (wordCharCache.size < 4096) wordCharCache.set(code, known);
  }
  return known;
}

const isDigit = (s: string, i: number) => {
  const c = s.charCodeAt(i);
  return c >= 48 && c <= 57;
};

interface RawWord {
  raw: string;
  sentence: number;
  clause: number;
  /** The single separator character that follows, when a word follows it directly. */
  sep: string;
  emoji: boolean;
}

function scan(text: string): RawWord[] {
  const s = foldChars(text).replace(/[’‘ʼ`]/g, "'");
  const words: RawWord[] = [];
  let sentence = 0;
  let clause = 0;
  let brokeSentence = false;
  let brokeClause = false;
  let wordStart = -1;
  const push = (raw: string, emoji: boolean) => {
    // A run of one emoji ("💊💊💊") is one token, so patterns see it as one word.
    const last = words[words.length - 1];
    if (emoji && last?.emoji && last.raw === raw && !brokeSentence && !brokeClause) return;
    if (brokeSentence) sentence++;
    if (brokeSentence || brokeClause) clause++;
    brokeSentence = brokeClause = false;
    words.push({ raw, sentence, clause, sep: '', emoji });
  };
  const flush = (i: number) => {
    if (wordStart < 0) return;
    push(s.slice(wordStart, i), false);
    wordStart = -1;
    if (i < s.length && isWordChar(s, i + 1)) words[words.length - 1]!.sep = s[i]!;
  };
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (isWordChar(s, i)) {
      if (wordStart < 0) wordStart = i;
      if (s.charCodeAt(i) >= 0xd800 && s.charCodeAt(i) < 0xdc00) i++;
      continue;
    }
    const inWord = wordStart >= 0;
    if (inWord && ch === "'" && isWordChar(s, i + 1)) continue;
    if (joiners.has(ch) && (inWord || ch === '$') && (isWordChar(s, i + 1) || (ch === '*' && s[i + 1] === '*'))) {
      if (wordStart < 0) wordStart = i;
      continue;
    }
    if (ch === '.' && inWord && isDigit(s, i - 1) && isDigit(s, i + 1)) continue;
    flush(i);
    const code = s.codePointAt(i)!;
    const full = code > 0xffff ? String.fromCodePoint(code) : ch;
    if (code > 0xffff) i++;
    const emoji = emojiTokens.get(full);
    if (emoji) push(emoji, true);
    else if (sentenceBreaks.has(ch)) brokeSentence = true;
    else if (clauseBreaks.has(ch) || (ch === '-' && (s[i - 1] === ' ' || s[i + 1] === ' '))) brokeClause = true;
  }
  flush(s.length);
  return mergeSpelledOut(words);
}

const maxSpelledOut = 24;

/** "s-u-i-c-i-d-e", "k.m.s", "k i l l" become one word (up to 24 letters: longer runs are not a word). */
function mergeSpelledOut(words: RawWord[]): RawWord[] {
  const out: RawWord[] = [];
  let i = 0;
  while (i < words.length) {
    const first = words[i]!;
    let j = i;
    if (/^[a-z]$/.test(first.raw) && '.- '.includes(first.sep || '#')) {
      while (
        j + 1 < words.length &&
        j - i < maxSpelledOut &&
        /^[a-z]$/.test(words[j + 1]!.raw) &&
        words[j]!.sep === first.sep
      )
        j++;
    }
    const run = j - i + 1;
    if (run >= (first.sep === ' ' ? 4 : 3)) {
      const raw = words
        .slice(i, j + 1)
        .map((w) => w.raw)
        .join('');
      out.push({ ...first, raw, sep: words[j]!.sep });
      i = j + 1;
    } else {
      out.push(first);
      i++;
    }
  }
  return out;
}

/** Text to tokens. Linear in the text length. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const expanded = new Map<string, Piece[]>();
  for (const word of scan(text)) {
    let pieces = expanded.get(word.raw);
    if (!pieces) {
      pieces = word.emoji ? [{ text: word.raw, stretched: false }] : expandWord(word.raw);
      expanded.set(word.raw, pieces);
    }
    for (const piece of pieces) {
      const prev = tokens[tokens.length - 1];
      const text = piece.text === '2' && prev && twoMeansTo.has(prev.text) ? 'to' : piece.text;
      tokens.push({ text, sentence: word.sentence, clause: word.clause, stretched: piece.stretched });
    }
  }
  return tokens;
}

/** The normalised text as one string of space-separated tokens (for tests and debugging, never for logs). */
export function normalize(text: string): string {
  return tokenize(text)
    .map((t) => t.text)
    .join(' ');
}
