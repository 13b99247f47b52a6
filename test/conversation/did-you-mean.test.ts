// "Did you mean…?" (CONVERSATION.md): typed answers that nearly name a choice are confirmed at the same step and
// field, as a choice of the likely answers plus "none of these"; never dropped, kept raw, or guessed.
import { describe, expect, it } from 'vitest';
import { createConversationRuntime, type Detect } from '../../src/conversation/runtime.js';
import { detectRisk } from '../../src/crisis/detector.js';
import { Conversation, defaultPractice, defaultRuntime } from '../helpers/conversation.js';

const toRegion = (locale = 'en-US') =>
  new Conversation(defaultRuntime, locale).sayAll(
    locale.startsWith('es')
      ? ['empezar', 'sí', 'para mí', 'omitir', 'omitir', '25-34', 'Estados Unidos']
      : ['start', 'yes', 'myself', 'skip', 'skip', '25-34', 'United States'],
  );
const toReasons = (locale = 'en-US') => toRegion(locale).sayAll([locale.startsWith('es') ? 'Massachusetts' : 'MA']);
const toCarrier = (locale = 'en-US') => {
  const spanish = locale.startsWith('es');
  const c = toReasons(locale).sayAll(
    spanish
      ? ['estrés', 'omitir', 'nunca', 'no', '0', '0', '0', '0', 'omitir', 'Dormir mejor']
      : ['stress', 'skip', 'never', 'no', '0', '0', '0', '0', 'skip', 'Sleep better'],
  );
  return c.sayAll(
    spanish
      ? ['video', 'fines de semana', 'omitir', 'omitir', 'omitir', 'seguro médico']
      : ['video', 'weekends', 'skip', 'skip', 'skip', 'insurance'],
  );
};

const offered = (c: Conversation) => c.prompt?.choices?.map((choice) => choice.value);

describe('did you mean, on a typo ("anxeity")', () => {
  it('asks again at the same step and field, as a choice, with the likely choice and none of these', () => {
    const c = toReasons();
    c.say('anxeity');
    expect(c.prompt).toMatchObject({ step: 'reasons', field: 'reasons', input: 'choice', optional: false });
    expect(offered(c)).toEqual(['anxiety', 'none-of-these']);
    expect(c.text).toMatch(/did you mean Anxiety or worry\?/);
    expect(c.record.answers.some((a) => a.field === 'reasons')).toBe(false);
    c.say('yes');
    expect(c.field).toBe('reasonsOwnWords');
    expect(c.record.reasons?.codes).toEqual(['anxiety']);
  });

  it('keeps what the same message named exactly ("anxeity and sleep" is not only sleep)', () => {
    const c = toReasons();
    c.say('anxeity and sleep');
    expect(c.prompt).toMatchObject({ field: 'reasons', input: 'choice' });
    expect(offered(c)).toEqual(['anxiety', 'none-of-these']);
    c.tap('anxiety');
    expect(c.field).toBe('reasonsOwnWords');
    expect(c.record.reasons?.codes).toEqual(['anxiety', 'sleep']);
  });

  it('leaves a message that names its choices exactly alone', () => {
    const c = toReasons();
    c.say('mostly anxiety and some sleep stuff');
    expect(c.field).toBe('reasonsOwnWords');
    expect(c.record.reasons?.codes).toEqual(['anxiety', 'sleep']);
  });

  it('in Spanish: "ansiedda" → ¿querías decir…?, and "sí" confirms it', () => {
    const c = toReasons('es-ES');
    c.say('ansiedda');
    expect(c.prompt).toMatchObject({ field: 'reasons', input: 'choice' });
    expect(offered(c)).toEqual(['anxiety', 'none-of-these']);
    expect(c.text).toMatch(/¿querías decir/);
    expect(c.prompt?.choices?.at(-1)?.title).toBe('Ninguna de estas');
    c.say('sí');
    expect(c.record.reasons?.codes).toEqual(['anxiety']);
  });
});

describe('did you mean, on part of a name ("blue cros")', () => {
  it('offers the accepted carrier instead of saying "we may not be in network"', () => {
    const c = toCarrier();
    expect(c.field).toBe('insuranceCarrier');
    c.say('blue cros');
    expect(c.text).not.toMatch(/may not be in network/);
    expect(c.prompt).toMatchObject({ step: 'preferences', field: 'insuranceCarrier', input: 'choice' });
    expect(offered(c)).toEqual(['Blue Cross Blue Shield', 'none-of-these']);
    c.say('Blue Cross Blue Shield');
    expect(c.text).toMatch(/we work with Blue Cross Blue Shield/);
    expect(c.record.preferences).toMatchObject({ carrierAccepted: true });
  });

  it('none of these goes back to the original question, and what is typed next is taken as typed', () => {
    const c = toCarrier();
    c.say('blue cros');
    c.say('none of these');
    expect(c.prompt).toMatchObject({ field: 'insuranceCarrier', input: 'text' });
    expect(c.prompt).not.toHaveProperty('choices');
    expect(c.text).toMatch(/No problem, let's try that again\./);
    expect(c.text).toMatch(/Which insurance company/);
    c.say('Blue Crest Mutual');
    expect(c.text).toMatch(/may not be in network/);
    expect(c.field).toBe('asq1');
  });

  it('in Spanish, "ninguna" goes back to the question too', () => {
    const c = toCarrier('es-ES');
    expect(c.field).toBe('insuranceCarrier');
    c.say('blue cros');
    expect(offered(c)).toEqual(['Blue Cross Blue Shield', 'none-of-these']);
    c.say('ninguna');
    expect(c.prompt).toMatchObject({ field: 'insuranceCarrier', input: 'text' });
    expect(c.text).toMatch(/probemos otra vez/);
  });
});

describe('did you mean, on a place ("mass")', () => {
  it('confirms Massachusetts and never takes the place as out of area', () => {
    const c = toRegion();
    expect(c.field).toBe('region');
    c.say('mass');
    expect(c.prompt).toMatchObject({ step: 'about', field: 'region', input: 'choice' });
    expect(offered(c)).toEqual(['MA', 'none-of-these']);
    expect(c.text).not.toMatch(/licensed|Help is available/);
    expect(c.crisis).toBeUndefined();
    c.say('1');
    expect(c.field).toBe('reasons');
    expect(c.record.client).toMatchObject({ region: 'MA' });
    expect(c.text).not.toMatch(/licensed/);
  });

  it('a place that matches none is confirmed against the places served before it is taken as out of area', () => {
    const c = toRegion();
    c.say('Vermont');
    expect(c.prompt).toMatchObject({ field: 'region', input: 'choice' });
    expect(offered(c)).toEqual(['MA', 'NH', 'RI', 'none-of-these']);
    expect(c.text).not.toMatch(/licensed/);
    c.tap('none-of-these');
    expect(c.prompt).toMatchObject({ field: 'region' });
    expect(offered(c)).toEqual(['MA', 'NH', 'RI']);
    c.say('Vermont');
    expect(c.text).toMatch(/licensed/);
    expect(c.record.client).toMatchObject({ region: 'Vermont' });
  });

  it('in Spanish: "masachusets" is confirmed as Massachusetts', () => {
    const c = toRegion('es-ES');
    expect(c.field).toBe('region');
    c.say('masachusets');
    expect(offered(c)).toEqual(['MA', 'none-of-these']);
    expect(c.text).toMatch(/¿querías decir Massachusetts\?/);
    c.say('sí');
    expect(c.record.client).toMatchObject({ region: 'MA' });
  });
});

describe('did you mean, and safety', () => {
  it('the detector reads the raw message first: a crisis phrase is never turned into a did-you-mean', () => {
    const c = toReasons();
    c.say('anxeity and I want to kill myself');
    expect(c.crisis).toBeDefined();
    expect(c.prompt?.choices?.some((choice) => choice.value === 'none-of-these') ?? false).toBe(false);
    expect(c.field).not.toBe('reasons');
  });

  it('a crisis phrase while a did-you-mean is open goes to the crisis branch at once', () => {
    const c = toRegion();
    c.say('mass');
    expect(offered(c)).toEqual(['MA', 'none-of-these']);
    c.say("I don't want to be alive anymore");
    expect(c.crisis).toBeDefined();
    expect(c.prompt?.progress?.paused).toBe(true);
    expect(offered(c)).not.toContain('none-of-these');
  });

  it('is not a miss: three near misses never skip the question', () => {
    const c = toReasons();
    c.say('anxeity');
    c.say('none of these');
    c.say('anxeity');
    expect(c.field).toBe('reasons');
    expect(c.text).not.toMatch(/skip that one/);
  });
});

describe('did you mean, never in the crisis branch', () => {
  // A stand-in detector marks the one message that asks for a check-in; everything else goes to the real one.
  const stand: Detect = (text, tiers) =>
    text === 'tired of everything'
      ? { hits: [], kinds: [], minor: false, denial: false, subject: 'self', checkIn: { kind: 'suicide' } }
      : detectRisk(text, tiers);

  it('a near miss at the check-in is no answer: the concern and its flow follow at once', () => {
    const c = new Conversation(createConversationRuntime(defaultPractice, stand)).sayAll(['start', 'yes']);
    c.say('tired of everything');
    expect(c.field).toBe('checkIn');
    c.say('not sur');
    expect(c.prompt?.choices?.map((x) => x.value) ?? []).not.toContain('none-of-these');
    expect(c.record.triage.level).not.toBe('none');
  });

  it('a near miss at "carry on or stop" is asked again plainly', () => {
    const c = toReasons();
    c.say("I don't want to be alive anymore");
    for (let turn = 0; turn < 10 && c.field !== 'continueIntake'; turn++) c.say('no');
    expect(c.field).toBe('continueIntake');
    c.say('carry onn');
    expect(c.field).toBe('continueIntake');
    expect(offered(c)).toEqual(['continue', 'stop']);
  });
});
