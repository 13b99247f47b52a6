// A conversation stored under an older version of the chart still goes on: nothing said is lost, nothing crashes.
import { describe, expect, it } from 'vitest';
import { runTurn } from '../../src/conversation/turn.js';
import { Conversation } from '../helpers/conversation.js';

describe('a snapshot whose state no longer exists', () => {
  it('keeps the answers and the crisis history, and picks up from the start', () => {
    const c = new Conversation().sayAll(['start', 'yes', 'myself']);
    c.say('I wish I was dead');
    c.sayAll(['no', 'no', 'no', 'no', 'continue']);
    const stale = { ...c.turn.snapshot, value: { intake: { about: 'aQuestionRemovedSinceThen' } } };
    const next = runTurn(c.runtime, stale, { text: 'hello', at: '2026-11-28T12:00:00.000Z' });
    expect(next.messages.at(-1)?.intake).toMatchObject({ step: 'welcome', field: 'start' });
    expect(next.record.client.whoFor).toBe('myself');
    expect(next.record.triage.level).toBe('concern');
    expect(next.record.safety.detectorEvents).toHaveLength(1);
  });
});
