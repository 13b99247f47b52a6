// Test helpers: the real service on a free port with its own SQLite file, and a Bot Framework client for it.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { type Environment, type PracticeSettings, parseEnvironment } from '../../src/config.js';
import { createLogger } from '../../src/logging.js';
import { type RunningService, startService } from '../../src/server/service.js';
import { defaultPractice } from './conversation.js';

export interface TestService extends RunningService {
  base: string;
  logs: () => string;
  databaseUrl: string;
}

export const tempDatabaseUrl = () => `sqlite:${join(mkdtempSync(join(tmpdir(), 'intake-test-')), 'intake.db')}`;

export async function startTestService(
  overrides: Partial<Record<keyof Environment, string>> = {},
  practice: PracticeSettings = defaultPractice,
): Promise<TestService> {
  const databaseUrl = overrides.DATABASE_URL ?? tempDatabaseUrl();
  const env = parseEnvironment({
    NODE_ENV: 'test',
    PORT: '0',
    LOG_LEVEL: 'debug',
    ...overrides,
    DATABASE_URL: databaseUrl,
  });
  let captured = '';
  const sink = new Writable({
    write(chunk, _encoding, done) {
      captured += chunk.toString();
      done();
    },
  });
  const service = await startService(env, practice, createLogger(env.LOG_LEVEL, sink));
  return { ...service, base: `http://127.0.0.1:${service.port}`, logs: () => captured, databaseUrl };
}

let sequence = 0;

export interface Activityish {
  type?: string;
  text?: string;
  channelData?: { intake?: Record<string, unknown> & { step?: string; field?: string; recordId?: string } };
  [key: string]: unknown;
}

/** One conversation over POST /api/messages, as a channel would send it. */
export function botClient(
  base: string,
  options: { locale?: string; serviceUrl?: string; expectReplies?: boolean; id?: string; channelId?: string } = {},
) {
  const id = options.id ?? `conv-${Date.now()}-${++sequence}`;
  const user = { id: `user-${id}`, name: 'Client' };
  const bot = { id: 'intake-bot', name: 'Intake' };
  const common = () => ({
    channelId: options.channelId ?? 'directline',
    serviceUrl: options.serviceUrl ?? 'http://channel.test/',
    conversation: { id },
    from: user,
    recipient: bot,
    locale: options.locale ?? 'en-US',
    timestamp: new Date().toISOString(),
    ...(options.expectReplies === false ? {} : { deliveryMode: 'expectReplies' }),
  });
  const post = async (activity: Record<string, unknown>) => {
    const response = await fetch(`${base}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity),
    });
    const body = await response.text();
    let activities: Activityish[] = [];
    try {
      activities = (JSON.parse(body) as { activities?: Activityish[] }).activities ?? [];
    } catch {
      activities = [];
    }
    return { status: response.status, activities };
  };
  return {
    id,
    start: (activityId = `a${++sequence}`) =>
      post({ ...common(), type: 'conversationUpdate', id: activityId, membersAdded: [user, bot] }),
    say: (text: string, activityId = `a${++sequence}`) => post({ ...common(), type: 'message', id: activityId, text }),
    submit: (value: unknown, activityId = `a${++sequence}`) =>
      post({ ...common(), type: 'message', id: activityId, value }),
    raw: post,
  };
}

export const promptOf = (activities: Activityish[]) =>
  activities
    .map((a) => a.channelData?.intake)
    .filter((m) => m?.step)
    .at(-1);
