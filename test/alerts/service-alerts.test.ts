// The worker wired into the service: it starts with it (delivering what was queued meanwhile, by webhook and by email)
// and stops with it.
import { setTimeout as sleep } from 'node:timers/promises';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { verifySignature } from '../../src/alerts/sign.js';
import { defaultPractice } from '../helpers/conversation.js';
import { botClient, startTestService, tempDatabaseUrl } from '../helpers/service.js';
import { startSmtpReceiver } from '../helpers/smtp.js';
import { canary, hookUrl, secret, seedCrisisIntake, webhookReceiver } from './helpers.js';

async function until(done: () => boolean, timeoutMs = 5_000) {
  for (const started = Date.now(); !done() && Date.now() - started < timeoutMs; ) await sleep(20);
}

describe('alerts in the running service', () => {
  beforeAll(() => {
    nock.disableNetConnect();
    nock.enableNetConnect(/127\.0\.0\.1|localhost/);
  });
  afterAll(() => nock.enableNetConnect());
  afterEach(() => nock.cleanAll());

  it('delivers, signed, an alert queued while no webhook was configured, as soon as the service starts with one', async () => {
    const databaseUrl = tempDatabaseUrl();
    const { recordId } = await seedCrisisIntake(databaseUrl);
    const { scope, deliveries } = webhookReceiver(200, 1);
    const service = await startTestService({
      DATABASE_URL: databaseUrl,
      ALERT_WEBHOOK_URL: hookUrl,
      ALERT_WEBHOOK_SECRET: secret,
    });
    try {
      // Delivered means the response was read and the row marked, which the log line follows.
      await until(() => service.logs().includes('alert delivered'));
      expect(scope.isDone()).toBe(true);
      expect(deliveries).toHaveLength(1);
      const [delivery] = deliveries;
      expect(delivery?.json).toMatchObject({ type: 'crisis-alert', recordId });
      expect(delivery?.body).not.toContain(canary);
      const { 'x-intake-timestamp': timestamp = '', 'x-intake-signature': signature = '' } = delivery?.headers ?? {};
      expect(verifySignature(secret, timestamp, delivery?.body ?? '', signature, { toleranceSeconds: 300 })).toBe(true);
      expect((await service.store.listOutbox())[0]?.deliveredAt).not.toBeNull();
    } finally {
      await service.close();
    }
  });

  it('emails an alert queued while no channel was configured, once the service starts with SMTP_URL', async () => {
    const databaseUrl = tempDatabaseUrl();
    const { recordId } = await seedCrisisIntake(databaseUrl);
    const smtp = await startSmtpReceiver();
    const service = await startTestService(
      {
        DATABASE_URL: databaseUrl,
        SMTP_URL: smtp.url,
        ALERT_EMAIL_TO: 'clinical-lead@harborlight.example',
        PUBLIC_URL: 'https://intake.harborlight.example/',
      },
      { ...defaultPractice, alerts: { emailTo: ['on-duty@harborlight.example', 'Clinical-Lead@harborlight.example'] } },
    );
    try {
      await until(() => service.logs().includes('alert delivered'));
      expect(smtp.mails).toHaveLength(1);
      const [mail] = smtp.mails;
      // ALERT_EMAIL_TO and the practice's alerts.emailTo, together.
      expect(mail?.to).toEqual(['clinical-lead@harborlight.example', 'on-duty@harborlight.example']);
      expect(mail?.text).toContain(`Record: https://intake.harborlight.example/review/intakes/${recordId}`);
      expect(mail?.raw).not.toContain(canary);
      const outbox = await service.store.listOutbox();
      expect(outbox.map((m) => [m.kind, m.deliveredAt !== null])).toEqual([
        ['crisis-alert', false],
        ['crisis-alert:email', true],
        ['crisis-alert:teams', false],
      ]);
    } finally {
      await service.close();
      await smtp.close();
    }
  });

  it('without any alert channel warns once that alerts reach nobody', async () => {
    const service = await startTestService();
    await service.close();
    const warnings = service
      .logs()
      .split('\n')
      .filter((line) => line.includes('no alert channel is configured'));
    expect(warnings).toHaveLength(1);
    expect(JSON.parse(warnings[0] ?? '{}')).toMatchObject({ level: 40, component: 'alerts' });
  });

  it('the bot promises that someone will see a crisis only when an alert channel is configured', async () => {
    const crisisReply = async (overrides: Record<string, string>) => {
      const service = await startTestService(overrides);
      try {
        const client = botClient(service.base);
        await client.start();
        for (const text of ['start', 'yes']) await client.say(text);
        const { activities } = await client.say('I want to kill myself');
        return activities.find((a) => a.channelData?.intake?.crisis)?.text ?? '';
      } finally {
        await service.close();
      }
    };
    const unmonitored = await crisisReply({});
    expect(unmonitored).toContain("This chat isn't monitored");
    expect(unmonitored).not.toContain('will see this during office hours');
    const smtp = await startSmtpReceiver();
    try {
      const monitored = await crisisReply({ SMTP_URL: smtp.url, ALERT_EMAIL_TO: 'lead@harborlight.example' });
      expect(monitored).toContain('will see this during office hours');
      expect(monitored).not.toContain("This chat isn't monitored");
    } finally {
      await smtp.close();
    }
  });
});
