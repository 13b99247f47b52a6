// Alert test helpers: crisis intakes seeded through the real server, a nock webhook receiver, and captured logs.
import { Writable } from 'node:stream';
import nock from 'nock';
import type { AlertLogger } from '../../src/alerts/logger.js';
import { createLogger } from '../../src/logging.js';
import { alertChannels } from '../../src/store/alert-keys.js';
import { botClient, promptOf, startTestService } from '../helpers/service.js';

export const hookOrigin = 'http://alerts.example.test';
export const hookPath = '/intake-alerts';
export const hookUrl = `${hookOrigin}${hookPath}`;
export const secret = 'test-webhook-secret';
export const onCall = { name: 'Dr. On Call', phone: '+1 617 555 0100', email: 'oncall@example.com' };

/** Typed in the conversation; must never reach a webhook body. */
export const canary = 'Quillonzebra';
export const crisisSentence = 'I am going to kill myself tonight';

const answers: Record<string, string> = { start: 'start', consent: 'yes', whoFor: 'myself', preferredName: canary };

/**
 * Runs the service on `databaseUrl` until a crisis turn has been committed (one alert: a row per channel), then closes it.
 * Answers the first questions (the canary as the preferred name) before the crisis sentence, which also carries it.
 */
export async function seedCrisisIntake(databaseUrl: string): Promise<{ recordId: string }> {
  const service = await startTestService({ DATABASE_URL: databaseUrl });
  try {
    const client = botClient(service.base);
    let activities = (await client.start()).activities;
    for (let turn = 0; turn < 10; turn++) {
      const field = promptOf(activities)?.field;
      if (!field || !(field in answers)) break;
      activities = (await client.say(answers[field] as string)).activities;
    }
    await client.say(`${crisisSentence}, ${canary} here`);
    const outbox = await service.store.listOutbox();
    const recordId = outbox[0]?.payload.recordId;
    if (outbox.length !== alertChannels.length || typeof recordId !== 'string') {
      throw new Error('the crisis turn queued no single alert');
    }
    return { recordId };
  } finally {
    await service.close();
  }
}

export interface Delivery {
  headers: Record<string, string>;
  body: string;
  json: Record<string, unknown>;
}

/** Intercepts `times` POSTs to the hook, answering `status`; keeps each raw body and its headers. */
export function webhookReceiver(status: number, times = 1) {
  const deliveries: Delivery[] = [];
  const scope = nock(hookOrigin).post(hookPath).times(times).reply(status, 'received');
  scope.on('request', (req: { headers: Record<string, string> }, _interceptor: unknown, body: string) => {
    deliveries.push({ headers: { ...req.headers }, body, json: JSON.parse(body) as Record<string, unknown> });
  });
  return { scope, deliveries };
}

export interface CapturedLogger extends AlertLogger {
  lines(): { level: number; msg: string; [key: string]: unknown }[];
}

/** The real pino logger, writing JSON lines into memory. */
export function capturedLogger(): CapturedLogger {
  let captured = '';
  const sink = new Writable({
    write(chunk, _encoding, done) {
      captured += chunk.toString();
      done();
    },
  });
  const logger = createLogger('debug', sink);
  return Object.assign(logger, {
    lines: () =>
      captured
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as { level: number; msg: string }),
  });
}

export const levels = { info: 30, warn: 40, error: 50 } as const;
