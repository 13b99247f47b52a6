// The alert worker against a real store seeded by a crisis turn through the real server, with nock as the webhook receiver.
import nock from 'nock';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { verifySignature } from '../../src/alerts/sign.js';
import { type AlertWorker, type AlertWorkerOptions, startAlertWorker } from '../../src/alerts/worker.js';
import { alertChannels } from '../../src/store/alert-keys.js';
import { openStore } from '../../src/store/open-store.js';
import type { IntakeStore } from '../../src/store/types.js';
import { postgresDatabase, postgresUrl, sqliteDatabase, type TestDatabase } from '../store/targets.js';
import {
  type CapturedLogger,
  canary,
  capturedLogger,
  crisisSentence,
  hookUrl,
  levels,
  onCall,
  secret,
  seedCrisisIntake,
  webhookReceiver,
} from './helpers.js';

const escalationMinutes = 15;
const minutes = (n: number) => n * 60_000;
const alertKeys = ['type', 'deliveryId', 'recordId', 'reference', 'level', 'kinds', 'at', 'discreetContact'];

const backends = [
  ['sqlite', sqliteDatabase, false],
  ['postgres', postgresDatabase, !postgresUrl],
] as const;

describe.each(backends)('the alert worker on %s', (_dialect, createDatabase, skip) => {
  describe.skipIf(skip)('', () => {
    let database: TestDatabase;
    let store: IntakeStore;
    let recordId: string;
    let logger: CapturedLogger;
    let clock: number;
    const workers: AlertWorker[] = [];

    const start = (changes: Partial<AlertWorkerOptions> = {}) => {
      const worker = startAlertWorker({
        store,
        logger,
        webhookUrl: hookUrl,
        secret,
        onCall,
        escalationMinutes,
        intervalMs: 3_600_000,
        now: () => new Date(clock),
        ...changes,
      });
      workers.push(worker);
      return worker;
    };
    /** Any request it catches is one too many. */
    const trap = () => nock('http://alerts.example.test').post('/intake-alerts').reply(200);
    const sqlRow = async () =>
      (await database.rows('select attempts, last_error, delivered_at, dead_at from outbox order by id'))[0];

    beforeAll(() => {
      nock.disableNetConnect();
      nock.enableNetConnect(/127\.0\.0\.1|localhost/);
    });
    afterAll(() => nock.enableNetConnect());

    beforeEach(async () => {
      database = await createDatabase();
      ({ recordId } = await seedCrisisIntake(database.url));
      store = await openStore(database.url);
      logger = capturedLogger();
      clock = Date.now();
    });
    afterEach(async () => {
      for (const worker of workers.splice(0)) await worker.stop();
      await store.close();
      await database.drop();
      nock.cleanAll();
    });

    it('delivers the crisis alert exactly once, signed, and a second run sends nothing', async () => {
      const { scope, deliveries } = webhookReceiver(200, 1);
      const worker = start();
      await worker.runOnce();
      expect(scope.isDone()).toBe(true);
      const spare = trap();
      await worker.runOnce();
      expect(spare.isDone()).toBe(false);
      expect(deliveries).toHaveLength(1);

      const [delivery] = deliveries;
      const dedupKey = `crisis-alert:${recordId}:0`;
      expect(delivery?.headers['content-type']).toBe('application/json');
      expect(delivery?.headers['x-intake-delivery']).toBe(dedupKey);
      const { 'x-intake-timestamp': timestamp = '', 'x-intake-signature': signature = '' } = delivery?.headers ?? {};
      const receivedAt = { toleranceSeconds: 300, now: new Date(clock) };
      expect(verifySignature(secret, timestamp, delivery?.body ?? '', signature, receivedAt)).toBe(true);
      expect(verifySignature('not-the-secret', timestamp, delivery?.body ?? '', signature, receivedAt)).toBe(false);

      const [stored] = await store.listOutbox();
      expect(stored?.deliveredAt).toBe(new Date(clock).toISOString());
      expect(await sqlRow()).toMatchObject({ attempts: 1, last_error: null });
      expect(logger.lines().find((l) => l.msg === 'alert delivered')).toMatchObject({ deliveryId: dedupKey, recordId });
    });

    it('queues the alert once for every channel; the webhook delivering its row leaves the email and Teams rows queued', async () => {
      const queued = await store.listOutbox();
      expect(queued.map((m) => [m.kind, m.dedupKey])).toEqual([
        ['crisis-alert', `crisis-alert:${recordId}:0`],
        ['crisis-alert:email', `crisis-alert:${recordId}:0:email`],
        ['crisis-alert:teams', `crisis-alert:${recordId}:0:teams`],
      ]);
      expect(queued[1]?.payload).toEqual(queued[0]?.payload);
      const { scope } = webhookReceiver(200, 1);
      await start().runOnce();
      expect(scope.isDone()).toBe(true);
      expect((await store.listOutbox()).map((m) => m.deliveredAt === null)).toEqual([false, true, true]);
    });

    it('sends ids, levels, kinds, times and flags only: never what the person typed', async () => {
      const { deliveries } = webhookReceiver(200, 1);
      await start().runOnce();
      const [delivery] = deliveries;
      expect(Object.keys(delivery?.json ?? {}).sort()).toEqual([...alertKeys].sort());
      expect(delivery?.json).toMatchObject({
        type: 'crisis-alert',
        deliveryId: `crisis-alert:${recordId}:0`,
        recordId,
        level: 'emergency',
        kinds: ['suicide'],
        discreetContact: false,
      });
      expect(delivery?.body).not.toContain(canary);
      expect(delivery?.body.toLowerCase()).not.toContain('kill');
      expect(delivery?.body).not.toContain(crisisSentence);
      // Nor the logs.
      expect(JSON.stringify(logger.lines())).not.toContain(canary);
    });

    it('retries after a 500 once the backoff has passed, then is delivered', async () => {
      const failing = webhookReceiver(500, 1);
      const worker = start();
      await worker.runOnce();
      expect(failing.scope.isDone()).toBe(true);
      expect(await sqlRow()).toMatchObject({ attempts: 1, last_error: 'HTTP 500', delivered_at: null });
      expect(logger.lines().find((l) => l.msg === 'alert delivery failed, will retry')?.level).toBe(levels.warn);

      const early = trap();
      await worker.runOnce();
      expect(early.isDone()).toBe(false);
      nock.cleanAll();

      clock += 6_000;
      const succeeding = webhookReceiver(200, 1);
      await worker.runOnce();
      expect(succeeding.scope.isDone()).toBe(true);
      expect(succeeding.deliveries[0]?.headers['x-intake-delivery']).toBe(`crisis-alert:${recordId}:0`);
      expect(await sqlRow()).toMatchObject({ attempts: 2, delivered_at: new Date(clock).toISOString() });
    });

    it('retries after a network error, recording its code', async () => {
      nock('http://alerts.example.test')
        .post('/intake-alerts')
        .replyWithError({ code: 'ECONNRESET', message: 'socket hang up' });
      await start().runOnce();
      expect(await sqlRow()).toMatchObject({ attempts: 1, delivered_at: null });
      expect((await sqlRow())?.last_error).toMatch(/^\w*Error ECONNRESET$/);
    });

    it('gives up after the maximum attempts, marks the message dead and logs an error', async () => {
      const failing = webhookReceiver(503, 3);
      const worker = start({ maxAttempts: 3 });
      for (let run = 0; run < 4; run++) {
        await worker.runOnce();
        clock += minutes(20);
      }
      expect(failing.scope.isDone()).toBe(true);
      expect(failing.deliveries).toHaveLength(3);
      expect(await sqlRow()).toMatchObject({ attempts: 3, last_error: 'HTTP 503', delivered_at: null });
      expect((await sqlRow())?.dead_at).toBeTruthy();
      const gaveUp = logger.lines().filter((l) => l.msg === 'alert delivery given up after the maximum attempts');
      expect(gaveUp.map((l) => l.level)).toEqual([levels.error]);
    });

    it('sends nothing again after a restart, and a second queueing of the same alert is ignored', async () => {
      const { scope } = webhookReceiver(200, 1);
      const first = start();
      await first.runOnce();
      expect(scope.isDone()).toBe(true);
      await first.stop();
      await store.close();

      store = await openStore(database.url);
      const [queued] = await store.listOutbox();
      expect(
        await store.enqueueOutbox(
          [{ kind: queued!.kind, dedupKey: queued!.dedupKey, payload: queued!.payload }],
          new Date(clock).toISOString(),
        ),
      ).toBe(0);
      expect(await store.listOutbox()).toHaveLength(alertChannels.length);
      const spare = trap();
      await start().runOnce();
      expect(spare.isDone()).toBe(false);
    });

    it('escalates an unacknowledged alert to on-call after escalationMinutes, once', async () => {
      const alertReceiver = webhookReceiver(200, 1);
      const worker = start();
      await worker.runOnce();
      expect(alertReceiver.scope.isDone()).toBe(true);

      clock += minutes(escalationMinutes) - 1_000;
      const early = trap();
      await worker.runOnce();
      expect(early.isDone()).toBe(false);
      nock.cleanAll();

      clock += 1_000;
      const escalation = webhookReceiver(200, 1);
      await worker.runOnce();
      expect(escalation.scope.isDone()).toBe(true);
      const [delivery] = escalation.deliveries;
      expect(Object.keys(delivery?.json ?? {}).sort()).toEqual([...alertKeys, 'onCall'].sort());
      expect(delivery?.json).toMatchObject({
        type: 'crisis-escalation',
        deliveryId: `crisis-escalation:${recordId}:0`,
        recordId,
        level: 'emergency',
        onCall,
      });
      expect(delivery?.headers['x-intake-delivery']).toBe(`crisis-escalation:${recordId}:0`);
      expect(delivery?.body).not.toContain(canary);
      expect(logger.lines().find((l) => l.msg.startsWith('crisis alert not acknowledged'))?.level).toBe(levels.warn);

      clock += minutes(escalationMinutes * 4);
      const spare = trap();
      await worker.runOnce();
      expect(spare.isDone()).toBe(false);
      // The email and Teams rows were never delivered (neither is configured here), so only the webhook's escalated.
      expect((await store.listOutbox()).map((m) => m.kind)).toEqual([
        'crisis-alert',
        'crisis-alert:email',
        'crisis-alert:teams',
        'crisis-escalation',
      ]);
    });

    it('escalates on one of two instances at once: the one whose run claimed the interval', async () => {
      const { scope } = webhookReceiver(200, 1);
      const claimEscalation = (at: Date) => store.claimScheduledRun('escalation', at, 4_500);
      const [a, b] = [start({ claimEscalation }), start({ claimEscalation })];
      await a.runOnce();
      expect(scope.isDone()).toBe(true);
      clock += minutes(escalationMinutes);
      const escalation = webhookReceiver(200, 1);
      await Promise.all([a.runOnce(), b.runOnce()]);
      expect(escalation.scope.isDone()).toBe(true);
      const escalating = logger.lines().filter((l) => l.msg.startsWith('crisis alert not acknowledged'));
      expect(escalating).toHaveLength(1);
      expect((await store.listOutbox()).filter((m) => m.kind.startsWith('crisis-escalation'))).toHaveLength(1);
    });

    it('skips escalating on a run that did not claim the interval, and delivers all the same', async () => {
      const { scope } = webhookReceiver(200, 1);
      const worker = start({ claimEscalation: async () => false });
      await worker.runOnce();
      expect(scope.isDone()).toBe(true);
      clock += minutes(escalationMinutes * 4);
      const spare = trap();
      await worker.runOnce();
      expect(spare.isDone()).toBe(false);
      expect(await store.listOutbox()).toHaveLength(alertChannels.length);
    });

    it('does not escalate an alert that was acknowledged', async () => {
      const { scope } = webhookReceiver(200, 1);
      const worker = start();
      await worker.runOnce();
      expect(scope.isDone()).toBe(true);
      await store.acknowledgeAlerts(recordId, 'clinician@example.com', new Date(clock + minutes(5)).toISOString());

      clock += minutes(escalationMinutes * 4);
      const spare = trap();
      await worker.runOnce();
      expect(spare.isDone()).toBe(false);
      expect(await store.listOutbox()).toHaveLength(alertChannels.length);
    });

    it('without any alert channel sends nothing, keeps the alert queued and warns once, naming the keys', async () => {
      const spare = trap();
      const worker = start({ webhookUrl: undefined });
      await worker.runOnce();
      await worker.runOnce();
      expect(spare.isDone()).toBe(false);
      expect((await store.listOutbox())[0]?.deliveredAt).toBeNull();
      const warnings = logger.lines().filter((l) => l.level === levels.warn);
      expect(warnings).toHaveLength(1);
      expect(warnings[0]?.msg).toMatch(/^no alert channel is configured: crisis alerts stay queued and reach nobody/);
      for (const key of ['ALERT_WEBHOOK_URL', 'ALERT_WEBHOOK_SECRET', 'SMTP_URL', 'ALERT_EMAIL_TO']) {
        expect(warnings[0]?.msg).toContain(key);
      }
    });

    it('with a URL but no secret refuses to send unsigned, and says so as an error', async () => {
      const spare = trap();
      const worker = start({ secret: undefined });
      await worker.runOnce();
      await worker.runOnce();
      expect(spare.isDone()).toBe(false);
      expect(await sqlRow()).toMatchObject({ attempts: 0, delivered_at: null });
      const errors = logger.lines().filter((l) => l.level === levels.error);
      expect(errors).toHaveLength(1);
      expect(errors[0]?.msg).toContain('ALERT_WEBHOOK_SECRET');
    });

    it('stop waits for the run in flight', async () => {
      let release: () => void = () => undefined;
      const gate = new Promise<void>((resolve) => {
        release = resolve;
      });
      nock('http://alerts.example.test')
        .post('/intake-alerts')
        .reply(async () => {
          await gate;
          return [200, 'ok'];
        });
      const worker = start();
      const running = worker.runOnce();
      await new Promise((resolve) => setTimeout(resolve, 50));
      let stopped = false;
      const stopping = worker.stop().then(() => {
        stopped = true;
      });
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(stopped).toBe(false);
      release();
      await Promise.all([running, stopping]);
      expect((await store.listOutbox())[0]?.deliveredAt).not.toBeNull();
    });
  });
});
