// What a person typed, made inert where a channel renders markdown (Adaptive Card text, FactSets): every markdown
// and HTML metacharacter is backslash-escaped, which CommonMark renders as the character itself.

/** ASCII punctuation with a meaning in CommonMark, Teams markdown or HTML. */
const markdownMeta = /[\\`*_{}[\]()<>#+\-.!|~&:"']/g;

/** Line starts that begin lists, quotes or headings are covered by escaping their marker characters above. */
export function escapeMarkdown(text: string): string {
  return text.replace(markdownMeta, (char) => `\\${char}`).replace(/\r?\n/g, '  \n');
}
