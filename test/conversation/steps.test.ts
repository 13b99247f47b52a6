// Examples per step and field: what the person says, what the bot asks next, and every branch of the intake.
import { describe, expect, it } from 'vitest';
import { Conversation, runtimeWith } from '../helpers/conversation.js';

const toAbout = (c = new Conversation()) => c.sayAll(['start', 'yes']);
const toCountry = (c = new Conversation()) => toAbout(c).sayAll(['myself', 'skip', 'skip', '25-34']);
const toReasons = (c = new Conversation()) => toCountry(c).sayAll(['United States', 'MA']);
const toMeasures = (c = new Conversation()) => toReasons(c).sayAll(['stress', 'skip', 'never', 'no']);
const toGoals = (c = new Conversation()) => toMeasures(c).sayAll(['0', '0', '0', '0']);
const toPayment = (c = new Conversation()) =>
  toGoals(c).sayAll(['skip', 'Sleep better', 'video', 'weekends', 'skip', 'skip', 'skip']);
const toSafety = (c = new Conversation()) => toPayment(c).sayAll(['self-pay']);
const toContact = (c = new Conversation()) => toSafety(c).sayAll(['no', 'no', 'no', 'no']);
const toReview = (c = new Conversation()) =>
  toContact(c).sayAll(['Alex', 'skip', 'alex@example.com', '617 555 0142', 'email', 'no', 'no', 'skip']);
const toReviewInSpanish = () =>
  new Conversation(undefined, 'es-ES')
    .sayAll(['empezar', 'sí', 'para mí', 'omitir', 'omitir', '25-34', 'España', 'estrés', 'omitir', 'nunca', 'no'])
    .sayAll(['0', '0', '0', '0', 'omitir', 'Dormir mejor', 'video', 'fines de semana', 'omitir', 'omitir', 'omitir'])
    .sayAll(['lo pago yo', 'no', 'no', 'no', 'no', 'Ana', 'omitir', 'ana@example.es', 'omitir', 'correo', 'omitir']);

describe('welcome', () => {
  it('says the chat is not for emergencies and when the practice reads it', () => {
    const c = new Conversation();
    expect(c.prompt).toMatchObject({
      step: 'welcome',
      field: 'start',
      input: 'choice',
      progress: { index: 1, total: 11, percent: 0, paused: false },
    });
    expect(c.prompt?.choices?.map((x) => x.value)).toEqual(['start', 'not-now', 'language']);
    expect(c.text).toMatch(/not for emergencies/);
    expect(c.text).toMatch(/911/);
    expect(c.text).toMatch(/Mon–Fri 09:00–17:00/);
  });

  it('"not now" pauses, and any later message picks up where it was', () => {
    const c = new Conversation();
    c.say('not now');
    expect(c.prompt).toBeUndefined();
    expect(c.text).toMatch(/ready/);
    c.say('hello again');
    expect(c.field).toBe('start');
    expect(c.text).toMatch(/Welcome back/);
  });

  it("speaks the practice's default language to a locale it does not support, keeping the region", () => {
    const c = new Conversation(undefined, 'fr-CA');
    expect(c.text).toMatch(/Shall we start/);
    expect(c.record.locale).toBe('en-CA');
    c.sayAll(['start', 'yes', 'myself', 'skip', 'skip', '25-34']);
    expect(c.prompt?.choices?.[0]?.value).toBe('CA');
  });

  it('switches language from the welcome choice', () => {
    const c = new Conversation();
    c.say('3');
    expect(c.text).toMatch(/seguimos en español/);
    expect(c.field).toBe('start');
    expect(c.prompt?.choices?.[0]?.title).toBe('Empezar');
  });
});

describe('consent', () => {
  it('declined: ends kindly, shows resources and keeps no answers', () => {
    const c = new Conversation();
    c.sayAll(['start', 'no']);
    expect(c.prompt).toBeUndefined();
    expect(c.text).toMatch(/haven't kept any of your answers/);
    expect(c.text).toMatch(/988/);
    expect(c.record.status).toBe('declined');
    expect(c.record.consent?.given).toBe(false);
    expect(c.record.answers).toEqual([]);
    expect(c.record.client).toEqual({});
  });

  it('a crisis before consent is kept without personal data, and the person is told so', () => {
    const c = new Conversation();
    c.say('I want to end my life');
    expect(c.crisis).toBeDefined();
    expect(c.text).toMatch(/without your name, your answers or what you wrote/);
    c.sayAll(['yes']); // safe now
    c.sayAll(['no']); // carry on? picks a choice: "no" does not fit continue/stop
    expect(c.record.safety.detectorEvents).toHaveLength(1);
    expect(JSON.stringify(c.record)).not.toContain('end my life');
  });
});

describe('about', () => {
  it('asks about the person who needs care when it is not for the person typing', () => {
    const c = toAbout();
    c.say('my child');
    expect(c.text).toMatch(/answer about the person who needs care/);
    expect(c.field).toBe('preferredName');
  });

  it("takes pronouns in the person's own words", () => {
    const c = toAbout().sayAll(['myself', 'Kit']);
    c.say('ze/zir');
    expect(c.field).toBe('ageRange');
    expect(c.record.client.pronouns).toBe('ze/zir');
  });

  it('shows the guardian-consent message for under 18', () => {
    const c = toAbout().sayAll(['my child', 'skip', 'skip']);
    c.say("she's 15");
    expect(c.text).toMatch(/parent or legal guardian/);
    expect(c.record.client.ageRange).toBe('under-18');
  });

  it("offers the locale's country first", () => {
    const spanish = toAbout(new Conversation(undefined, 'es-MX')).sayAll(['para mí', 'omitir', 'omitir', '25-34']);
    expect(spanish.prompt?.choices?.[0]?.value).toBe('MX');
    expect(spanish.prompt?.choices?.at(-1)?.value).toBe('other');
  });

  it('asks the region only where the practice needs it for licensure', () => {
    expect(toCountry().sayAll(['US']).field).toBe('region');
    expect(toCountry().sayAll(['Spain']).field).toBe('reasons');
  });

  it('out of the service area: explains, shows resources, and continues when the practice allows', () => {
    const c = toCountry();
    c.say('Canada');
    expect(c.text).toMatch(/only see people where they are licensed/);
    expect(c.text).toMatch(/9-8-8|988/);
    expect(c.field).toBe('reasons');
    const region = toCountry().sayAll(['US']);
    // A typed place is confirmed first ("did you mean one of these?"); none of these, and it is taken as typed.
    region.say('Texas');
    expect(region.prompt).toMatchObject({ field: 'region', input: 'choice' });
    expect(region.text).not.toMatch(/licensed/);
    region.say('none of these');
    region.say('Texas');
    expect(region.record.client.region).toBe('Texas');
    expect(region.text).toMatch(/only see people where they are licensed/);
  });

  it('out of the service area: stops when the practice does not allow it', () => {
    const c = toCountry(new Conversation(runtimeWith({ outOfAreaMayContinue: false })));
    c.say('Australia');
    expect(c.prompt).toBeUndefined();
    expect(c.text).toMatch(/can't take this intake further/);
    expect(c.text).toMatch(/13 11 14/);
    c.say('hello?');
    expect(c.text).toMatch(/restart/);
  });
});

describe('reasons and history', () => {
  it('understands several reasons in one sentence, and skips the own-words question', () => {
    const c = toReasons();
    expect(c.prompt?.input).toBe('multiChoice');
    c.say('mostly anxiety and some sleep stuff');
    expect(c.record.reasons.codes).toEqual(['anxiety', 'sleep']);
    c.say('skip');
    expect(c.field).toBe('priorTherapy');
  });

  it('"I want to stop drinking" is an answer, not a command', () => {
    const c = toReasons();
    c.say('I want to stop drinking');
    expect(c.record.reasons.codes).toContain('substance-use');
    expect(c.field).toBe('reasonsOwnWords');
  });
});

describe('measures', () => {
  it('asks the full PHQ-9 only when the PHQ-2 screens positive (>= 3)', () => {
    const low = toMeasures().sayAll(['1', '1', '0', '0']);
    expect(low.field).toBe('goals');
    const high = toMeasures().sayAll(['2', '1', '0', '0']);
    expect(high.field).toBe('phq3');
  });

  it('asks the full GAD-7 only when the GAD-2 screens positive', () => {
    expect(toMeasures().sayAll(['0', '0', '2', '1']).field).toBe('gad3');
  });

  it('a digit is the score, and words work too', () => {
    const c = toMeasures();
    c.say('3');
    c.say('more than half the days');
    expect(c.turn.record.measures.phq).toMatchObject({ form: 'phq-2', total: 5, positive: true });
  });

  it('PHQ-9 item 9 above 0 goes straight to the safety screen, then back to the measures', () => {
    const c = toMeasures().sayAll(['3', '3', '2', '2', '1', '1', '1', '1', '1', '1']);
    expect(c.field).toBe('phq9');
    c.say('several days');
    expect(c.prompt).toMatchObject({ step: 'safety', field: 'asq1' });
    expect(c.record.triage.level).toBe('concern');
    c.sayAll(['no', 'no', 'no', 'no']);
    expect(c.field).toBe('gad3');
    expect(c.record.triage.level).toBe('concern');
    c.sayAll(['0', '0', '0', '0', '0', 'skip', 'x', 'video', 'weekends', 'skip', 'skip', 'skip', 'self-pay']);
    // The screen is not asked twice.
    expect(c.field).toBe('firstName');
  });

  it('can be turned off by the practice', () => {
    const c = toReasons(new Conversation(runtimeWith({ measuresEnabled: false }))).sayAll([
      'stress',
      'skip',
      'never',
      'no',
    ]);
    expect(c.field).toBe('goals');
    expect(c.prompt?.progress).toMatchObject({ index: 6, total: 10 });
  });
});

describe('preferences', () => {
  it('says whether the insurer is accepted', () => {
    const accepted = toPayment().sayAll(['insurance', 'I have Aetna']);
    expect(accepted.text).toMatch(/we work with Aetna/);
    expect(accepted.record.preferences).toMatchObject({ insuranceCarrier: 'I have Aetna', carrierAccepted: true });
    const other = toPayment().sayAll(['insurance', 'Kaiser']);
    expect(other.text).toMatch(/may not be in network/);
    expect(other.record.preferences.carrierAccepted).toBe(false);
  });

  it("offers the practice's languages plus no preference", () => {
    const c = toGoals().sayAll(['skip', 'x', 'video', 'weekends', 'skip']);
    expect(c.prompt?.choices?.map((x) => x.value)).toEqual(['en', 'es', 'no-preference']);
  });
});

describe('safety screen (ASQ)', () => {
  it('opens with a short lead-in: everyone is asked these', () => {
    const c = toSafety();
    expect(c.field).toBe('asq1');
    expect(c.text).toMatch(/We ask everyone these next few questions about safety\./);
    expect(c.text.indexOf('We ask everyone')).toBeLessThan(c.text.indexOf('In the past few weeks'));
    c.say('no');
    expect(c.text).not.toMatch(/We ask everyone/);
  });

  it('opens with the lead-in in Spanish too', () => {
    const c = new Conversation(undefined, 'es-ES').sayAll(['empezar', 'sí', 'para mí', 'omitir', 'omitir', '25-34']);
    c.sayAll(['España', 'estrés', 'omitir', 'nunca', 'no', '0', '0', '0', '0', 'omitir', 'Dormir mejor']);
    c.sayAll(['video', 'fines de semana', 'omitir', 'omitir', 'omitir', 'lo pago yo']);
    expect(c.field).toBe('asq1');
    expect(c.text).toMatch(/Hacemos estas preguntas sobre seguridad a todas las personas\./);
  });

  it('all no: negative, and on to contact', () => {
    const c = toContact();
    expect(c.field).toBe('firstName');
    expect(c.record.safety.result).toBe('negative');
    expect(c.record.triage.level).toBe('none');
  });

  it('yes to an item asks Q5; Q5 no is non-acute: resources now and urgent triage', () => {
    const c = toSafety().sayAll(['yes', 'no', 'no', 'no']);
    expect(c.field).toBe('asq5');
    c.say('no');
    expect(c.record.safety.result).toBe('non-acute');
    expect(c.record.triage.level).toBe('urgent');
    expect(c.text).toMatch(/988/);
    expect(c.crisis?.level).toBe('concern');
    expect(c.field).toBe('firstName');
    // A positive screen is kept as a crisis event, so the practice is alerted, not only shown it in the queue.
    expect(c.record.safety.detectorEvents).toEqual([
      expect.objectContaining({ step: 'safety', kind: 'suicide', level: 'concern', source: 'screen' }),
    ]);
  });

  it('a negative screen keeps no crisis event', () => {
    const c = toContact();
    expect(c.record.safety.detectorEvents).toEqual([]);
  });

  it('a declined item counts as yes; a declined Q5 is acute and goes to the crisis branch', () => {
    const c = toSafety().sayAll(["I'd rather not say", 'no', 'no', 'no']);
    expect(c.field).toBe('asq5');
    c.say('prefer not to say');
    expect(c.record.safety.result).toBe('acute');
    expect(c.record.triage.level).toBe('emergency');
    expect(c.crisis?.level).toBe('emergency');
    expect(c.prompt).toMatchObject({ step: 'crisis', field: 'safeNow' });
    c.sayAll(['yes', 'continue']);
    expect(c.field).toBe('firstName');
  });

  it('a past attempt asks how and when', () => {
    const c = toSafety().sayAll(['no', 'no', 'no', 'yes']);
    expect(c.field).toBe('asq4Details');
    // Describing it is what the question asks: recorded, not a new crisis flow.
    c.say('I tried to overdose a couple of years ago');
    expect(c.field).toBe('asq5');
    expect(c.record.safety.detectorEvents.length).toBeGreaterThan(0);
  });
});

describe('contact', () => {
  it('says what is wrong with an email, and keeps a valid one', () => {
    const c = toContact().sayAll(['Alex', 'Kim']);
    c.say('alex at example');
    expect(c.text).toMatch(/doesn't look like an email/);
    expect(c.field).toBe('email');
    c.say('alex@example.com');
    expect(c.field).toBe('phone');
    expect(c.prompt?.optional).toBe(true);
  });

  it('needs at least one way to reach the person', () => {
    const c = toContact().sayAll(['Alex', 'skip', 'skip']);
    expect(c.prompt).toMatchObject({ field: 'phone', optional: false });
    c.say('skip');
    expect(c.text).toMatch(/at least one way to reach you/);
    c.say('617 555 0142');
    expect(c.record.contact.phone).toBe('+16175550142');
    expect(c.prompt?.choices?.map((x) => x.value)).toEqual(['phone', 'text']);
  });

  it("parses the phone with the person's country and stores E.164", () => {
    const c = toAbout(new Conversation(undefined, 'es-ES'));
    c.sayAll(['para mí', 'omitir', 'omitir', '25-34', 'España', 'estrés', 'omitir', 'nunca', 'no', '0', '0', '0', '0']);
    c.sayAll([
      'omitir',
      'x',
      'vídeo',
      'fines de semana',
      'omitir',
      'omitir',
      'omitir',
      'pago privado',
      'no',
      'no',
      'no',
      'no',
    ]);
    c.sayAll(['Ana', 'omitir', 'omitir', '612 345 678']);
    expect(c.record.contact.phone).toBe('+34612345678');
  });

  it('asks about voicemail and texts only when there is a phone; both default to no', () => {
    const c = toContact().sayAll(['Alex', 'skip', 'alex@example.com', 'skip']);
    expect(c.field).toBe('contactMethods');
    expect(c.prompt?.choices?.map((x) => x.value)).toEqual(['email']);
    c.say('email');
    expect(c.field).toBe('bestTimes');
    expect(c.record.contact).toMatchObject({ voicemailOk: false, textOk: false });
  });
});

describe('review', () => {
  it('shows the answers and offers submit or an edit per section', () => {
    const c = toReview();
    expect(c.prompt).toMatchObject({
      step: 'review',
      field: 'review',
      progress: { index: 11, total: 11, paused: false },
    });
    expect(c.prompt?.choices?.map((x) => x.value)).toEqual([
      'submit',
      'edit-about',
      'edit-reasons',
      'edit-history',
      'edit-measures',
      'edit-goals',
      'edit-preferences',
      'edit-contact',
    ]);
    expect(c.text).toMatch(/Your email: alex@example.com/);
  });

  it.each([
    ['en-US', toReview, /^Here's what you told us\./, /You'd like help with: Stress/, /Change about you/],
    [
      'es-ES',
      toReviewInSpanish,
      /^Esto es lo que nos has contado\./,
      /Quieres ayuda con: Estrés/,
      /Cambiar datos sobre ti/,
    ],
  ] as const)(
    '%s: reads to the person: each answer once, second person, no scores, one change per section',
    (_, to, lead, said, change) => {
      const c = to();
      expect(c.field).toBe('review');
      expect(c.text).toMatch(lead);
      expect(c.text).toMatch(said);
      expect(c.prompt?.choices?.some((x) => change.test(x.title))).toBe(true);
      // No clinical scores or instrument names for the client: the clinicians' record keeps them.
      expect(c.text).not.toMatch(/PHQ|GAD|ASQ|score|puntuaci/i);
      expect(c.text).not.toMatch(/\bof (6|21|27)\b|de (6|21|27)\b/);
      // Second person, never "their".
      expect(c.text).not.toMatch(/\b(their|they would)\b/i);
      // Each answer once: the email appears a single time, and so does each section title.
      const email = c.text.match(/alex@example\.com|ana@example\.es/g) ?? [];
      expect(email).toHaveLength(1);
      const review = c.messages.at(-1);
      const sections = review?.prompt?.summary ?? [];
      expect(sections.map((s) => s.change.value)).toEqual([
        'edit-about',
        'edit-reasons',
        'edit-history',
        'edit-measures',
        'edit-goals',
        'edit-preferences',
        'edit-contact',
      ]);
      for (const section of sections) expect(c.text.split(section.title).length - 1, section.title).toBe(1);
      // The safety answers are not repeated back.
      expect(c.text).not.toMatch(/wished you were dead|muerto/i);
      // The message without the answers, for channels that show them as a card.
      expect(review?.prompt?.question).toMatch(lead);
      expect(review?.prompt?.question).not.toMatch(/@example/);
    },
  );

  it('editing a section returns to the review, and the change is marked as amended', () => {
    const c = toReview();
    c.say('edit contact details');
    expect(c.field).toBe('firstName');
    c.sayAll(['Alexis', 'Kim', 'alexis@example.com', '617 555 0143', 'email', 'no', 'no', 'skip']);
    expect(c.field).toBe('review');
    expect(c.text).toMatch(/alexis@example.com/);
    const amended = c.record.answers.filter((a) => a.field === 'email');
    expect(amended.map((a) => a.amended)).toEqual([false, true]);
  });

  it('submitting gives a reference and the record id', () => {
    const c = toReview();
    const messages = c.say('submit');
    const last = messages.at(-1);
    expect(last?.intake).toMatchObject({ step: 'submitted', recordId: c.record.id });
    expect(last?.text).toMatch(/TST-123/);
    expect(c.record).toMatchObject({ status: 'submitted', submittedAt: expect.any(String) });
    c.say('restart');
    expect(c.record.status).toBe('submitted');
    expect(c.text).toMatch(/already been sent/);
  });
});

describe('re-prompts', () => {
  it('says what was expected and offers the choices again', () => {
    const c = toAbout();
    c.say('banana');
    expect(c.text).toMatch(/didn't catch that/);
    expect(c.text).toMatch(/choose one of the options/);
    expect(c.field).toBe('whoFor');
    expect(c.prompt?.choices).toHaveLength(4);
  });

  it('three misses on a required choice offer the options only', () => {
    const c = toAbout().sayAll(['banana', 'kiwi', 'mango']);
    expect(c.field).toBe('whoFor');
    expect(c.messages.at(-1)?.prompt?.optionsOnly).toBe(true);
    expect(c.text).toMatch(/type the number/);
  });

  it('three misses on an optional choice skip it', () => {
    const c = toGoals().sayAll(['skip', 'x', 'video', 'weekends']);
    expect(c.field).toBe('therapistGender');
    c.sayAll(['qqq', 'zzz', 'www']);
    expect(c.field).toBe('therapistLanguage');
    expect(c.text).toMatch(/skip that one/);
  });

  it('a tampered or stale card value gets a re-prompt, never an answer', () => {
    const c = toAbout();
    for (const value of ['admin', ['myself', 'hacker'], { __proto__: { x: 1 } }, 42, null]) {
      c.tap(value);
      expect(c.field).toBe('whoFor');
    }
    c.tap('myself');
    expect(c.field).toBe('preferredName');
  });

  it('huge messages and odd Unicode get an answer, not a crash', () => {
    const c = toAbout();
    c.say('x'.repeat(200_000));
    expect(c.field).toBe('whoFor');
    c.say('\u202e\u200bmy\u0000self\uFEFF');
    expect(c.field).toBe('preferredName');
    c.say('😀'.repeat(3000));
    expect(c.field).toBe('pronouns');
    expect(c.record.client.preferredName?.length).toBeLessThanOrEqual(2000);
  });
});

describe('commands, as the whole message', () => {
  it('help explains and asks the same question again', () => {
    const c = toAbout();
    c.say('help');
    expect(c.text).toMatch(/talk to a person/);
    expect(c.field).toBe('whoFor');
  });

  it('back returns to the previous question, keeping the answer', () => {
    const c = toAbout().sayAll(['myself', 'Sam']);
    c.say('back');
    expect(c.field).toBe('preferredName');
    c.say('back');
    expect(c.field).toBe('whoFor');
    expect(c.record.client.preferredName).toBe('Sam');
  });

  it('restart starts again; delete my answers erases them and says what is kept', () => {
    const c = toAbout().sayAll(['myself', 'Sam']);
    c.say('restart');
    expect(c.field).toBe('start');
    expect(c.record.client).toEqual({});
    const d = toAbout().sayAll(['myself', 'Sam']);
    d.say('I wish I was dead');
    d.sayAll(['no', 'no', 'no', 'no', 'continue']);
    d.say('delete my answers');
    expect(d.text).toMatch(/keep a note that crisis resources were shown/);
    expect(d.record.client).toEqual({});
    expect(d.record.triage.level).not.toBe('none');
    expect(d.record.safety.detectorEvents).toHaveLength(1);
  });

  it('stop keeps the answers and says how to come back', () => {
    const c = toAbout().sayAll(['myself']);
    c.say('Stop!');
    expect(c.text).toMatch(/answers are saved/);
    expect(c.record.status).toBe('in-progress');
    c.say('hi');
    expect(c.field).toBe('preferredName');
  });

  it("language / idioma / español / english switch the conversation's language", () => {
    const c = toAbout();
    c.say('español');
    expect(c.text).toMatch(/¿Para quién/);
    c.say('English');
    expect(c.text).toMatch(/Who are you looking for/);
    c.say('idioma');
    expect(c.text).toMatch(/¿Para quién/);
  });

  it("talk to a person gives the practice's contact, without promising a live agent", () => {
    const c = toAbout();
    c.say('talk to a person');
    expect(c.text).toMatch(/\+1 617 555 0100/);
    expect(c.text).toMatch(/isn't staffed live/);
  });
});

describe('progress', () => {
  it('every question says where the person is, in its metadata and not in the bubble', () => {
    const c = toReasons();
    expect(c.prompt?.progress).toMatchObject({ index: 4, total: 11, paused: false });
    expect(c.text).not.toMatch(/Step \d+ of \d+/);
  });
});
