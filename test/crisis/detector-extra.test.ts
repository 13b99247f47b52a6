// Harder cases of our own (corpora/extra.json) and properties of the detector's output.
import { describe, expect, it } from 'vitest';
import { detectRisk } from '../../src/crisis/detector.js';
import { crisisMiss, falseAlarms, loadCorpus, title } from './corpus.js';

const corpus = loadCorpus(new URL('./corpora/extra.json', import.meta.url));

/**
 * Cases still missed after honest effort. Each runs as an expected failure, so it is reported, not deleted, and the
 * suite says so when one starts passing. Empty at the moment.
 */
const knownMisses: readonly string[] = [];

for (const language of ['en', 'es'] as const) {
  const { crisis, benign } = corpus[language];
  describe(`extra corpus (${language})`, () => {
    for (const c of crisis) {
      const test = knownMisses.includes(c.text) ? it.fails : it;
      test(`finds ${c.kind}/${c.min}: ${title(c.text)}`, () => {
        expect(crisisMiss(c)).toBeUndefined();
      });
    }
    for (const text of benign) {
      const test = knownMisses.includes(text) ? it.fails : it;
      test(`stays quiet on ${title(text)}`, () => {
        expect(falseAlarms(text)).toEqual([]);
      });
    }
  });
}

describe('extra corpus size', () => {
  it('has at least 40 crisis and 30 benign cases', () => {
    const crisis = corpus.en.crisis.length + corpus.es.crisis.length;
    const benign = corpus.en.benign.length + corpus.es.benign.length;
    expect(crisis).toBeGreaterThanOrEqual(40);
    expect(benign).toBeGreaterThanOrEqual(30);
  });
});

describe('detectRisk output', () => {
  const order = ['medical', 'suicide', 'unsafe-at-home', 'harm-to-others', 'self-harm'];
  const rank = (h: { kind: string; level: string }) => (h.level === 'emergency' ? 0 : 10) + order.indexOf(h.kind);

  it('sorts hits most severe first and reports each kind once at its highest level', () => {
    const r = detectRisk(
      "I cut myself again. My husband hits me. I want to hurt my boss. I swallowed all my pills and I'm going to kill myself",
    );
    const ranks = r.hits.map(rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(r.kinds.map((k) => k.kind)).toEqual(['medical', 'suicide', 'unsafe-at-home', 'harm-to-others', 'self-harm']);
    expect(r.kinds.find((k) => k.kind === 'suicide')?.level).toBe('emergency');
    expect(new Set(r.kinds.map((k) => k.kind)).size).toBe(r.kinds.length);
  });

  it('names rules by stable ids, never by message text (the learned tier as learned.<kind>)', () => {
    const r = detectRisk('quiero matarme porque I want to die');
    expect(r.hits.length).toBeGreaterThan(0);
    for (const hit of r.hits) {
      expect(hit.rule).toMatch(/^((en|es)\.[a-z-]+\.[a-z-]+(\.[a-z-]+)?|learned\.[a-z-]+)$/);
      expect(hit.rule.startsWith(hit.language === '*' ? 'learned' : hit.language)).toBe(true);
    }
  });

  it('runs every language on every message (mixed languages)', () => {
    const r = detectRisk('honestly I am ok pero a veces deseo estar muerta');
    expect(r.hits.some((h) => h.language === 'es' && h.kind === 'suicide')).toBe(true);
  });

  it('returns nothing for empty or whitespace text', () => {
    const nothing = { hits: [], kinds: [], minor: false, denial: false, subject: 'self' };
    expect(detectRisk('')).toEqual(nothing);
    expect(detectRisk('   \n\t ')).toEqual(nothing);
  });

  it('is not evaded by zero-width characters, combining marks or full-width letters', () => {
    for (const text of [
      'I want to k\u200Bill my\u200Dself',
      'I want to ki\u0336ll myse\u0301lf',
      'ｋｉｌｌ ｍｙｓｅｌｆ',
      'I want to kіll myself',
    ]) {
      expect(detectRisk(text).kinds.map((k) => k.kind)).toContain('suicide');
    }
  });

  it('does not crash on odd Unicode', () => {
    const odd = [
      '\uD800 lone surrogate',
      '\u0000\u0007 control',
      '🏳️‍🌈👨‍👩‍👧',
      'ﷺ ﷽',
      '\u202Ekill myself\u202C',
      'a\u0301\u0302\u0303'.repeat(500),
    ];
    for (const text of odd) expect(() => detectRisk(text)).not.toThrow();
  });

  it('finds risk buried in a 100 KB message', () => {
    const filler = 'The quarterly report is due next week and the printer is broken again. ';
    const half = filler.repeat(700);
    const r = detectRisk(`${half}I have decided to end my life tonight. ${half}`);
    expect(r.kinds).toContainEqual({ kind: 'suicide', level: 'emergency' });
  });

  it('treats each message on its own (no state between calls)', () => {
    detectRisk("I'm going to kill myself");
    expect(detectRisk('I want to cut back on caffeine').hits).toEqual([]);
  });
});

describe('rule defects found in review', () => {
  const rules = (text: string) => detectRisk(text, 'rules').kinds;

  it.each([
    'I overdosed on chocolate this weekend lol',
    'i think i overdosed on netflix again',
    'me di una sobredosis de series este finde',
  ])('an "overdose" on something harmless is not an overdose: %s', (text) => {
    expect(rules(text)).toEqual([]);
  });

  it.each(['I overdosed on pills', 'tomé una sobredosis de pastillas'])('a real overdose still is: %s', (text) => {
    expect(rules(text)).toContainEqual({ kind: 'medical', level: 'emergency' });
  });

  it.each([
    'me pego unas risas con mis amigas cada viernes',
    'me pegué una ducha y me fui',
    'me pegué con la puerta del armario',
    'nos pegamos una comilona en Navidad',
  ])('a reflexive "pegar" idiom is not self-harm: %s', (text) => {
    expect(rules(text).map((k) => k.kind)).not.toContain('self-harm');
  });

  it('hitting oneself on purpose still is self-harm', () => {
    expect(rules('me pego contra la pared cuando me enfado').map((k) => k.kind)).toContain('self-harm');
  });

  it.each([
    ["if he does that one more time I'll murder him", "if he does that one more time I'll murder him. I mean it."],
    ["I'm going to kill him if he eats my lunch", "I'm going to kill him if he eats my lunch. I'm not joking."],
  ])('an idiom guard never suppresses a threat the writer says they mean: %s', (idiom, meant) => {
    expect(rules(idiom)).toEqual([]);
    expect(rules(meant)).toContainEqual({ kind: 'harm-to-others', level: 'emergency' });
  });

  it('reads Spanish threats and means with clitics: "lo voy a matar", "me voy a pegar un tiro"', () => {
    expect(rules('lo voy a matar, lo digo en serio')).toContainEqual({ kind: 'harm-to-others', level: 'emergency' });
    expect(rules('me voy a pegar un tiro').map((k) => k.kind)).toContain('suicide');
  });
});
