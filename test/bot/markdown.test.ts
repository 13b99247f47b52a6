// Typed text in markdown-rendering places reads as typed: no links, images, emphasis or HTML come out of it.
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../src/bot/markdown.js';

// Web Chat renders card text with markdown-it; the same renderer (HTML off, as there) shows what a person would see.
const render = (text: string) => new MarkdownIt({ html: false, linkify: false }).renderInline(text);

describe('escapeMarkdown', () => {
  it.each([
    '<img src=x onerror=alert(1)>',
    '[x](javascript:alert(1))',
    '![x](http://127.0.0.1:9/beacon)',
    '**bold** _it_ `code` # heading',
    '1. list - item + more > quote | table ~strike~',
    'Zoë "Z" O\'Brien & co.',
    'back\\slash',
  ])('%s renders as exactly the text typed', (typed) => {
    const html = render(escapeMarkdown(typed));
    expect(html).not.toMatch(/<(a|img|em|strong|code|h\d)\b/);
    const text = html
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');
    expect(text).toBe(typed);
  });
});
