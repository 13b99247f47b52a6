// The local Direct Line 3.0 over real HTTP against the real server: the whole Web Chat flow, paging, tokens, bad input.
import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestService, type TestService } from '../helpers/service.js';
import { directLineClient, type ListedActivity, startedConversation } from './direct-line-client.js';

const userMessage = (text: string, clientActivityID?: string) => ({
  type: 'message',
  text,
  locale: 'en-US',
  from: { id: 'r_webchat', name: 'You', role: 'user' },
  channelData: clientActivityID ? { clientActivityID, clientTimestamp: new Date().toISOString() } : undefined,
});

describe('the local Direct Line', () => {
  let service: TestService;
  let client: ReturnType<typeof directLineClient>;
  beforeAll(async () => {
    service = await startTestService();
    client = directLineClient(service.base);
    nock.disableNetConnect();
    nock.enableNetConnect(/127\.0\.0\.1|localhost/);
  });
  afterAll(async () => {
    nock.enableNetConnect();
    await service.close();
  });

  it('runs the Web Chat flow: token, conversation, welcome, echo, reply, typing and watermark paging', async () => {
    const generated = await client.generate();
    expect(generated.status).toBe(200);
    const { conversationId, token, expires_in } = generated.grant;
    expect(conversationId).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    expect(expires_in).toBeGreaterThan(0);

    const started = await client.start(token);
    expect(started.status).toBe(201);
    expect(started.json).toEqual({ conversationId, token, expires_in: expect.any(Number) });
    expect(started.json).not.toHaveProperty('streamUrl');

    const welcome = await client.waitFor(conversationId, token, (a) => a.channelData?.intake?.step === 'welcome');
    expect(welcome.found).toMatchObject({
      type: 'message',
      channelId: 'directline',
      conversation: { id: conversationId },
      from: { role: 'bot' },
    });
    expect(welcome.found.id).toMatch(new RegExp(`^${conversationId}\\|\\d+$`));
    expect(Number.isNaN(Date.parse(welcome.found.timestamp))).toBe(false);
    const firstWatermark = welcome.list.watermark;

    const posted = await client.post(conversationId, token, userMessage('start', 'client-1'));
    expect(posted.status).toBe(200);
    const postedId = (posted.json as { id: string }).id;
    expect(postedId).toMatch(new RegExp(`^${conversationId}\\|\\d+$`));

    const consent = await client.waitFor(conversationId, token, (a) => a.channelData?.intake?.step === 'consent');
    const all = consent.list.activities;
    const echo = all.find((a) => a.id === postedId) as ListedActivity;
    expect(echo).toMatchObject({
      type: 'message',
      text: 'start',
      channelId: 'directline',
      conversation: { id: conversationId },
      from: { role: 'user', name: 'You' },
      channelData: { clientActivityID: 'client-1' },
    });
    expect(echo.from.id).toMatch(/^u_/);
    // The bot's replies point back at the message; nothing is sent (not even typing) before the turn is saved.
    const afterEcho = all.slice(all.indexOf(echo) + 1);
    expect(afterEcho.some((a) => a.type === 'typing')).toBe(false);
    expect(afterEcho.find((a) => a.channelData?.intake?.step === 'consent')?.replyToId).toBe(postedId);
    for (const activity of all) {
      expect(activity).toMatchObject({ channelId: 'directline', conversation: { id: conversationId } });
      expect(activity.serviceUrl).toBeUndefined();
    }

    // Paging: only what came after the watermark, and nothing after the latest one.
    const newer = await client.activities(conversationId, token, firstWatermark);
    expect(newer.list.activities.map((a) => a.id)).toEqual(
      all.filter((a) => Number(a.id.split('|')[1]) > Number(firstWatermark)).map((a) => a.id),
    );
    expect(newer.list.activities[0]?.id).toBe(postedId);
    const latest = newer.list.watermark;
    const none = await client.activities(conversationId, token, latest);
    expect(none.list).toEqual({ activities: [], watermark: latest });
  });

  it('delivers a card submission value to the bot', async () => {
    const conversation = await startedConversation(client);
    await client.post(conversation.conversationId, conversation.token, userMessage('start'));
    await client.waitFor(
      conversation.conversationId,
      conversation.token,
      (a) => a.channelData?.intake?.field === 'consent',
    );
    const submitted = await client.post(conversation.conversationId, conversation.token, {
      type: 'message',
      value: { field: 'consent', answer: 'yes' },
      channelData: { clientActivityID: 'card-1' },
    });
    expect(submitted.status).toBe(200);
    const { list } = await client.waitFor(
      conversation.conversationId,
      conversation.token,
      (a) => a.channelData?.intake?.field === 'whoFor',
    );
    expect(list.activities.find((a) => a.channelData?.clientActivityID === 'card-1')?.value).toEqual({
      field: 'consent',
      answer: 'yes',
    });
  });

  it('welcomes in the locale the conversation was started with, once', async () => {
    const { grant } = await client.generate({ locale: 'es-ES' });
    expect((await client.start(grant.token)).status).toBe(201);
    expect((await client.start(grant.token)).status).toBe(201);
    await client.waitFor(grant.conversationId, grant.token, (a) => a.channelData?.intake?.step === 'welcome');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const { list } = await client.activities(grant.conversationId, grant.token);
    expect(list.activities.filter((a) => a.channelData?.intake?.step === 'welcome')).toHaveLength(1);
    const welcome = list.activities.find((a) => a.channelData?.intake?.step === 'welcome');
    expect(welcome?.locale).toBe('es');
    expect(welcome?.text).toMatch(/^Hola, soy el asistente/);
  });

  it('keeps a requested user id and refuses the reserved dl_ prefix', async () => {
    const { grant, status } = await client.generate({ user: { id: 'visitor-42' } });
    expect(status).toBe(200);
    await client.start(grant.token);
    await client.post(grant.conversationId, grant.token, userMessage('hello', 'c'));
    const { found } = await client.waitFor(grant.conversationId, grant.token, (a) => a.from.role === 'user');
    expect(found.from.id).toBe('visitor-42');
    const reserved = await client.generate({ user: { id: 'dl_visitor' } });
    expect(reserved.status).toBe(400);
  });

  it('answers 403 without a token, with a wrong one, and with another conversation’s', async () => {
    const mine = await startedConversation(client);
    const theirs = await startedConversation(client);
    const url = `${client.domain}/conversations/${mine.conversationId}/activities`;
    for (const token of [undefined, 'not-a-real-token-at-all', theirs.token]) {
      expect((await client.send(url, { token })).status).toBe(403);
      expect((await client.send(url, { method: 'POST', token, body: userMessage('hi') })).status).toBe(403);
      expect((await client.send(`${client.domain}/conversations/${mine.conversationId}`, { token })).status).toBe(403);
    }
    expect((await client.send(`${client.domain}/conversations`, { method: 'POST', body: {} })).status).toBe(403);
    const bad = await client.send(url, { token: 'x' });
    expect(bad.json).toEqual({ error: expect.any(String) });
    // Their conversation did not get my message.
    const { list } = await client.activities(theirs.conversationId, theirs.token);
    expect(list.activities.some((a) => a.from.role === 'user')).toBe(false);
  });

  it('refreshes a token for the same conversation', async () => {
    const conversation = await startedConversation(client);
    const refreshed = await client.send(`${client.domain}/tokens/refresh`, {
      method: 'POST',
      token: conversation.token,
    });
    expect(refreshed.status).toBe(200);
    const grant = refreshed.json as { conversationId: string; token: string };
    expect(grant.conversationId).toBe(conversation.conversationId);
    expect(grant.token).not.toBe(conversation.token);
    expect((await client.activities(conversation.conversationId, grant.token)).status).toBe(200);
    // DirectLineJS reconnects with GET /conversations/:id?watermark=...
    const reconnect = await client.send(
      `${client.domain}/conversations/${conversation.conversationId}?watermark=${conversation.watermark}`,
      { token: grant.token },
    );
    expect(reconnect.status).toBe(200);
  });

  it('answers 400 to malformed bodies and watermarks, and 413 over 1 MB', async () => {
    const { conversationId, token } = await startedConversation(client);
    const url = `${client.domain}/conversations/${conversationId}/activities`;
    const post = (raw: string) => client.send(url, { method: 'POST', token, raw });
    expect((await post('{not json')).status).toBe(400);
    expect((await post('[]')).status).toBe(400);
    expect((await post(JSON.stringify({ type: 'message' }))).status).toBe(400);
    expect((await post(JSON.stringify({ type: 'conversationUpdate', text: 'x' }))).status).toBe(400);
    expect((await post(JSON.stringify({ type: 'message', text: 42 }))).status).toBe(400);
    expect((await post(JSON.stringify({ type: 'message', text: 'x', locale: 'not a locale!' }))).status).toBe(400);
    expect((await post(JSON.stringify({ type: 'message', text: 'x'.repeat(1_100_000) }))).status).toBe(413);
    const malformed = await post('{not json');
    expect(malformed.json).toEqual({ error: expect.any(String) });
    expect((await client.activities(conversationId, token, 'abc')).status).toBe(400);
    expect((await client.activities(conversationId, token, '-1')).status).toBe(400);
    expect((await client.generate({ user: { id: 42 } })).status).toBe(400);
    expect((await client.start(token, { locale: 7 })).status).toBe(400);
    // None of it reached the conversation.
    const { list } = await client.activities(conversationId, token);
    expect(list.activities.some((a) => a.from.role === 'user')).toBe(false);
  });

  it('accepts a message of almost 1 MB', async () => {
    const { conversationId, token } = await startedConversation(client);
    const posted = await client.post(conversationId, token, userMessage('a'.repeat(900_000)));
    expect(posted.status).toBe(200);
  });

  it('has no route by which anyone but the bot can post into a conversation as the bot', async () => {
    const { conversationId, token } = await startedConversation(client);
    for (const path of [
      `/connector/v3/conversations/${conversationId}/activities`,
      `/connector/v3/conversations/${conversationId}/activities/x`,
    ]) {
      const reply = await client.send(`${client.domain}${path}`, {
        method: 'POST',
        token,
        body: { type: 'message', text: '[click](javascript:alert(1))', from: { id: 'intake-bot', role: 'bot' } },
      });
      expect(reply.status).toBe(404);
    }
    const { list } = await client.activities(conversationId, token);
    expect(list.activities.some((a) => String(a.text).includes('javascript:'))).toBe(false);
  });

  it('never keeps typing activities, and never hands them to the bot', async () => {
    const { conversationId, token, watermark } = await startedConversation(client);
    for (let i = 0; i < 20; i++) {
      expect((await client.post(conversationId, token, { type: 'typing' })).status).toBe(200);
    }
    const { list } = await client.activities(conversationId, token, watermark);
    expect(list.activities).toEqual([]);
  });

  it('never logs what people typed', async () => {
    const { conversationId, token } = await startedConversation(client);
    await client.post(conversationId, token, userMessage('purple-elephant-secret-words'));
    expect(service.logs()).not.toContain('purple-elephant-secret-words');
  });
});

describe('POST /api/directline/token without a secret', () => {
  it('returns a local token and the local domain, which work for a conversation', async () => {
    const service = await startTestService();
    try {
      const response = await fetch(`${service.base}/api/directline/token`, { method: 'POST' });
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-store');
      const body = (await response.json()) as { token: string; conversationId: string; domain: string };
      expect(body).toEqual({
        token: expect.any(String),
        conversationId: expect.any(String),
        expires_in: expect.any(Number),
        domain: '/v3/directline',
        // What the widget keeps in sessionStorage to reconnect after a reload (test/channels/resume.test.ts).
        userId: expect.stringMatching(/^u_/),
        resumeSecret: expect.any(String),
      });
      const client = directLineClient(service.base);
      expect((await client.start(body.token)).status).toBe(201);
      await client.waitFor(body.conversationId, body.token, (a) => a.channelData?.intake?.step === 'welcome');
    } finally {
      await service.close();
    }
  });

  it('is rate limited per client (30 a minute)', async () => {
    const service = await startTestService();
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 31; i++) {
        statuses.push((await fetch(`${service.base}/api/directline/token`, { method: 'POST' })).status);
      }
      expect(statuses.slice(0, 30).every((s) => s === 200)).toBe(true);
      expect(statuses[30]).toBe(429);
    } finally {
      await service.close();
    }
  });
});

describe("with Azure's Direct Line configured", () => {
  it('does not mount the local Direct Line at all', async () => {
    const service = await startTestService({
      MicrosoftAppId: '00000000-0000-0000-0000-000000000000',
      MicrosoftAppPassword: 'not-a-real-secret',
      DIRECT_LINE_MODE: 'azure',
      DIRECT_LINE_SECRET: 'not-a-real-direct-line-secret',
    });
    try {
      const client = directLineClient(service.base);
      expect((await client.generate()).status).toBe(404);
      expect((await client.start('whatever-token-value-0000')).status).toBe(404);
      expect(
        (await client.send(`${client.domain}/connector/v3/conversations/x/activities`, { method: 'POST', body: {} }))
          .status,
      ).toBe(404);
      nock('https://directline.botframework.com').post('/v3/directline/tokens/generate').reply(503);
      const token = await fetch(`${service.base}/api/directline/token`, { method: 'POST' });
      expect(token.status).toBe(502);
    } finally {
      await service.close();
    }
  });
});
