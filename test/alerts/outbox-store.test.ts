// The outbox's delivery life cycle and alert acknowledgements, on SQLite and (when TEST_DATABASE_URL is set) PostgreSQL.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open-store.js';
import type { ClaimOptions, OutboxMessage } from '../../src/store/outbox-types.js';
import type { IntakeStore } from '../../src/store/types.js';
import { postgresDatabase, postgresUrl, sqliteDatabase, type TestDatabase } from '../store/targets.js';

const t0 = Date.parse('2026-11-28T10:00:00.000Z');
const at = (seconds: number) => new Date(t0 + seconds * 1000).toISOString();

const alert = (recordId: string, ordinal = 0): OutboxMessage => ({
  kind: 'crisis-alert',
  dedupKey: `crisis-alert:${recordId}:${ordinal}`,
  payload: {
    recordId,
    reference: 'ABC-234',
    level: 'emergency',
    kinds: ['suicide'],
    at: at(0),
    discreetContact: false,
  },
});

const claim = (store: IntakeStore, seconds: number, changes: Partial<ClaimOptions> = {}) =>
  store.claimDueOutbox({
    now: at(seconds),
    kinds: ['crisis-alert', 'crisis-escalation'],
    maxAttempts: 5,
    leaseUntil: at(seconds + 60),
    limit: 10,
    ...changes,
  });

const backends = [
  ['sqlite', sqliteDatabase, false],
  ['postgres', postgresDatabase, !postgresUrl],
] as const;

describe.each(backends)('outbox on %s', (_dialect, createDatabase, skip) => {
  describe.skipIf(skip)('', () => {
    let database: TestDatabase;
    let store: IntakeStore;

    beforeEach(async () => {
      database = await createDatabase();
      store = await openStore(database.url);
    });
    afterEach(async () => {
      await store.close();
      await database.drop();
    });

    const row = async (id: number) =>
      (
        await database.rows(
          `select attempts, last_error, next_attempt_at, delivered_at, dead_at from outbox where id = ${id}`,
        )
      )[0];

    it('queues a message once: the same dedup key again is ignored', async () => {
      expect(await store.enqueueOutbox([alert('r1')], at(0))).toBe(1);
      expect(await store.enqueueOutbox([{ ...alert('r1'), payload: { changed: true } }, alert('r2')], at(1))).toBe(1);
      const outbox = await store.listOutbox();
      expect(outbox.map((m) => m.dedupKey)).toEqual(['crisis-alert:r1:0', 'crisis-alert:r2:0']);
      expect(outbox[0]?.payload).toEqual(alert('r1').payload);
    });

    it('claims due messages oldest first and leases them, so a second claim gets none until the lease ends', async () => {
      await store.enqueueOutbox([alert('r1'), alert('r2')], at(0));
      await store.enqueueOutbox([{ kind: 'teams-card', dedupKey: 'teams:1', payload: {} }], at(0));
      const claimed = await claim(store, 0);
      expect(claimed.map((m) => [m.dedupKey, m.attempts])).toEqual([
        ['crisis-alert:r1:0', 0],
        ['crisis-alert:r2:0', 0],
      ]);
      expect(claimed[0]?.payload).toEqual(alert('r1').payload);
      expect(await claim(store, 59)).toEqual([]);
      expect((await claim(store, 60)).length).toBe(2);
      expect((await claim(store, 120, { limit: 1 })).map((m) => m.dedupKey)).toEqual(['crisis-alert:r1:0']);
      expect((await claim(store, 0, { kinds: ['teams-card'] })).map((m) => m.dedupKey)).toEqual(['teams:1']);
    });

    it('a delivered message counts its attempt and is never claimed again', async () => {
      await store.enqueueOutbox([alert('r1')], at(0));
      const [message] = await claim(store, 0);
      await store.markOutboxDelivered(message!.id, at(1));
      expect(await row(message!.id)).toMatchObject({ attempts: 1, delivered_at: at(1), next_attempt_at: null });
      expect(await claim(store, 3600)).toEqual([]);
      expect((await store.listOutbox())[0]?.deliveredAt).toBe(at(1));
    });

    it('a failed attempt is counted with a short error and retried only from its next attempt time', async () => {
      await store.enqueueOutbox([alert('r1')], at(0));
      const [message] = await claim(store, 0);
      await store.recordOutboxFailure(message!.id, { at: at(1), error: 'HTTP 500', nextAttemptAt: at(6), dead: false });
      expect(await row(message!.id)).toMatchObject({ attempts: 1, last_error: 'HTTP 500', next_attempt_at: at(6) });
      expect(await claim(store, 5)).toEqual([]);
      expect((await claim(store, 6)).map((m) => m.attempts)).toEqual([1]);
    });

    it('a dead message, or one at the maximum attempts, is never claimed again', async () => {
      await store.enqueueOutbox([alert('r1'), alert('r2')], at(0));
      const [first, second] = await claim(store, 0);
      await store.recordOutboxFailure(first!.id, { at: at(1), error: 'HTTP 410', nextAttemptAt: at(2), dead: true });
      expect(await row(first!.id)).toMatchObject({ dead_at: at(1), attempts: 1 });
      await store.recordOutboxFailure(second!.id, {
        at: at(1),
        error: 'TimeoutError',
        nextAttemptAt: at(2),
        dead: false,
      });
      expect(await claim(store, 3600, { maxAttempts: 1 })).toEqual([]);
      expect((await claim(store, 3600)).map((m) => m.id)).toEqual([second!.id]);
    });

    it('records acknowledgements per record, append-only', async () => {
      await store.acknowledgeAlerts('r1', 'clinician@example.com', at(10));
      await store.acknowledgeAlerts('r1', 'lead@example.com', at(20));
      expect(await store.listAlertAcknowledgements('r1')).toEqual([
        { recordId: 'r1', by: 'clinician@example.com', at: at(10) },
        { recordId: 'r1', by: 'lead@example.com', at: at(20) },
      ]);
      expect(await store.listAlertAcknowledgements('r2')).toEqual([]);
    });

    describe('overdue alerts', () => {
      const deliver = async (message: OutboxMessage, seconds: number) => {
        await store.enqueueOutbox([message], at(seconds));
        const claimed = await claim(store, seconds, { kinds: [message.kind] });
        const mine = claimed.find((m) => m.dedupKey === message.dedupKey);
        await store.markOutboxDelivered(mine!.id, at(seconds));
      };
      const overdueKeys = async (deliveredBefore: number) =>
        (await store.listOverdueAlerts(at(deliveredBefore))).map((a) => a.dedupKey);

      it('are crisis alerts delivered by the cut-off, not undelivered ones nor other kinds', async () => {
        await deliver(alert('r1'), 0);
        await store.enqueueOutbox([alert('r2')], at(0));
        await deliver({ kind: 'teams-card', dedupKey: 'teams:1', payload: {} }, 0);
        expect(await overdueKeys(-1)).toEqual([]);
        expect(await overdueKeys(0)).toEqual(['crisis-alert:r1:0']);
        const [overdue] = await store.listOverdueAlerts(at(0));
        expect(overdue).toMatchObject({ payload: alert('r1').payload, createdAt: at(0), deliveredAt: at(0) });
      });

      it('stop being overdue once escalated: the escalation key pairs with the alert', async () => {
        await deliver(alert('r1', 0), 0);
        await deliver(alert('r1', 1), 0);
        await store.enqueueOutbox(
          [{ kind: 'crisis-escalation', dedupKey: 'crisis-escalation:r1:0', payload: alert('r1').payload }],
          at(600),
        );
        expect(await overdueKeys(600)).toEqual(['crisis-alert:r1:1']);
      });

      it('stop being overdue once the record is acknowledged, but a later alert needs a new acknowledgement', async () => {
        await deliver(alert('r1', 0), 0);
        await store.acknowledgeAlerts('r1', 'clinician@example.com', at(30));
        expect(await overdueKeys(600)).toEqual([]);
        await deliver(alert('r1', 1), 60);
        expect(await overdueKeys(600)).toEqual(['crisis-alert:r1:1']);
      });

      it("are every channel's alerts, each paired with its own channel's escalation", async () => {
        const byEmail = (message: OutboxMessage): OutboxMessage => ({
          ...message,
          kind: `${message.kind}:email`,
          dedupKey: `${message.dedupKey}:email`,
        });
        await deliver(alert('r1'), 0);
        await deliver(byEmail(alert('r1')), 0);
        const overdue = await store.listOverdueAlerts(at(0));
        expect(overdue.map((a) => [a.kind, a.dedupKey])).toEqual([
          ['crisis-alert', 'crisis-alert:r1:0'],
          ['crisis-alert:email', 'crisis-alert:r1:0:email'],
        ]);
        await store.enqueueOutbox(
          [{ kind: 'crisis-escalation:email', dedupKey: 'crisis-escalation:r1:0:email', payload: alert('r1').payload }],
          at(600),
        );
        expect(await overdueKeys(600)).toEqual(['crisis-alert:r1:0']);
        await store.acknowledgeAlerts('r1', 'clinician@example.com', at(700));
        expect(await overdueKeys(800)).toEqual([]);
      });

      it('are not acknowledged by another record, even one whose id starts the same', async () => {
        await deliver(alert('abcd'), 0);
        await store.acknowledgeAlerts('abc', 'clinician@example.com', at(30));
        await store.acknowledgeAlerts('bcd', 'clinician@example.com', at(30));
        expect(await overdueKeys(600)).toEqual(['crisis-alert:abcd:0']);
      });
    });
  });
});
