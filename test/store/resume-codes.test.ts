// Resume codes in the store: stored with the turn that gave them, redeemed only with the right secret, in time, for an
// intake still in progress; a few wrong guesses lock a code; erasure and expiry remove them.
import { expect, it } from 'vitest';
import type { IntakeRecord } from '../../src/record/schema.js';
import { maxResumeGuesses } from '../../src/store/resume-codes.js';
import type { IntakeStore, TurnCommit } from '../../src/store/types.js';
import { Conversation } from '../helpers/conversation.js';
import { describeEachStore } from './each-store.js';

const started = new Conversation().sayAll(['start', 'yes']);
const key = 'directline:conversation-1';
const at = '2026-11-28T10:05:00.000Z';
const code = { reference: 'K7F-29Q', secret: 'M4T8RW', userId: 'u_person', expiresAt: '2026-12-01T10:05:00.000Z' };
const before = '2026-11-29T10:00:00.000Z';

function turn(changes: Partial<TurnCommit> = {}): TurnCommit {
  return {
    key,
    expectedVersion: null,
    snapshot: started.turn.snapshot,
    channel: 'directline',
    activityId: 'activity-1',
    replies: [{ type: 'message', text: 'Paused' }],
    record: { ...started.record, reference: code.reference },
    crisisEvents: [],
    outbox: [],
    at,
    resumeCode: code,
    ...changes,
  };
}

const commit = (store: IntakeStore, t: TurnCommit) => store.withConversation(t.key, (tx) => tx.commit(t));

describeEachStore('resume codes', (opened) => {
  it('opens the conversation with the right secret, until it expires', async () => {
    const { store } = opened();
    await commit(store, turn());
    expect(await store.redeemResumeCode(code.reference, code.secret, before)).toEqual({
      conversationKey: key,
      userId: code.userId,
    });
    // A code opens its conversation again (another device later), until the practice's abandon time.
    expect(await store.redeemResumeCode(code.reference, code.secret, before)).toBeDefined();
    expect(await store.redeemResumeCode(code.reference, code.secret, code.expiresAt)).toBeUndefined();
    expect(await store.redeemResumeCode('AAA-AAA', code.secret, before)).toBeUndefined();
  });

  it('locks after a few wrong secrets, and a new stop gives a code that works', async () => {
    const { store } = opened();
    await commit(store, turn());
    for (let guess = 0; guess < maxResumeGuesses; guess++) {
      expect(await store.redeemResumeCode(code.reference, `WRONG${guess}`, before)).toBeUndefined();
    }
    expect(await store.redeemResumeCode(code.reference, code.secret, before)).toBeUndefined();
    await commit(
      store,
      turn({ expectedVersion: 1, activityId: 'activity-2', resumeCode: { ...code, secret: 'NEWONE' } }),
    );
    expect(await store.redeemResumeCode(code.reference, 'NEWONE', before)).toMatchObject({ conversationKey: key });
    expect(await store.redeemResumeCode(code.reference, code.secret, before)).toBeUndefined();
  });

  it('opens nothing once the intake was sent or abandoned', async () => {
    const { store } = opened();
    await commit(store, turn());
    const sent: IntakeRecord = { ...turn().record, status: 'submitted' };
    await commit(store, turn({ expectedVersion: 1, activityId: 'activity-2', record: sent, resumeCode: undefined }));
    expect(await store.redeemResumeCode(code.reference, code.secret, before)).toBeUndefined();
  });

  it('goes with an erased intake, and expired codes go with the retention sweep', async () => {
    const { store } = opened();
    await commit(store, turn());
    const other = { ...code, reference: 'PQR-STU', expiresAt: '2026-11-28T12:00:00.000Z' };
    const otherRecord = { ...started.record, id: '6f1d9a52-5d8c-4a86-9d3e-111111111111', reference: other.reference };
    await commit(store, turn({ key: 'directline:conversation-2', record: otherRecord, resumeCode: other }));
    await store.erase(started.record.id, { actorId: null, actorEmail: null, via: 'cli', address: null }, at);
    expect(await store.redeemResumeCode(code.reference, code.secret, before)).toBeUndefined();
    expect(await store.redeemResumeCode(other.reference, other.secret, '2026-11-28T11:00:00.000Z')).toBeDefined();
    await store.purgeAbandoned(at, '2026-11-28T12:00:00.000Z', 30);
    // Past its time the code is gone from the table, not only refused.
    expect(await store.redeemResumeCode(other.reference, other.secret, '2026-11-28T11:00:00.000Z')).toBeUndefined();
  });
});
