// Every language's lexicon is well-formed data: it compiles, ids are unique, and it covers every kind.
import { describe, expect, it } from 'vitest';
import { lexicons } from '../../src/crisis/lexicon/index.js';
import { compileLexicon } from '../../src/crisis/lexicon-compiler.js';
import { riskKinds } from '../../src/crisis/types.js';

describe.each(lexicons.map((l) => [l.language, l] as const))('lexicon %s', (_, lexicon) => {
  it('compiles', () => {
    expect(() => compileLexicon(lexicon, lexicons)).not.toThrow();
  });

  it('has unique rule ids that name their kind', () => {
    const ids = lexicon.rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of lexicon.rules) expect(rule.id.startsWith(`${rule.kind}.`)).toBe(true);
  });

  it('covers every kind of risk, denial and minors', () => {
    for (const kind of riskKinds) expect(lexicon.rules.some((r) => r.kind === kind)).toBe(true);
    expect(lexicon.denial.length).toBeGreaterThan(0);
    expect(lexicon.minor.length).toBeGreaterThan(0);
  });
});
