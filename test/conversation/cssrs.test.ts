// The C-SSRS screener, for practices that chose and licensed it: when each item is asked, and what it means.
import { describe, expect, it } from 'vitest';
import { Conversation, runtimeWith } from '../helpers/conversation.js';

const cssrsPractice = runtimeWith({ screeningInstrument: 'c-ssrs-screener' });
const toSafety = () =>
  new Conversation(cssrsPractice).sayAll([
    ...['start', 'yes', 'myself', 'skip', 'skip', '25-34', 'US', 'MA', 'stress', 'skip', 'never', 'no'],
    ...['0', '0', '0', '0', 'skip', 'x', 'video', 'weekends', 'skip', 'skip', 'skip', 'self-pay'],
  ]);

describe('the C-SSRS screener', () => {
  it('is asked instead of the ASQ; no to the wish, thoughts and behaviour is negative', () => {
    const c = toSafety();
    expect(c.prompt).toMatchObject({ step: 'safety', field: 'cssrs1', input: 'yesNo' });
    c.sayAll(['no', 'no']);
    expect(c.field).toBe('cssrs6');
    c.say('no');
    expect(c.field).toBe('firstName');
    expect(c.record.safety).toMatchObject({ instrument: 'c-ssrs-screener', result: 'negative' });
    expect(c.record.triage.level).toBe('none');
  });

  it('active thoughts ask about method, intent and plan; a wish or thoughts alone is a concern', () => {
    const c = toSafety().sayAll(['yes', 'yes']);
    expect(c.field).toBe('cssrs3');
    c.sayAll(['no', 'no', 'no', 'no']);
    expect(c.record.safety.result).toBe('non-acute');
    expect(c.record.triage.level).toBe('concern');
  });

  it('a method, or behaviour longer ago than 3 months, is urgent', () => {
    const c = toSafety().sayAll(['no', 'no', 'yes']);
    expect(c.field).toBe('cssrs6Recent');
    c.say('no');
    expect(c.record.triage.level).toBe('urgent');
  });

  it('intent, a plan, or behaviour in the past 3 months is imminent: straight into the crisis branch', () => {
    const c = toSafety().sayAll(['yes', 'yes', 'yes', 'yes']);
    expect(c.field).toBe('cssrs5');
    c.say('no');
    c.say('no');
    expect(c.record.safety.result).toBe('acute');
    expect(c.record.triage.level).toBe('emergency');
    expect(c.crisis?.level).toBe('emergency');
    expect(c.prompt).toMatchObject({ step: 'crisis', field: 'safeNow' });
  });
});
