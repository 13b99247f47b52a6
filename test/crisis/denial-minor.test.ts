// The denial and minor flags, which are reported whatever the hits.
import { describe, expect, it } from 'vitest';
import { detectRisk } from '../../src/crisis/detector.js';

describe('denial', () => {
  it.each([
    "I'm fine",
    "I'm ok now",
    'im okay',
    "I'm not suicidal",
    'you misunderstood',
    'You misunderstood me, it was a joke',
    'I was just kidding',
    "I'm safe",
    'estoy bien',
    'Estoy bien ahora',
    'no soy suicida',
    'me malinterpretaste',
    'no quise decir eso',
  ])('flags "%s"', (text) => {
    expect(detectRisk(text).denial).toBe(true);
  });

  it.each(["I'm not fine", "I'm not ok", 'no estoy bien', 'I feel awful', 'I want to die'])(
    'does not flag "%s"',
    (text) => {
      expect(detectRisk(text).denial).toBe(false);
    },
  );

  it('is independent of hits: a denial next to a risk clause still fires', () => {
    const r = detectRisk("I'm not suicidal but I wish I could sleep forever");
    expect(r.denial).toBe(true);
    expect(r.kinds.map((k) => k.kind)).toContain('suicide');
    const plain = detectRisk("I'm not suicidal");
    expect(plain.denial).toBe(true);
    expect(plain.hits).toEqual([]);
  });
});

describe('minor', () => {
  it.each([
    "I'm 15",
    'im only 14',
    "I'm a 16 year old",
    "I'm a kid",
    "I'm a teenager and I hate school",
    "I'm a minor",
    "I'm in 8th grade",
    "I'm in eighth grade",
    "I'm a sophomore in high school",
    'tengo 14 años',
    'tengo 13 y mi padrastro me pega',
    'soy menor de edad',
    'estoy en segundo de secundaria',
  ])('flags "%s"', (text) => {
    expect(detectRisk(text).minor).toBe(true);
  });

  it.each([
    "I'm 35",
    "I'm 15 minutes late",
    "I'm 16 weeks pregnant",
    'My son is 15',
    "I'm a kid at heart",
    'When I was 15 my parents divorced',
    'tengo 30 años',
    'mi hija tiene 14 años',
    'tengo 15 minutos',
    'soy menor que mi hermano',
  ])('does not flag "%s"', (text) => {
    expect(detectRisk(text).minor).toBe(false);
  });

  it('makes abuse at home an emergency', () => {
    const r = detectRisk("my stepdad hurts me and I'm 15");
    expect(r.minor).toBe(true);
    expect(r.kinds).toContainEqual({ kind: 'unsafe-at-home', level: 'emergency' });
    expect(detectRisk('my stepdad hurts me').kinds).toContainEqual({ kind: 'unsafe-at-home', level: 'concern' });
  });
});
