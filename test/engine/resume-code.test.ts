// Which stops give a resume code (a website chat with answers to come back to) and how a typed code is read.
import { describe, expect, it } from 'vitest';
import type { IncomingTurn } from '../../src/engine/incoming-turn.js';
import { formatResumeCode, parseResumeCode, resumeCodeFor, resumeCodeMessage } from '../../src/engine/resume-code.js';
import type { StoredConversation } from '../../src/store/types.js';
import { Conversation } from '../helpers/conversation.js';

const at = '2026-12-02T10:00:00.000Z';
const webTurn: IncomingTurn = {
  key: 'directline:c1',
  channel: 'directline',
  activityId: 'a1',
  userId: 'u_1',
  locale: 'en-US',
  kind: 'message',
  text: 'stop',
  at,
};
const stored = (conversation: Conversation): StoredConversation => ({
  key: webTurn.key,
  recordId: conversation.record.id,
  version: 3,
  snapshot: conversation.turn.snapshot,
  channel: 'directline',
  createdAt: at,
  updatedAt: at,
});

describe('resume codes', () => {
  it('are given when a website intake with answers stops, valid for the practice abandon time', () => {
    const before = new Conversation().sayAll(['start', 'yes', 'for me']);
    const existing = stored(before);
    before.say('stop');
    const code = resumeCodeFor(webTurn, existing, before.turn, 72);
    expect(code).toMatchObject({ reference: before.record.reference, userId: 'u_1' });
    expect(code?.secret).toMatch(/^[A-HJKMNP-Z2-9]{6}$/);
    expect(code?.expiresAt).toBe('2026-12-05T10:00:00.000Z');
    const message = resumeCodeMessage(before.turn, code!, 72);
    expect(message.text).toContain(formatResumeCode(code!.reference, code!.secret));
    expect(message.text).toContain('72 hours');
  });

  it('are given in Spanish to a person chatting in Spanish', () => {
    const before = new Conversation().sayAll(['español', 'empezar', 'sí', 'para mí']);
    const existing = stored(before);
    before.say('parar');
    const code = resumeCodeFor({ ...webTurn, locale: 'es-US' }, existing, before.turn, 48);
    expect(code).toBeDefined();
    expect(resumeCodeMessage(before.turn, code!, 48).text).toContain('48 horas');
  });

  it('are given when the person stops in the crisis branch too', () => {
    const before = new Conversation().sayAll(['start', 'yes', 'for me', 'I want to kill myself']);
    const existing = stored(before);
    before.say('stop');
    expect(before.turn.state).toBe('"paused"');
    expect(resumeCodeFor(webTurn, existing, before.turn, 72)).toBeDefined();
  });

  it('are not given on other channels, before any answer, or to an intake already paused', () => {
    const answered = new Conversation().sayAll(['start', 'yes', 'for me']);
    const existing = stored(answered);
    answered.say('stop');
    expect(resumeCodeFor({ ...webTurn, channel: 'terminal' }, existing, answered.turn, 72)).toBeUndefined();
    expect(resumeCodeFor({ ...webTurn, channel: 'msteams' }, existing, answered.turn, 72)).toBeUndefined();
    expect(resumeCodeFor({ ...webTurn, userId: null }, existing, answered.turn, 72)).toBeUndefined();
    const pausedAlready = stored(answered);
    answered.say('stop');
    expect(resumeCodeFor(webTurn, pausedAlready, answered.turn, 72)).toBeUndefined();
    const fresh = new Conversation();
    const beforeAnything = stored(fresh);
    fresh.say('not now');
    expect(resumeCodeFor(webTurn, beforeAnything, fresh.turn, 72)).toBeUndefined();
  });

  it('are read as typed: any case, spaces or dashes; anything else is not a code', () => {
    expect(parseResumeCode('k7f 29q m4t 8rw')).toEqual({ reference: 'K7F-29Q', secret: 'M4T8RW' });
    expect(parseResumeCode('K7F-29Q-M4T-8RW')).toEqual({ reference: 'K7F-29Q', secret: 'M4T8RW' });
    expect(parseResumeCode('K7F29QM4T8RW')).toEqual({ reference: 'K7F-29Q', secret: 'M4T8RW' });
    for (const typed of ['K7F-29Q', 'K7F-29Q-M4T-8RW-X', 'K0F-29Q-M4T-8RW', '', "'; drop table --"]) {
      expect(parseResumeCode(typed)).toBeUndefined();
    }
  });
});
