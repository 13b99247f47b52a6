// Alerts by email: the worker against a real store seeded by a crisis turn, and an SMTP server on loopback receiving.
import nock from 'nock';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type AlertWorker, type AlertWorkerOptions, startAlertWorker } from '../../src/alerts/worker.js';
import { openStore } from '../../src/store/open-store.js';
import type { IntakeStore } from '../../src/store/types.js';
import { defaultPractice } from '../helpers/conversation.js';
import { type SmtpReceiver, startSmtpReceiver } from '../helpers/smtp.js';
import { sqliteDatabase, type TestDatabase } from '../store/targets.js';
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
const recipients = ['clinical-lead@harborlight.example', 'front-desk@harborlight.example'];
const publicUrl = 'https://intake.harborlight.example';
const practice = { name: defaultPractice.name, email: defaultPractice.email, timeZone: defaultPractice.timeZone };

/** Nothing the person typed, in any form the email could carry it. */
function expectNoWords(text: string) {
  expect(text).not.toContain(canary);
  expect(text.toLowerCase()).not.toContain('kill');
  expect(text).not.toContain(crisisSentence);
}

describe('alerts by email', () => {
  let database: TestDatabase;
  let store: IntakeStore;
  let recordId: string;
  let reference: string;
  let logger: CapturedLogger;
  let smtp: SmtpReceiver;
  let clock: number;
  const workers: AlertWorker[] = [];

  const start = (changes: Partial<AlertWorkerOptions> = {}, smtpUrl = smtp.url) => {
    const worker = startAlertWorker({
      store,
      logger,
      email: { smtpUrl, to: recipients, practice, publicUrl },
      onCall,
      escalationMinutes,
      intervalMs: 3_600_000,
      now: () => new Date(clock),
      ...changes,
    });
    workers.push(worker);
    return worker;
  };
  const emailRow = async () =>
    (
      await database.rows(
        "select kind, dedup_key, attempts, last_error, delivered_at from outbox where kind like '%:email' order by id",
      )
    )[0];

  beforeAll(() => {
    nock.disableNetConnect();
    nock.enableNetConnect(/127\.0\.0\.1|localhost/);
  });
  afterAll(() => nock.enableNetConnect());

  beforeEach(async () => {
    database = await sqliteDatabase();
    ({ recordId } = await seedCrisisIntake(database.url));
    store = await openStore(database.url);
    reference = String((await store.listOutbox())[0]?.payload.reference);
    logger = capturedLogger();
    smtp = await startSmtpReceiver();
    clock = Date.parse('2026-11-28T15:00:00.000Z');
  });
  afterEach(async () => {
    for (const worker of workers.splice(0)) await worker.stop();
    await smtp.close();
    await store.close();
    await database.drop();
    nock.cleanAll();
  });

  it('emails the alert once to its recipients: reference, level, kinds, time and the link; never the words', async () => {
    const worker = start();
    await worker.runOnce();
    expect(smtp.mails).toHaveLength(1);
    const [mail] = smtp.mails;
    expect(mail?.to).toEqual(recipients);
    // Sent as the SMTP account that signed in.
    expect(mail?.user).toBe('alerts@harborlight.example');
    expect(mail?.from).toBe('alerts@harborlight.example');
    expect(mail?.headers.subject).toBe(`Crisis alert (emergency), intake ${reference}`);
    expect(mail?.headers['x-intake-delivery']).toBe(`crisis-alert:${recordId}:0:email`);
    const link = `${publicUrl}/review/intakes/${recordId}`;
    expect(mail?.text).toContain(`Reference: ${reference}`);
    expect(mail?.text).toContain('Level: emergency');
    expect(mail?.text).toContain('Kinds: suicide');
    expect(mail?.text).toMatch(/Time: \w{3}, \w{3} \d{1,2}, \d{4}, .+ \(America\/New_York\)/);
    expect(mail?.text).toContain('Discreet contact: no');
    expect(mail?.text).toContain(`Record: ${link}`);
    expect(mail?.html).toContain(`<a href="${link}">`);
    expect(mail?.html).toContain(reference);
    expectNoWords(mail?.raw ?? '');
    expectNoWords(mail?.text ?? '');
    expectNoWords(mail?.html ?? '');

    expect(await emailRow()).toMatchObject({
      attempts: 1,
      last_error: null,
      delivered_at: new Date(clock).toISOString(),
    });
    // The webhook's row waits for the webhook, which is not configured here.
    const webhookRow = (await store.listOutbox()).find((m) => m.kind === 'crisis-alert');
    expect(webhookRow?.deliveredAt).toBeNull();

    await worker.runOnce();
    expect(smtp.mails).toHaveLength(1);
    const delivered = logger.lines().find((l) => l.msg === 'alert delivered');
    expect(delivered).toMatchObject({ channel: 'email', deliveryId: `crisis-alert:${recordId}:0:email`, recordId });
    const logs = JSON.stringify(logger.lines());
    expect(logs).not.toContain(canary);
    for (const address of recipients) expect(logs).not.toContain(address);
  });

  it('without PUBLIC_URL says that the link needs it', async () => {
    await start({ email: { smtpUrl: smtp.url, to: recipients, practice } }).runOnce();
    const [mail] = smtp.mails;
    expect(mail?.text).toContain(`Record: the link needs PUBLIC_URL to be set on the server (record id ${recordId})`);
    expect(mail?.html).not.toContain('<a ');
    expect(mail?.html).toContain('PUBLIC_URL');
  });

  it('emails an escalation to the on-call contact when nobody acknowledged the alert in time, once', async () => {
    const worker = start();
    await worker.runOnce();
    clock += escalationMinutes * 60_000 - 1_000;
    await worker.runOnce();
    expect(smtp.mails).toHaveLength(1);

    clock += 1_000;
    await worker.runOnce();
    expect(smtp.mails).toHaveLength(2);
    const escalation = smtp.mails[1];
    expect(escalation?.to).toEqual([onCall.email]);
    expect(escalation?.headers.subject).toBe(
      `Escalation: crisis alert not acknowledged (emergency), intake ${reference}`,
    );
    expect(escalation?.headers['x-intake-delivery']).toBe(`crisis-escalation:${recordId}:0:email`);
    expect(escalation?.text).toContain(`Nobody acknowledged this crisis alert`);
    expect(escalation?.text).toContain(`On call: ${onCall.name}, ${onCall.phone}`);
    expect(escalation?.text).toContain(`${publicUrl}/review/intakes/${recordId}`);
    expectNoWords(escalation?.raw ?? '');

    clock += escalationMinutes * 4 * 60_000;
    await worker.runOnce();
    expect(smtp.mails).toHaveLength(2);
    expect((await store.listOutbox()).map((m) => m.kind)).toEqual([
      'crisis-alert',
      'crisis-alert:email',
      'crisis-alert:teams',
      'crisis-escalation:email',
    ]);
  });

  it('without an on-call email, escalates to the alert recipients, naming whom to call', async () => {
    const worker = start({ onCall: { name: onCall.name, phone: onCall.phone } });
    await worker.runOnce();
    clock += escalationMinutes * 60_000;
    await worker.runOnce();
    expect(smtp.mails.map((m) => m.to)).toEqual([recipients, recipients]);
    expect(smtp.mails[1]?.text).toContain(`On call: ${onCall.name}, ${onCall.phone}`);
  });

  it('retries with backoff while the SMTP server refuses connections, and delivers once it answers', async () => {
    const { port } = smtp;
    const url = smtp.url;
    await smtp.close();
    const worker = start({}, url);
    await worker.runOnce();
    expect(await emailRow()).toMatchObject({
      attempts: 1,
      delivered_at: null,
      last_error: 'SMTP ESOCKET ECONNREFUSED',
    });
    const failed = logger.lines().find((l) => l.msg === 'alert delivery failed, will retry');
    expect(failed).toMatchObject({ level: levels.warn, channel: 'email', error: 'SMTP ESOCKET ECONNREFUSED' });

    smtp = await startSmtpReceiver(port);
    await worker.runOnce();
    expect(smtp.mails).toHaveLength(0);
    clock += 6_000;
    await worker.runOnce();
    expect(smtp.mails).toHaveLength(1);
    expect(await emailRow()).toMatchObject({ attempts: 2, delivered_at: new Date(clock).toISOString() });
  });

  it('with both channels configured, the webhook and email each get the alert once', async () => {
    const hook = webhookReceiver(200, 1);
    const worker = start({ webhookUrl: hookUrl, secret });
    await worker.runOnce();
    expect(hook.scope.isDone()).toBe(true);
    expect(hook.deliveries[0]?.json).toMatchObject({ type: 'crisis-alert', deliveryId: `crisis-alert:${recordId}:0` });
    expect(smtp.mails).toHaveLength(1);
    // Every configured channel delivered; the Teams row waits for a Teams channel (none configured here).
    expect(
      (await store.listOutbox()).filter((m) => m.kind !== 'crisis-alert:teams').every((m) => m.deliveredAt !== null),
    ).toBe(true);

    const spare = nock('http://alerts.example.test').post('/intake-alerts').reply(200);
    await worker.runOnce();
    expect(spare.isDone()).toBe(false);
    expect(smtp.mails).toHaveLength(1);
  });

  it('one channel failing does not hold back the other', async () => {
    const hook = webhookReceiver(503, 1);
    await start({ webhookUrl: hookUrl, secret }).runOnce();
    expect(hook.scope.isDone()).toBe(true);
    expect(smtp.mails).toHaveLength(1);
    const outbox = await store.listOutbox();
    expect(outbox.map((m) => [m.kind, m.deliveredAt !== null])).toEqual([
      ['crisis-alert', false],
      ['crisis-alert:email', true],
      ['crisis-alert:teams', false],
    ]);
  });

  it('with SMTP_URL but no recipient sends nothing and says so as an error', async () => {
    const worker = start({ email: { smtpUrl: smtp.url, to: [], practice, publicUrl } });
    await worker.runOnce();
    expect(smtp.mails).toHaveLength(0);
    expect((await emailRow())?.attempts).toBe(0);
    const errors = logger.lines().filter((l) => l.level === levels.error);
    expect(errors.map((l) => l.msg)).toEqual([
      "SMTP_URL is set but nobody receives alert emails: set ALERT_EMAIL_TO or the practice's alerts.emailTo, none sent",
    ]);
  });
});
