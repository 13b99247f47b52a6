// Short codes ("MA", "CA", "US") are found inside a sentence only when written in capitals, as on an envelope.

const wordPattern = /[\p{L}\p{N}]+/gu;

/** The codes of at most three letters that appear as capitalized words in the text ("Boston, MA" → MA). */
export function capitalizedCodes(text: string, codes: readonly string[]): string[] {
  const short = new Map<string, string>();
  for (const code of codes) if (/^[A-Za-z]{2,3}$/.test(code)) short.set(code.toUpperCase(), code);
  if (short.size === 0) return [];
  const found: string[] = [];
  for (const [word] of text.normalize('NFKC').matchAll(wordPattern)) {
    const code = short.get(word);
    if (code !== undefined && !found.includes(code)) found.push(code);
  }
  return found;
}
