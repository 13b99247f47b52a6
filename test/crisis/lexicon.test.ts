// Every language pack is well-formed data: it compiles, names only catalogued rules, and covers every kind.
import { describe, expect, it } from 'vitest';
import { languagePacks } from '../../src/crisis/languages/index.js';
import { compileLexicon, rulesOf } from '../../src/crisis/lexicon-compiler.js';
import { ruleCatalog } from '../../src/crisis/rule-catalog.js';
import { riskKinds } from '../../src/crisis/types.js';

const lexicons = languagePacks.map((pack) => pack.lexicon);

describe.each(languagePacks.map((p) => [p.language, p] as const))('language %s', (_, pack) => {
  it('compiles', () => {
    expect(() => compileLexicon(pack.lexicon, lexicons)).not.toThrow();
  });

  it('gives phrases only for catalogued rules, each named after its kind', () => {
    for (const rule of rulesOf(pack.lexicon)) {
      expect(ruleCatalog[rule.id], rule.id).toBeDefined();
      expect(rule.id.startsWith(`${rule.kind}.`)).toBe(true);
    }
  });

  it('covers every kind of risk, denial and minors', () => {
    const rules = rulesOf(pack.lexicon);
    for (const kind of riskKinds) expect(rules.some((r) => r.kind === kind)).toBe(true);
    expect(pack.lexicon.denial.length).toBeGreaterThan(0);
    expect(pack.lexicon.minor.length).toBeGreaterThan(0);
  });
});

describe('the rule catalog', () => {
  it('has no rule that no language gives phrases for', () => {
    const used = new Set(languagePacks.flatMap((pack) => Object.keys(pack.lexicon.rules)));
    expect(Object.keys(ruleCatalog).filter((id) => !used.has(id))).toEqual([]);
  });
});
