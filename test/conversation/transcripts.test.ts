// Whole intakes as a person would do them, in both languages: typed free text only, and tapped choice values only.
import { describe, expect, it } from 'vitest';
import { Conversation, runtimeWith } from '../helpers/conversation.js';

type Script = Record<string, string>;

const complete = (conversation: Conversation, script: Script, how: 'say' | 'tap' = 'say') =>
  conversation.completeWith(script, how);

const englishFreeText: Script = {
  start: "let's go",
  consent: 'yes I agree',
  whoFor: "it's for me",
  preferredName: 'Sam',
  pronouns: 'they/them',
  ageRange: "I'm 29",
  country: 'USA',
  region: 'Massachusetts',
  reasons: 'mostly anxiety and some sleep stuff',
  reasonsOwnWords: 'I have panic attacks at work and I lie awake for hours',
  priorTherapy: 'I saw someone years ago',
  medication: 'nope',
  phq1: 'more than half the days',
  phq2: 'several days',
  gad1: 'nearly every day',
  gad2: '3',
  phq3: 'every day',
  phq4: 'not at all',
  phq5: 'several days',
  phq6: 'some days',
  phq7: 'most days',
  phq8: '0',
  phq9: 'not at all',
  gad3: '2',
  gad4: 'nearly every day',
  gad5: '1',
  gad6: 'not at all',
  gad7: 'several days',
  goals: 'feel less anxious and more confident',
  goalsOwnWords: "I'd like to enjoy my weekends again",
  formats: 'video or phone',
  availability: 'evenings and weekends',
  therapistGender: 'a woman please',
  therapistLanguage: 'skip',
  therapistNotes: 'someone LGBTQ+ affirming',
  payment: 'my insurance',
  insuranceCarrier: 'bcbs',
  asq1: 'no',
  asq2: 'nope',
  asq3: 'no',
  asq4: 'never',
  firstName: 'Sam',
  lastName: 'Rivera',
  email: 'Sam.Rivera@Example.com',
  phone: '(617) 555-0142',
  contactMethods: 'email or text',
  voicemailOk: 'yes that is fine',
  textOk: 'sure',
  bestTimes: 'mornings',
  review: 'looks good, submit',
};

const englishTapped: Script = {
  start: 'start',
  consent: 'yes',
  whoFor: 'my-child',
  preferredName: 'Robin',
  pronouns: 'he',
  ageRange: 'under-18',
  country: 'US',
  region: 'NH',
  reasons: 'family,anger',
  reasonsOwnWords: 'He has been getting into fights at school',
  // The learned tier is unsure about that answer: a gentle check-in, and "I'm safe" carries on.
  checkIn: 'safe',
  priorTherapy: 'never',
  medication: 'prefer-not',
  phq1: '0',
  phq2: '1',
  gad1: '1',
  gad2: '0',
  goals: 'handle-stress,relationships',
  goalsOwnWords: 'Fewer fights at home',
  formats: 'in-person',
  availability: 'weekday-afternoons',
  therapistGender: 'no-preference',
  therapistLanguage: 'en',
  therapistNotes: 'skip',
  payment: 'self-pay',
  asq1: 'no',
  asq2: 'no',
  asq3: 'no',
  asq4: 'no',
  firstName: 'Dana',
  lastName: 'Lee',
  email: 'dana.lee@example.com',
  phone: '603 555 0188',
  contactMethods: 'phone',
  voicemailOk: 'no',
  textOk: 'no',
  bestTimes: 'weekday-evenings',
  review: 'submit',
};

const spanishFreeText: Script = {
  start: 'empezar',
  consent: 'sí, de acuerdo',
  whoFor: 'para mí',
  preferredName: 'Lucía',
  pronouns: 'ella',
  ageRange: 'tengo 31 años',
  country: 'España',
  reasons: 'ansiedad y problemas de sueño',
  reasonsOwnWords: 'Tengo ataques de pánico en el metro',
  priorTherapy: 'nunca he ido',
  medication: 'no',
  phq1: 'varios días',
  phq2: 'ningún día',
  gad1: 'casi todos los días',
  gad2: 'más de la mitad de los días',
  gad3: '3',
  gad4: '2',
  gad5: '1',
  gad6: '0',
  gad7: 'varios días',
  goals: 'sentirme menos ansiosa',
  goalsOwnWords: 'Volver a usar el transporte público sin miedo',
  formats: 'en persona o videollamada',
  availability: 'tardes y fines de semana',
  therapistGender: 'omitir',
  therapistLanguage: 'español',
  therapistNotes: 'omitir',
  payment: 'lo pago yo',
  asq1: 'no',
  asq2: 'no',
  asq3: 'no',
  asq4: 'nunca',
  firstName: 'Lucía',
  lastName: 'García',
  email: 'lucia.garcia@example.es',
  phone: '600 12 34 56',
  contactMethods: 'correo y llamada',
  voicemailOk: 'no',
  textOk: 'no',
  bestTimes: 'omitir',
  review: 'enviar',
};

const spanishTapped: Script = {
  start: 'start',
  consent: 'yes',
  whoFor: 'couple',
  preferredName: 'skip',
  pronouns: 'skip',
  ageRange: '35-44',
  country: 'MX',
  reasons: 'relationships',
  reasonsOwnWords: 'skip',
  priorTherapy: 'past',
  medication: 'no',
  phq1: '3',
  phq2: '3',
  gad1: '0',
  gad2: '1',
  phq3: '2',
  phq4: '2',
  phq5: '1',
  phq6: '1',
  phq7: '0',
  phq8: '0',
  phq9: '0',
  goals: 'relationships',
  goalsOwnWords: 'Comunicarnos sin gritar',
  formats: 'video,messaging',
  availability: 'weekends',
  therapistGender: 'woman',
  therapistLanguage: 'es',
  therapistNotes: 'Que entienda la cultura mexicana',
  payment: 'not-sure',
  asq1: 'no',
  asq2: 'no',
  asq3: 'no',
  asq4: 'no',
  firstName: 'Ana',
  lastName: 'Torres',
  email: 'skip',
  phone: '55 1234 5678',
  contactMethods: 'phone,text',
  voicemailOk: 'yes',
  textOk: 'yes',
  bestTimes: 'weekends',
  review: 'submit',
};

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
