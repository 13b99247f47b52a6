// What the crisis message says happens next: someone will see it only when an alert reaches the practice; otherwise
// that the chat is not monitored, in every language.
import { describe, expect, it } from 'vitest';
import { createConversationRuntime } from '../../src/conversation/runtime.js';
import { Conversation, defaultPractice } from '../helpers/conversation.js';

const withAlerts = createConversationRuntime(defaultPractice, undefined, { alertsConfigured: true });
const withoutAlerts = createConversationRuntime(defaultPractice);

const languages = [
  {
    locale: 'en-US',
    consent: ['start', 'yes'],
    crisis: 'I want to kill myself',
    promise: /Someone from Harbor Light Counseling will see this during office hours \(Mon/,
    unmonitored: /This chat isn't monitored, and no one at Harbor Light Counseling is alerted to what you write here/,
    services: 'Please use the services above',
  },
  {
    locale: 'es-ES',
    consent: ['empezar', 'sí'],
    crisis: 'quiero matarme',
    promise: /Alguien de Harbor Light Counseling lo verá en horario de atención/,
    unmonitored: /Nadie supervisa este chat y nadie de Harbor Light Counseling recibe un aviso de lo que escribes aquí/,
    services: 'Usa los servicios de arriba',
  },
] as const;

const crisisText = (c: Conversation) => c.messages.find((m) => m.intake?.crisis)?.text ?? '';

describe.each(languages)('the crisis message in $locale', (language) => {
  it('with an alert channel, says when someone from the practice will see it', () => {
    const c = new Conversation(withAlerts, language.locale).sayAll(language.consent);
    c.say(language.crisis);
    expect(crisisText(c)).toMatch(language.promise);
    expect(crisisText(c)).not.toMatch(language.unmonitored);
  });

  it('without one, promises no follow-up: the chat is not monitored, use the services above', () => {
    const c = new Conversation(withoutAlerts, language.locale).sayAll(language.consent);
    c.say(language.crisis);
    const text = crisisText(c);
    expect(text).toMatch(language.unmonitored);
    expect(text).toContain(language.services);
    expect(text).not.toMatch(language.promise);
  });

  it('before consent, says the same either way: a note is kept, and nobody is promised', () => {
    for (const runtime of [withAlerts, withoutAlerts]) {
      const c = new Conversation(runtime, language.locale);
      c.say(language.crisis);
      expect(crisisText(c)).not.toMatch(language.promise);
      expect(crisisText(c)).not.toMatch(language.unmonitored);
    }
  });
});

it('a runtime says no alert channel unless told (the terminal has none)', () => {
  expect(withoutAlerts.alertsConfigured).toBe(false);
  expect(withAlerts.alertsConfigured).toBe(true);
});
