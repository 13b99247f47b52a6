// Normalisation: case, accents, odd Unicode, leetspeak, text-speak, stretching, emoji, sentences and clauses.
import { describe, expect, it } from 'vitest';
import { foldChars, normalize, tokenize } from '../../src/crisis/normalize.js';

describe('normalize', () => {
  it.each([
    ['I WANT TO DIE', 'i want to die'],
    ['Me tomé las pastillas, ¿sí?', 'me tome las pastillas si'],
    ['daño', 'dano'],
    ['k1ll mys3lf', 'kill myself'],
    ['ki11 myself', 'kill myself'],
    ['su1c1de', 'suicide'],
    ['d!e', 'die'],
    ['$uicide', 'suicide'],
    ['diiiiie', 'die'],
    ['sooooo tired', 'so tired'],
    ['gonna', 'going to'],
    ['wanna', 'want to'],
    ['want 2 die', 'want to die'],
    ['I have 2 kids', 'i have 2 kids'],
    ['m8', 'mate'],
    ['2nite', 'tonight'],
    ['idk', 'i do not know'],
    ["I don't", 'i do not'],
    ["I can't", 'i can not'],
    ["won't", 'will not'],
    ["I'm", 'i am'],
    ['im', 'i am'],
    ["I've", 'i have'],
    ["it's my mom's", 'it is my mom'],
    ['I’m fine', 'i am fine'],
    ['kiero morir', 'quiero morir'],
    ['self-harm', 'self harm'],
    ['s-u-i-c-i-d-e', 'suicide'],
    ['k.m.s', 'kms'],
    ['k i l l', 'kill'],
    ['15yo', '15 yo'],
    ['8th grade', '8th grade'],
    ['1.5 mg', '1.5 mg'],
    ['s*icide', 's*icide'],
    ['*sigh*', 'sigh'],
  ])('%s -> %s', (input, expected) => {
    expect(normalize(input)).toBe(expected);
  });

  it('turns risk emoji into tokens and drops neutral ones', () => {
    expect(normalize('🔪💊🪦⚰️😵🔫')).toBe('emoji_knife emoji_pill emoji_grave emoji_coffin emoji_dead emoji_gun');
    expect(normalize('sad 😢😭 day')).toBe('sad day');
  });

  it('removes zero-width and format characters, combining marks, and maps full-width and look-alike letters', () => {
    expect(normalize('su\u200Bi\u200Dcide')).toBe('suicide');
    expect(normalize('k\u0336i\u0336l\u0336l\u0336')).toBe('kill');
    expect(normalize('ｋｉｌｌ　ｍｙｓｅｌｆ')).toBe('kill myself');
    expect(normalize('kіll')).toBe('kill'); // Cyrillic і
    expect(normalize('𝐤𝐢𝐥𝐥')).toBe('kill'); // mathematical bold
    expect(foldChars('Ñandú ÇA')).toBe('nandu ca');
  });

  it('marks stretched words so squeezed spellings can match', () => {
    const [token] = tokenize('killllll');
    expect(token).toMatchObject({ text: 'kil', stretched: true });
    expect(tokenize('kill')[0]).toMatchObject({ text: 'kill', stretched: false });
  });

  it('numbers sentences and clauses', () => {
    const tokens = tokenize('I am fine, really. But I want to die!');
    const at = (text: string) => tokens.find((t) => t.text === text)!;
    expect(at('fine').sentence).toBe(at('really').sentence);
    expect(at('fine').clause).not.toBe(at('really').clause);
    expect(at('want').sentence).toBe(at('really').sentence + 1);
    expect(at('want').clause).toBe(at('die').clause);
  });

  it('does not crash on odd input and stays linear on a huge single word', () => {
    for (const odd of ['', '\uD800', '\u0000', '🏳️‍🌈', '\u202E', '\u3164\u3164', '...!!!???']) {
      expect(() => tokenize(odd)).not.toThrow();
    }
    expect(tokenize('a'.repeat(100_000))).toHaveLength(1);
    expect(() => tokenize("a'd".repeat(33_000))).not.toThrow();
    expect(tokenize('i '.repeat(50_000)).length).toBeGreaterThan(1);
  });
});
