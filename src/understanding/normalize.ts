// One comparable form for typed text and lexicon phrases: case, accents, punctuation and contractions stop mattering.

const combiningMarks = /\p{M}+/gu;
const invisibleFormatting = /\p{Cf}+/gu;
const notLetterOrDigit = /[^\p{L}\p{N}]+/gu;

/** Lowercase, NFKD accents stripped, punctuation to spaces, whitespace collapsed, trimmed. */
export function normalizeForMatching(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(combiningMarks, '')
    .replace(invisibleFormatting, '')
    .replace(notLetterOrDigit, ' ')
    .trim();
}

/** Pieces of an English contraction once the apostrophe became a space ("can t", "i m"), glued back ("cant", "im"). */
const contractionTails = new Set(['t', 's', 'm', 'd', 'll', 're', 've']);

/** Tokens for matching: "Can't sleep!" and "cant sleep" give the same tokens. */
export function tokensOf(text: string): string[] {
  const normalized = normalizeForMatching(text);
  if (normalized === '') return [];
  const tokens: string[] = [];
  for (const token of normalized.split(' ')) {
    const previous = tokens[tokens.length - 1];
    if (previous !== undefined && contractionTails.has(token) && /\p{L}$/u.test(previous)) {
      tokens[tokens.length - 1] = previous + token;
    } else {
      tokens.push(token);
    }
  }
  return tokens;
}

/** The key a phrase is stored and looked up under. */
export const phraseKey = (text: string): string => tokensOf(text).join(' ');
