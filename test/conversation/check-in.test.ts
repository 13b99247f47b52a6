// The gentle check-in and reports about someone else, as transcripts in both languages. A stand-in detector marks
// messages exactly (the product's detector decides which messages these are; these tests pin down what follows).
import { describe, expect, it } from 'vitest';
import type { BotMessage } from '../../src/conversation/prompt-model.js';
import { createConversationRuntime, type Detect } from '../../src/conversation/runtime.js';
import { expireCheckIn } from '../../src/conversation/turn.js';
import { detectRisk } from '../../src/crisis/detector.js';
import type { RiskAssessment, RiskKind, RiskLevel, RiskSubject } from '../../src/crisis/types.js';
import { Conversation, defaultPractice } from '../helpers/conversation.js';

const quiet = (): RiskAssessment => ({ hits: [], kinds: [], minor: false, denial: false, subject: 'self' });

/** `[unsure:kind]` asks for a check-in; `[risk:kind:level:subject:minor]` is a hit; anything else goes to the real detector. */
const stand: Detect = (text, tiers) => {
  const unsure = /\[unsure:([a-z-]+)\]/.exec(text);
  if (unsure) return { ...quiet(), checkIn: { kind: unsure[1] as RiskKind } };
  const hit = /\[risk:([a-z-]+):([a-z]+):([a-z-]+):(minor|adult)\]/.exec(text);
  if (hit) {
    const [, kind, level, subject, age] = hit as unknown as [string, RiskKind, RiskLevel, RiskSubject, string];
    return {
      ...quiet(),
      hits: [{ kind, level, rule: 'test.rule', language: 'en' }],
      kinds: [{ kind, level }],
      subject,
      minor: age === 'minor',
    };
  }
  return text.startsWith('[') ? quiet() : detectRisk(text, tiers);
};

const runtime = createConversationRuntime(defaultPractice, stand);
const promptOf = (messages: readonly BotMessage[]) => messages.at(-1)?.intake;
const crisisOf = (messages: readonly BotMessage[]) => messages.find((m) => m.intake?.crisis)?.intake?.crisis;
const textOf = (messages: readonly BotMessage[]) => messages.map((m) => m.text).join('\n');

function atOwnWords(locale = 'en-US') {
  const c = new Conversation(runtime, locale);
  for (const line of ['start', locale.startsWith('es') ? 'sí' : 'yes', 'myself', 'Sam', 'skip', '25-34', 'US', 'MA']) {
    c.say(line);
  }
  c.say('anxiety');
  expect(promptOf(c.turn.messages)?.field).toBe('reasonsOwnWords');
  return c;
}

describe('the check-in', () => {
  it('keeps the answer, asks gently with the crisis line and emergency number, and carries on when safe', () => {
    const c = atOwnWords();
    const asked = c.say('Work has been a lot and I keep thinking about it all [unsure:suicide]');
    expect(crisisOf(asked)).toMatchObject({ level: 'check-in', kind: 'suicide', subject: 'self', minor: false });
    expect(crisisOf(asked)?.resources.map((r) => r.id)).toEqual(['us-988', 'us-crisis-text-line', 'us-911']);
    expect(textOf(asked)).toMatch(/sounds really hard/);
    expect(promptOf(asked)).toMatchObject({
      step: 'crisis',
      field: 'checkIn',
      input: 'choice',
      choices: [
        { value: 'safe', title: "I'm safe" },
        { value: 'not-safe', title: "I'm not safe" },
        { value: 'not-sure', title: "I'm not sure" },
      ],
    });
    const after = c.say("yes, I'm safe");
    expect(promptOf(after)?.field).toBe('priorTherapy');
    expect(textOf(after)).toMatch(/Thank you for letting me know/);
    const { safety, reasons } = c.turn.record;
    expect(reasons.ownWords).toMatch(/^Work has been a lot/);
    expect(safety.checkIns).toEqual([
      { at: expect.any(String), step: 'reasons', kindGuess: 'suicide', band: 'check-in', answer: 'safe' },
    ]);
    expect(safety.detectorEvents).toEqual([]);
    expect(c.turn.record.triage.level).toBe('none');
    // Never the text.
    expect(JSON.stringify(safety)).not.toMatch(/Work has been/);
  });

  it('runs the guessed kind’s flow at concern when the person is not sure', () => {
    const c = atOwnWords();
    c.say('it has all been too much lately [unsure:suicide]');
    const flow = c.say('not sure');
    expect(crisisOf(flow)).toMatchObject({ level: 'concern', kind: 'suicide' });
    expect(promptOf(flow)).toMatchObject({ step: 'safety', field: 'asq1' });
    const { safety, triage } = c.turn.record;
    expect(safety.checkIns.map((x) => x.answer)).toEqual(['not-sure']);
    expect(safety.detectorEvents).toEqual([
      expect.objectContaining({ kind: 'suicide', level: 'concern', source: 'check-in', step: 'reasons' }),
    ]);
    expect(triage.level).toBe('concern');
  });

  it('takes "not safe" as a concern of the guessed kind, with that kind’s flow', () => {
    const c = atOwnWords();
    c.say('things at home have been bad [unsure:unsafe-at-home]');
    const flow = c.say("I'm not safe");
    expect(crisisOf(flow)).toMatchObject({ level: 'concern', kind: 'unsafe-at-home' });
    expect(promptOf(flow)?.field).toBe('safeToChat');
    expect(c.turn.record.contact.discreet).toBe(true);
  });

  it('takes a next message that does not answer it as no answer: a concern, and its flow', () => {
    const c = atOwnWords();
    c.say('I cannot keep doing this [unsure:suicide]');
    const flow = c.say('[something else entirely]');
    expect(crisisOf(flow)).toMatchObject({ level: 'concern', kind: 'suicide' });
    expect(c.turn.record.safety.checkIns.map((x) => x.answer)).toEqual(['none']);
  });

  it('records a concern when the conversation is left with the check-in open', () => {
    const c = atOwnWords();
    c.say('I cannot keep doing this [unsure:self-harm]');
    const expired = expireCheckIn(runtime, c.turn.snapshot, '2026-11-30T10:00:00.000Z');
    expect(expired?.newCrisisEvents).toEqual([
      expect.objectContaining({ kind: 'self-harm', level: 'concern', source: 'check-in' }),
    ]);
    expect(expired?.record.safety.checkIns.map((x) => x.answer)).toEqual(['none']);
    // Nothing open, nothing to expire.
    expect(expireCheckIn(runtime, atOwnWords().turn.snapshot, '2026-11-30T10:00:00.000Z')).toBeUndefined();
  });

  it('asks in Spanish and carries on when the person is safe', () => {
    const c = atOwnWords('es-MX');
    const asked = c.say('todo ha sido demasiado últimamente [unsure:suicide]');
    expect(textOf(asked)).toMatch(/suena muy difícil/);
    expect(promptOf(asked)?.choices?.map((x) => x.title)).toEqual([
      'Estoy a salvo',
      'No estoy a salvo',
      'No estoy seguro o segura',
    ]);
    expect(promptOf(c.say('estoy a salvo'))?.field).toBe('priorTherapy');
    expect(c.turn.record.safety.checkIns.map((x) => x.answer)).toEqual(['safe']);
  });

  it('is not asked while the crisis flow or the safety screen is already asking', () => {
    const c = atOwnWords();
    c.say('[risk:suicide:concern:self:adult]');
    const during = c.say('maybe [unsure:suicide]');
    expect(promptOf(during)?.field).not.toBe('checkIn');
  });
});

describe('a report about someone else', () => {
  it('gives a parent reporting a child in danger the emergency number first and the child line, without asking if it is safe for them to chat', () => {
    const c = atOwnWords();
    const shown = c.say('[risk:unsafe-at-home:emergency:someone-else:minor]');
    expect(crisisOf(shown)).toMatchObject({
      level: 'emergency',
      kind: 'unsafe-at-home',
      subject: 'someone-else',
      minor: true,
    });
    expect(crisisOf(shown)?.resources.map((r) => r.id)).toContain('us-childhelp');
    expect(textOf(shown)).toMatch(/If they are in danger right now, call 911 first/);
    expect(promptOf(shown)?.field).toBe('safeNow');
    expect(textOf(shown)).toMatch(/Is the person you're worried about safe right now\?/);
    expect(textOf(shown)).not.toMatch(/safe for you to chat/);
    const { safety, contact } = c.turn.record;
    expect(safety.detectorEvents).toEqual([
      expect.objectContaining({ kind: 'unsafe-at-home', level: 'emergency', subject: 'someone-else', minor: true }),
    ]);
    // The writer's own home is not the unsafe one.
    expect(contact.discreet).toBe(false);
  });

  it('gives someone else’s overdose the emergency number and poison help, then asks about them', () => {
    const c = atOwnWords();
    const shown = c.say('[risk:medical:emergency:someone-else:adult]');
    expect(crisisOf(shown)).toMatchObject({ kind: 'medical', subject: 'someone-else' });
    expect(crisisOf(shown)?.resources.map((r) => r.id)).toContain('us-poison-help');
    expect(textOf(shown)).toMatch(/Poison Help/);
    expect(promptOf(shown)?.field).toBe('safeNow');
    expect(textOf(shown)).toMatch(/the person you're worried about/);
  });

  it('speaks of them in Spanish too', () => {
    const c = atOwnWords('es-ES');
    const shown = c.say('[risk:suicide:concern:someone-else:minor]');
    expect(textOf(shown)).toMatch(/ayudarte a ayudar a esa persona/);
    // The country the person gave (US), whatever the language.
    expect(crisisOf(shown)?.resources.map((r) => r.id)).toEqual(expect.arrayContaining(['us-988', 'us-childhelp']));
    expect(textOf(shown)).toMatch(/la persona que te preocupa/);
  });
});
