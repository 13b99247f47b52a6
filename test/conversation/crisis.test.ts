// The crisis interrupt in conversation: help in the same turn, the flow for each kind, and back to the same question.
import { describe, expect, it } from 'vitest';
import { Conversation } from '../helpers/conversation.js';

const atWhoFor = (locale = 'en-US') =>
  new Conversation(undefined, locale).sayAll(locale.startsWith('es') ? ['empezar', 'sí'] : ['start', 'yes']);
const lines = (c: Conversation) => c.crisis?.resources.map((r) => r.label).join('\n') ?? '';

describe('the crisis interrupt', () => {
  it("as the very first message: the crisis line and emergency number of the locale's country, in that turn", () => {
    const us = new Conversation();
    us.say('I think about killing myself every day');
    expect(us.crisis).toMatchObject({ kind: 'suicide' });
    const usText = us.messages.find((m) => m.intake?.crisis)?.text ?? '';
    expect(usText).toMatch(/\b988\b/);
    expect(usText).toMatch(/\b911\b/);
    const es = new Conversation(undefined, 'es-ES');
    es.say('he pensado en suicidarme');
    const esText = es.messages.find((m) => m.intake?.crisis)?.text ?? '';
    expect(esText).toMatch(/\b024\b/);
    expect(esText).toMatch(/\b112\b/);
  });

  it('shows the help again when the person says it again inside the crisis flow, and the flow goes on', () => {
    for (const phrase of ['I want to kill myself', 'my husband hits me']) {
      const c = atWhoFor();
      c.say(phrase);
      const asked = c.messages.at(-1)?.intake?.field;
      const replies = c.say(phrase);
      expect(replies[0]?.intake?.crisis, phrase).toBeDefined();
      expect(replies[0]?.text, phrase).toMatch(/\b988\b/);
      expect(replies.at(-1)?.intake?.field, phrase).toBe(asked);
      expect(c.record.safety.detectorEvents.length, phrase).toBeGreaterThanOrEqual(2);
    }
  });

  it('resources carry tel:, sms: and url data for channels that can use them', () => {
    const c = atWhoFor();
    c.say("I've been feeling suicidal");
    const byId = Object.fromEntries((c.crisis?.resources ?? []).map((r) => [r.id, r]));
    expect(Object.values(byId).some((r) => r.tel === '988')).toBe(true);
    expect(Object.values(byId).some((r) => r.sms === '741741')).toBe(true);
  });

  it("detects risk in any supported language, whatever the conversation's language", () => {
    const c = atWhoFor();
    c.say('quiero matarme');
    expect(c.crisis?.kind).toBe('suicide');
  });

  it('finds risk buried in a long message', () => {
    const c = atWhoFor();
    const filler = 'Work has been busy and I have been trying to keep up with everything at home. '.repeat(40);
    c.say(`${filler} Honestly I don't want to live like this anymore. ${filler}`);
    expect(c.crisis).toBeDefined();
  });

  it('stays quiet on idioms and plain denials', () => {
    for (const text of ['my feet are killing me after work', "I'm not suicidal, just exhausted and stressed"]) {
      const c = atWhoFor();
      c.say('myself');
      c.say('skip');
      c.say('skip');
      c.say('25-34');
      c.say('US');
      c.say('MA');
      c.say('stress');
      c.say(text);
      expect(c.crisis, text).toBeUndefined();
      expect(c.field).toBe('priorTherapy');
    }
  });

  it('concern: resources, then the ASQ, then back to exactly the same question', () => {
    const c = atWhoFor().sayAll(['myself', 'Sam']);
    expect(c.field).toBe('pronouns');
    c.say('I wish I could disappear forever');
    expect(c.crisis?.level).toBe('concern');
    expect(c.prompt).toMatchObject({ step: 'safety', field: 'asq1' });
    c.sayAll(['yes', 'no', 'no', 'no']);
    expect(c.field).toBe('asq5');
    c.say('no');
    expect(c.prompt).toMatchObject({ step: 'crisis', field: 'continueIntake' });
    expect(c.record.triage.level).toBe('urgent');
    c.say('carry on');
    expect(c.prompt).toMatchObject({ step: 'about', field: 'pronouns' });
    // The words, then the positive screen: two events, each alerting the practice.
    expect(c.record.safety.detectorEvents).toEqual([
      expect.objectContaining({ step: 'about', kind: 'suicide', level: 'concern', source: 'detector' }),
      expect.objectContaining({ step: 'safety', kind: 'suicide', level: 'concern', source: 'screen' }),
    ]);
    expect(c.record.safety.resourcesShown.length).toBeGreaterThan(0);
  });

  it('suicide emergency: call now first, then "are you safe"; no repeats the guidance, then Q5, then continue or stop', () => {
    const c = atWhoFor();
    c.say("I'm going to jump off the bridge tonight");
    expect(c.crisis?.level).toBe('emergency');
    expect(c.text).toMatch(/call or text 988 now, or call 911/);
    expect(c.prompt).toMatchObject({ step: 'crisis', field: 'safeNow', input: 'yesNo' });
    c.say('no');
    expect(c.text).toMatch(/Please call 911 now/);
    expect(c.prompt).toMatchObject({ step: 'safety', field: 'asq5' });
    c.say('yes');
    expect(c.field).toBe('continueIntake');
    c.say('stop for now');
    expect(c.prompt).toBeUndefined();
    expect(c.record.triage.level).toBe('emergency');
    expect(c.record.safety.statements).toEqual([expect.objectContaining({ kind: 'safe-now', value: 'no' })]);
  });

  it('suicide emergency: yes to "are you safe" goes on to Q5 without repeating the guidance', () => {
    const c = atWhoFor();
    c.say("I'm going to jump off the bridge tonight");
    expect(c.field).toBe('safeNow');
    c.say('yes');
    expect(c.crisis).toBeUndefined();
    expect(c.text).not.toMatch(/call 911/);
    expect(c.prompt).toMatchObject({ step: 'safety', field: 'asq5' });
    expect(c.record.safety.statements).toEqual([expect.objectContaining({ kind: 'safe-now', value: 'yes' })]);
  });

  it('medical: emergency and Poison Help first, no questions before; then "are you safe"', () => {
    const c = atWhoFor();
    c.say('I already swallowed all the pills');
    expect(c.crisis).toMatchObject({ kind: 'medical', level: 'emergency' });
    expect(c.text).toMatch(/call 911 right now, or call Poison Help at 1-800-222-1222/);
    expect(c.field).toBe('safeNow');
  });

  it('unsafe at home: is it safe to chat, the domestic-violence line and the quick exit; contact becomes discreet', () => {
    const c = atWhoFor();
    c.say('my husband hits me and I am scared');
    expect(c.crisis?.kind).toBe('unsafe-at-home');
    expect(lines(c)).toMatch(/1-800-799-7233/);
    expect(c.text).toMatch(/Quick exit/);
    expect(c.field).toBe('safeToChat');
    c.say('no');
    expect(c.prompt).toBeUndefined();
    expect(c.text).toMatch(/When it's safe to chat/);
    expect(c.record.contact.discreet).toBe(true);
    c.say('ok I can talk now');
    expect(c.field).toBe('whoFor');
  });

  it('a minor being hurt at home: emergency, with the child-abuse line', () => {
    const c = atWhoFor();
    c.say('my stepdad hurts me and I am 14');
    expect(c.crisis).toMatchObject({ kind: 'unsafe-at-home', level: 'emergency' });
    expect(lines(c)).toMatch(/1-800-422-4453/);
    expect(c.record.triage.level).toBe('emergency');
  });

  it('voicemail and texts are asked again plainly after an unsafe-at-home signal', () => {
    const c = atWhoFor().sayAll(['myself', 'skip', 'skip', '25-34', 'US', 'MA', 'stress', 'skip', 'never', 'no']);
    c.sayAll([
      '0',
      '0',
      '0',
      '0',
      'skip',
      'x',
      'video',
      'weekends',
      'skip',
      'skip',
      'skip',
      'self-pay',
      'no',
      'no',
      'no',
      'no',
    ]);
    c.sayAll(['Alex', 'skip', 'alex@example.com', '617 555 0142', 'phone', 'yes', 'yes', 'skip']);
    expect(c.field).toBe('review');
    c.say('my partner is violent and I am not safe at home');
    c.sayAll(['yes', 'continue']);
    expect(c.field).toBe('review');
    expect(c.record.contact).toMatchObject({ voicemailOk: false, textOk: false, discreet: true });
    c.say('submit');
    expect(c.field).toBe('voicemailOk');
    expect(c.text).toMatch(/won't leave voicemails or send texts unless you say/);
    c.sayAll(['no', 'no']);
    expect(c.field).toBe('review');
    c.say('submit');
    expect(c.record.status).toBe('submitted');
  });

  it('harm to others: resources, then whether everyone around is safe', () => {
    const c = atWhoFor();
    c.say("I'm afraid I'm going to hurt my kids");
    expect(c.crisis?.kind).toBe('harm-to-others');
    expect(c.text).toMatch(/Is everyone around you safe right now/);
    c.say('yes');
    expect(c.field).toBe('continueIntake');
  });

  it('never clears the flag: "I\'m fine" and "you misunderstood" are recorded beside it', () => {
    const c = atWhoFor();
    c.say('I want to die');
    c.say("you misunderstood, I'm fine");
    c.sayAll(['no', 'no', 'no', 'no', 'continue']);
    expect(c.record.triage.level).not.toBe('none');
    expect(c.record.safety.statements.some((s) => s.kind === 'denial')).toBe(true);
    expect(c.record.safety.detectorEvents).toHaveLength(1);
  });

  it('a more urgent signal during the crisis branch changes the flow; a lesser one is recorded', () => {
    const c = atWhoFor();
    c.say('I want to die');
    expect(c.field).toBe('asq1');
    c.say('I took a whole bottle of pills an hour ago');
    expect(c.crisis?.kind).toBe('medical');
    expect(c.field).toBe('safeNow');
    expect(c.record.triage.level).toBe('emergency');
  });

  it('works the same in Spanish, with Spanish resources for Spain', () => {
    const c = atWhoFor('es-ES');
    c.say('voy a acabar con mi vida esta noche');
    expect(c.crisis?.level).toBe('emergency');
    expect(c.text).toMatch(/\b024\b/);
    expect(c.text).toMatch(/\b112\b/);
    expect(c.prompt?.choices?.map((x) => x.title)).toEqual(['Sí', 'No']);
  });
});

describe('progress during the crisis branch', () => {
  it("stays at the step the person was on, even for the screen's questions", () => {
    const c = atWhoFor();
    expect(c.prompt?.progress).toMatchObject({ index: 3, total: 11, paused: false });
    c.say('I wish I was dead');
    expect(c.prompt).toMatchObject({ step: 'safety', field: 'asq1', progress: { index: 3, total: 11, paused: true } });
  });
});
