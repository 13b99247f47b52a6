// Whole intakes as a person would do them, in both languages: typed free text only, and tapped choice values only.
import { describe, expect, it } from 'vitest';
import { Conversation, runtimeWith } from '../helpers/conversation.js';
import {
  englishFreeText,
  englishTapped,
  type Script,
  spanishFreeText,
  spanishTapped,
} from '../helpers/intake-scripts.js';

const complete = (conversation: Conversation, script: Script, how: 'say' | 'tap' = 'say') =>
  conversation.completeWith(script, how);

describe('a whole intake, typed in free text', () => {
  it('in English', () => {
    const record = complete(new Conversation(), englishFreeText);
    expect(record.locale).toBe('en-US');
    expect(record.consent?.given).toBe(true);
    expect(record.client).toEqual({
      whoFor: 'myself',
      preferredName: 'Sam',
      pronouns: 'they',
      ageRange: '25-34',
      country: 'US',
      region: 'MA',
    });
    expect(record.reasons).toEqual({ codes: ['anxiety', 'sleep'], ownWords: englishFreeText.reasonsOwnWords });
    expect(record.history).toEqual({ priorTherapy: 'past', medication: 'no' });
    expect(record.measures.phq).toMatchObject({
      form: 'phq-9',
      total: 2 + 1 + 3 + 0 + 1 + 1 + 2 + 0 + 0,
      severity: 'moderate',
    });
    expect(record.measures.gad).toMatchObject({
      form: 'gad-7',
      total: 3 + 3 + 2 + 3 + 1 + 0 + 1,
      severity: 'moderate',
    });
    expect(record.goals).toEqual({ codes: ['less-anxious', 'confidence'], ownWords: englishFreeText.goalsOwnWords });
    expect(record.preferences).toEqual({
      formats: ['video', 'phone'],
      availability: ['weekday-evenings', 'weekends'],
      therapistGender: 'woman',
      therapistNotes: 'someone LGBTQ+ affirming',
      payment: 'insurance',
      insuranceCarrier: 'bcbs',
      carrierAccepted: true,
    });
    expect(record.safety).toMatchObject({
      instrument: 'asq',
      result: 'negative',
      detectorEvents: [],
      resourcesShown: [],
    });
    expect(record.contact).toEqual({
      firstName: 'Sam',
      lastName: 'Rivera',
      email: 'Sam.Rivera@example.com',
      phone: '+16175550142',
      contactMethods: ['email', 'text'],
      voicemailOk: true,
      textOk: true,
      bestTimes: ['weekday-mornings'],
      discreet: false,
    });
    expect(record.triage.level).toBe('none');
  });

  it('in Spanish', () => {
    const record = complete(new Conversation(undefined, 'es-ES'), spanishFreeText);
    expect(record.locale).toBe('es-ES');
    expect(record.client).toEqual({
      whoFor: 'myself',
      preferredName: 'Lucía',
      pronouns: 'she',
      ageRange: '25-34',
      country: 'ES',
    });
    expect(record.reasons.codes).toEqual(['anxiety', 'sleep']);
    expect(record.history).toEqual({ priorTherapy: 'never', medication: 'no' });
    expect(record.measures.phq).toMatchObject({ form: 'phq-2', total: 1, positive: false });
    expect(record.measures.gad).toMatchObject({ form: 'gad-7', total: 3 + 2 + 3 + 2 + 1 + 0 + 1 });
    expect(record.goals.codes).toEqual(['less-anxious']);
    expect(record.preferences).toMatchObject({
      formats: ['in-person', 'video'],
      availability: ['weekday-afternoons', 'weekends'],
      therapistLanguage: 'es',
      payment: 'self-pay',
    });
    expect(record.contact).toMatchObject({
      firstName: 'Lucía',
      lastName: 'García',
      email: 'lucia.garcia@example.es',
      phone: '+34600123456',
      contactMethods: ['email', 'phone'],
      voicemailOk: false,
      textOk: false,
    });
  });
});

describe('a whole intake, answered with choice values only', () => {
  it('in English', () => {
    const conversation = new Conversation();
    const record = complete(conversation, englishTapped, 'tap');
    expect(conversation.transcript.join('\n')).toContain('a parent or legal guardian');
    expect(record.safety.checkIns).toEqual([
      { at: expect.any(String), step: 'reasons', kindGuess: 'unsafe-at-home', band: 'check-in', answer: 'safe' },
    ]);
    expect(record.safety.detectorEvents).toEqual([]);
    expect(record.client).toEqual({
      whoFor: 'my-child',
      preferredName: 'Robin',
      pronouns: 'he',
      ageRange: 'under-18',
      country: 'US',
      region: 'NH',
    });
    expect(record.reasons).toEqual({ codes: ['family', 'anger'], ownWords: englishTapped.reasonsOwnWords });
    expect(record.history).toEqual({ priorTherapy: 'never', medication: 'prefer-not' });
    expect(record.measures.phq).toMatchObject({ form: 'phq-2', total: 1 });
    expect(record.measures.gad).toMatchObject({ form: 'gad-2', total: 1 });
    expect(record.preferences).toEqual({
      formats: ['in-person'],
      availability: ['weekday-afternoons'],
      therapistGender: 'no-preference',
      therapistLanguage: 'en',
      payment: 'self-pay',
    });
    expect(record.contact).toEqual({
      firstName: 'Dana',
      lastName: 'Lee',
      email: 'dana.lee@example.com',
      phone: '+16035550188',
      contactMethods: ['phone'],
      voicemailOk: false,
      textOk: false,
      bestTimes: ['weekday-evenings'],
      discreet: false,
    });
  });

  it('in Spanish', () => {
    const conversation = new Conversation(undefined, 'es-MX');
    const record = complete(conversation, spanishTapped, 'tap');
    expect(record.locale).toBe('es-MX');
    expect(record.client).toEqual({ whoFor: 'couple', ageRange: '35-44', country: 'MX' });
    expect(record.reasons).toEqual({ codes: ['relationships'] });
    expect(record.measures.phq).toMatchObject({ form: 'phq-9', total: 3 + 3 + 2 + 2 + 1 + 1, severity: 'moderate' });
    expect(record.preferences).toMatchObject({
      formats: ['video', 'messaging'],
      payment: 'not-sure',
      therapistLanguage: 'es',
    });
    expect(record.contact).toMatchObject({
      firstName: 'Ana',
      phone: '+525512345678',
      contactMethods: ['phone', 'text'],
      voicemailOk: true,
      textOk: true,
    });
    expect(record.contact.email).toBeUndefined();
  });
});

describe("the practice's own guardian-consent message", () => {
  const practiceWording = {
    en: 'Harbor Light sees clients under 18 only with a guardian present at the first visit.',
    es: 'En Harbor Light atendemos a menores de 18 años solo con su tutor presente en la primera visita.',
  };

  it('replaces the default for a person under 18, in English', () => {
    const conversation = new Conversation(runtimeWith({ guardianConsentMessage: practiceWording }));
    conversation.sayAll(['start', 'yes', 'for my son', 'skip', 'skip']);
    conversation.say('he is 15');
    expect(conversation.transcript.slice(-3)).toEqual([
      'user: he is 15',
      `bot: ${practiceWording.en}`,
      expect.stringContaining('Which country'),
    ]);
    expect(conversation.transcript.join('\n')).not.toContain('a parent or legal guardian');
  });

  it('replaces the default for a person under 18, in Spanish', () => {
    const conversation = new Conversation(runtimeWith({ guardianConsentMessage: practiceWording }), 'es-MX');
    conversation.sayAll(['empezar', 'sí', 'para mi hija', 'omitir', 'omitir']);
    conversation.say('tiene 16 años');
    expect(conversation.transcript.slice(-3)).toEqual([
      'user: tiene 16 años',
      `bot: ${practiceWording.es}`,
      expect.stringContaining('¿En qué país'),
    ]);
    expect(conversation.transcript.join('\n')).not.toContain('su tutor legal deberá');
  });

  it('keeps the default in a language the practice did not word it in', () => {
    const conversation = new Conversation(runtimeWith({ guardianConsentMessage: { en: practiceWording.en } }), 'es-MX');
    conversation.sayAll(['empezar', 'sí', 'para mi hija', 'omitir', 'omitir', 'tiene 16 años']);
    expect(conversation.text).toContain('su tutor legal deberá dar su consentimiento');
    expect(conversation.text).not.toContain(practiceWording.en);
  });

  it('is not said to an adult', () => {
    const conversation = new Conversation(runtimeWith({ guardianConsentMessage: practiceWording }));
    conversation.sayAll(['start', 'yes', 'myself', 'skip', 'skip', '25-34']);
    expect(conversation.transcript.join('\n')).not.toContain(practiceWording.en);
  });
});
