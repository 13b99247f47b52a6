// Incoming text made safe to reason about: one Unicode form, no control or invisible formatting characters.
/** The detector reads the whole message up to this much (the HTTP body limit); nothing longer gets this far. */
export const maxMessageLength = 1_000_000;

/** Understanding reads at most this much: no answer is longer (own words are stored up to 2,000 characters). */
export const maxUnderstoodLength = 10_000;

export function sanitizeText(text: unknown): string {
  if (typeof text !== 'string') return '';
  return (
    text
      .slice(0, maxMessageLength)
      .normalize('NFKC')
      // Control characters except tab and newlines; zero-width and bidirectional formatting marks.
      // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point here.
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/g, '')
      .trim()
  );
}
