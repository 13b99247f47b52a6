// The compiled-in resource registry and the choice of resources per country and kind.
import { describe, expect, it } from 'vitest';
import { crisisResources } from '../../src/crisis/resource-registry.js';
import { resourceById, resourcesFor, supportedCrisisCountries } from '../../src/crisis/resources.js';
import { resourceKinds, riskKinds } from '../../src/crisis/types.js';

const ids = (list: { id: string }[]) => list.map((r) => r.id);

describe('resource registry', () => {
  it('has unique ids, known kinds, a source and the verification date on every entry', () => {
    expect(new Set(ids([...crisisResources])).size).toBe(crisisResources.length);
    for (const r of crisisResources) {
      expect(resourceKinds).toContain(r.kind);
      expect(r.source).toMatch(/^[a-z0-9.-]+\.[a-z]{2,}$/);
      expect(r.verifiedOn).toBe('2026-11-28');
      expect(r.languages.length).toBeGreaterThan(0);
      expect(r.number ?? r.sms ?? r.url ?? (r.id === 'intl-emergency' ? 'generic' : undefined)).toBeDefined();
    }
  });

  it('carries the numbers in docs/CRISIS.md', () => {
    const byId = new Map(crisisResources.map((r) => [r.id, r]));
    expect(byId.get('us-988')).toMatchObject({ name: '988 Suicide & Crisis Lifeline', number: '988' });
    expect(byId.get('us-crisis-text-line')?.sms).toEqual({ number: '741741', keyword: 'HOME' });
    expect(byId.get('us-dv-hotline')).toMatchObject({
      number: '1-800-799-7233',
      sms: { number: '88788', keyword: 'START' },
    });
    expect(byId.get('us-childhelp')?.number).toBe('1-800-422-4453');
    expect(byId.get('us-poison-help')?.number).toBe('1-800-222-1222');
    expect(byId.get('gb-samaritans')?.number).toBe('116 123');
    expect(byId.get('gb-shout')?.sms).toEqual({ number: '85258', keyword: 'SHOUT' });
    expect(byId.get('gb-domestic-abuse-helpline')?.number).toBe('0808 2000 247');
    expect(byId.get('au-lifeline-text')?.sms?.number).toBe('0477 13 11 14');
    expect(byId.get('gb-childline')?.number).toBe('0800 1111');
    expect(byId.get('gb-nspcc')?.number).toBe('0808 800 5000');
    expect(byId.get('au-1800respect')?.number).toBe('1800 737 732');
    expect(byId.get('au-kids-helpline')?.number).toBe('1800 55 1800');
    expect(byId.get('au-poisons-information')?.number).toBe('13 11 26');
    expect(byId.get('ca-kids-help-phone')).toMatchObject({
      number: '1-800-668-6868',
      sms: { number: '686868', keyword: 'CONNECT' },
    });
    expect(byId.get('es-anar')?.number).toBe('900 20 20 10');
    expect(byId.get('es-anar-116111')?.number).toBe('116 111');
    expect(byId.get('es-toxicologia')?.number).toBe('91 562 04 20');
    expect(byId.get('au-beyond-blue')?.number).toBe('1300 22 4636');
    expect(byId.get('mx-linea-de-la-vida')?.number).toBe('800 911 2000');
    expect(byId.get('intl-findahelpline')?.url).toBe('https://findahelpline.com');
  });
});

describe('resourcesFor', () => {
  it.each(supportedCrisisCountries)('%s resolves a crisis line and an emergency number', (country) => {
    const list = resourcesFor(country, [], {});
    expect(list.some((r) => r.kind === 'crisis-line' && r.number)).toBe(true);
    expect(list.some((r) => r.kind === 'emergency' && r.number)).toBe(true);
    expect(list.every((r) => r.country === country)).toBe(true);
  });

  it.each(supportedCrisisCountries.flatMap((c) => riskKinds.map((k) => [c, k] as const)))(
    '%s / %s resolves resources, crisis line and emergency number first',
    (country, kind) => {
      for (const minor of [false, true]) {
        const list = resourcesFor(country, [kind], { minor });
        expect(list.length).toBeGreaterThan(0);
        expect(list[0]!.kind).toBe('crisis-line');
        expect(list.some((r) => r.kind === 'emergency')).toBe(true);
      }
    },
  );

  it('orders crisis line, text line, emergency, then kind-specific lines', () => {
    expect(ids(resourcesFor('US', ['suicide'], {}))).toEqual(['us-988', 'us-crisis-text-line', 'us-911']);
    expect(ids(resourcesFor('US', ['medical', 'unsafe-at-home'], {}))).toEqual([
      'us-988',
      'us-crisis-text-line',
      'us-911',
      'us-poison-help',
      'us-dv-hotline',
    ]);
    expect(ids(resourcesFor('GB', ['unsafe-at-home'], {}))).toEqual([
      'gb-samaritans',
      'gb-shout',
      'gb-999',
      'gb-domestic-abuse-helpline',
    ]);
    expect(ids(resourcesFor('ES', ['unsafe-at-home'], {}))).toEqual(['es-024', 'es-112', 'es-016']);
  });

  it('gives a child at risk the child line whatever the kind, and whoever writes', () => {
    expect(ids(resourcesFor('US', ['unsafe-at-home'], { minor: true }))).toEqual([
      'us-988',
      'us-crisis-text-line',
      'us-911',
      'us-childhelp',
    ]);
    expect(ids(resourcesFor('US', ['suicide'], { minor: true }))).toContain('us-childhelp');
    expect(ids(resourcesFor('US', ['suicide'], { minor: false }))).not.toContain('us-childhelp');
    expect(ids(resourcesFor('AU', ['self-harm'], { minor: true }))).toContain('au-kids-helpline');
    expect(ids(resourcesFor('CA', ['unsafe-at-home'], { minor: true }))).toContain('ca-kids-help-phone');
  });

  it('answers a child with the lines for children, and an adult worried about a child with the lines for adults', () => {
    expect(ids(resourcesFor('GB', ['unsafe-at-home'], { minor: true, subject: 'self' }))).toEqual([
      'gb-samaritans',
      'gb-shout',
      'gb-999',
      'gb-childline',
    ]);
    expect(ids(resourcesFor('GB', ['unsafe-at-home'], { minor: true, subject: 'someone-else' }))).toEqual([
      'gb-samaritans',
      'gb-shout',
      'gb-999',
      'gb-nspcc',
    ]);
    expect(ids(resourcesFor('ES', ['unsafe-at-home'], { minor: true, subject: 'self' }))).toEqual([
      'es-024',
      'es-112',
      'es-anar',
      'es-anar-116111',
    ]);
    expect(ids(resourcesFor('ES', ['unsafe-at-home'], { minor: true, subject: 'someone-else' }))).toEqual([
      'es-024',
      'es-112',
      'es-anar',
    ]);
  });

  it('gives poison help for an overdose or a poisoning, the person’s own or someone else’s', () => {
    expect(ids(resourcesFor('ES', ['medical'], { subject: 'someone-else' }))).toContain('es-toxicologia');
    expect(ids(resourcesFor('AU', ['medical'], {}))).toContain('au-poisons-information');
    expect(ids(resourcesFor('AU', ['unsafe-at-home'], {}))).toContain('au-1800respect');
  });

  it('has no duplicates and is deterministic', () => {
    const kinds = [...riskKinds, ...riskKinds];
    const list = resourcesFor('US', kinds, { minor: true });
    expect(new Set(ids(list)).size).toBe(list.length);
    expect(resourcesFor('US', kinds, { minor: true })).toEqual(list);
  });

  it.each([undefined, '', 'other', 'FR', 'INTL', 'zz'])(
    'falls back to the international directory for %s',
    (country) => {
      expect(ids(resourcesFor(country, ['suicide', 'medical'], {}))).toEqual(['intl-findahelpline', 'intl-emergency']);
      expect(resourcesFor(country, [], {}).find((r) => r.id === 'intl-emergency')).toMatchObject({ kind: 'emergency' });
    },
  );

  it('accepts lower case and the UK alias', () => {
    expect(ids(resourcesFor('us', [], {}))[0]).toBe('us-988');
    expect(ids(resourcesFor('uk', [], {}))[0]).toBe('gb-samaritans');
  });
});

describe('resourceById', () => {
  it('finds every registry entry by id and nothing else', () => {
    for (const r of crisisResources) expect(resourceById(r.id)).toBe(r);
    expect(resourceById('nope')).toBeUndefined();
  });
});
