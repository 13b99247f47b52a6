// "Stop" on the website chat gives a resume code; entered on any device ("Continue with a code") it continues the same
// conversation with its history, proved by nothing else. Wrong codes are refused alike, a code locks after a few
// wrong secrets, and an address trying many codes is slowed down. Real server, real HTTP, the built-in Direct Line.
import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestService, type TestService } from '../helpers/service.js';
import { directLineClient, type ListedActivity, startedConversation } from './direct-line-client.js';

const codePattern = /\b([A-Z2-9]{3}-[A-Z2-9]{3}-[A-Z2-9]{3}-[A-Z2-9]{3})\b/;
const say = (text: string) => ({ type: 'message', text, locale: 'en-US', from: { id: 'ignored', role: 'user' } });

async function stoppedConversation(client: ReturnType<typeof directLineClient>) {
  const conversation = await startedConversation(client);
  const { conversationId, token } = conversation;
  for (const [text, next] of [
    ["let's go", 'consent'],
    ['yes I agree', 'whoFor'],
    ["it's for me", 'preferredName'],
  ] as const) {
    await client.post(conversationId, token, say(text));
    await client.waitFor(conversationId, token, (a) => a.channelData?.intake?.field === next);
  }
  await client.post(conversationId, token, say('stop'));
  const { found, list } = await client.waitFor(conversationId, token, (a) => codePattern.test(a.text ?? ''));
  return { ...conversation, code: codePattern.exec(found.text ?? '')?.[1] as string, history: list.activities };
}

const botTexts = (activities: ListedActivity[]) =>
  activities.filter((a) => a.from.role === 'bot' && a.type === 'message').map((a) => a.text);

describe('resume codes on the website chat', () => {
  let service: TestService;
  let client: ReturnType<typeof directLineClient>;
  const redeem = (body: unknown) =>
    fetch(`${service.base}/api/directline/resume-code`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  beforeAll(async () => {
    service = await startTestService();
    client = directLineClient(service.base);
    nock.disableNetConnect();
    nock.enableNetConnect(/127\.0\.0\.1|localhost/);
  }, 60_000);
  afterAll(async () => {
    nock.enableNetConnect();
    await service?.close();
  });

  it('gives a code on stop that continues the conversation, with its history, on another device', async () => {
    const stopped = await stoppedConversation(client);
    const message = stopped.history.find((a) => codePattern.test(a.text ?? ''));
    expect(message?.text).toContain('Continue with a code');
    expect(message?.text).toContain('72 hours');

    // Another device: nothing but the code, typed loosely.
    const typed = ` ${stopped.code.toLowerCase().replaceAll('-', ' ')} `;
    const response = await redeem({ code: typed, locale: 'en-US' });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const grant = await response.json();
    expect(grant).toMatchObject({ conversationId: stopped.conversationId, userId: expect.any(String) });
    expect(grant.token).not.toBe(stopped.token);
    expect(grant.resumeSecret).toMatch(/^[A-Za-z0-9_-]{20,}$/);

    const { list } = await client.activities(grant.conversationId, grant.token);
    expect(botTexts(list.activities)).toEqual(botTexts(stopped.history));

    // And the intake carries on where it stopped.
    await client.post(grant.conversationId, grant.token, say('continue'));
    await client.waitFor(grant.conversationId, grant.token, (a) => a.channelData?.intake?.field === 'preferredName');
    expect(service.logs()).not.toContain(stopped.code);
  }, 60_000);

  it('refuses a wrong or made-up code alike, and a code after too many wrong secrets', async () => {
    const stopped = await stoppedConversation(client);
    const reference = stopped.code.slice(0, 7);
    const refusals = await Promise.all(
      ['AAA-AAA-AAA-AAA', 'not a code', `${reference}-ZZZ-ZZZ`].map(async (code) => {
        const response = await redeem({ code });
        return { status: response.status, body: await response.text() };
      }),
    );
    expect(new Set(refusals.map((r) => r.status))).toEqual(new Set([403]));
    expect(new Set(refusals.map((r) => r.body)).size).toBe(1);
    for (const guess of ['ZZZ-ZZY', 'ZZZ-ZZX', 'ZZZ-ZZW', 'ZZZ-ZZV']) {
      expect((await redeem({ code: `${reference}-${guess}` })).status).toBe(403);
    }
    expect((await redeem({ code: stopped.code })).status).toBe(403);
    expect((await redeem({ code: 42 })).status).toBe(400);
  }, 60_000);
});

describe('trying resume codes from one address', () => {
  let service: TestService;
  beforeAll(async () => {
    service = await startTestService();
  }, 60_000);
  afterAll(async () => {
    await service?.close();
  });

  it('is limited to a few tries a minute', async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 12; attempt++) {
      const response = await fetch(`${service.base}/api/directline/resume-code`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ code: `ABC-DEF-GHJ-K${attempt < 10 ? 'M' : 'N'}${attempt % 10}` }),
      });
      statuses.push(response.status);
    }
    expect(statuses.slice(0, 10).every((status) => status === 403)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
  }, 30_000);
});
