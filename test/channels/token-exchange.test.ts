// POST /api/directline/token with DIRECT_LINE_SECRET: the secret is exchanged server-side and never leaves the server.
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Conversation } from '../helpers/conversation.js';
import { startTestService, type TestService } from '../helpers/service.js';

const secret = 'dl-secret-4f7c1e9a-never-leaves-the-server';
const upstream = 'https://directline.botframework.com';
const tokenPath = '/v3/directline/tokens/generate';

describe('POST /api/directline/token with DIRECT_LINE_SECRET', () => {
  let service: TestService;
  beforeAll(async () => {
    service = await startTestService({ DIRECT_LINE_SECRET: secret });
    nock.disableNetConnect();
    nock.enableNetConnect(/127\.0\.0\.1|localhost/);
  });
  afterAll(async () => {
    nock.enableNetConnect();
    await service.close();
  });
  afterEach(() => nock.cleanAll());

  const requestToken = async () => {
    const response = await fetch(`${service.base}/api/directline/token`, { method: 'POST' });
    return {
      status: response.status,
      text: await response.text(),
      cacheControl: response.headers.get('cache-control'),
    };
  };

  it('exchanges the secret for a per-conversation token; the secret is in neither the response nor the logs', async () => {
    let sentBody: unknown;
    const scope = nock(upstream, { reqheaders: { authorization: `Bearer ${secret}` } })
      .post(tokenPath, (body) => {
        sentBody = body;
        return true;
      })
      .reply(200, { conversationId: 'Abc123-us', token: 'exchanged.jwt.token', expires_in: 3600 });
    const response = await requestToken();
    expect(scope.isDone()).toBe(true);
    expect(response.status).toBe(200);
    expect(response.cacheControl).toBe('no-store');
    const grant = JSON.parse(response.text);
    expect(grant).toEqual({
      token: 'exchanged.jwt.token',
      conversationId: 'Abc123-us',
      expires_in: 3600,
      userId: expect.stringMatching(/^dl_/),
      resumeSecret: expect.stringMatching(/^[A-Za-z0-9_-]{40,}$/),
    });
    // The user id is embedded in the signed token, with the prefix Web Chat trusts only from there.
    expect(sentBody).toEqual({ user: { id: grant.userId } });
    expect(response.text).not.toContain(secret);
    expect(service.logs()).not.toContain(secret);
  });

  it('answers 502 with a plain message when the service refuses', async () => {
    nock(upstream)
      .post(tokenPath)
      .reply(500, { error: { code: 'ServiceError', message: `bad ${secret}` } });
    const response = await requestToken();
    expect(response.status).toBe(502);
    expect(JSON.parse(response.text)).toEqual({ error: expect.stringMatching(/not available/) });
    expect(response.text).not.toContain(secret);
    expect(service.logs()).not.toContain(secret);
  });

  it('answers 502 when the service cannot be reached or answers nonsense', async () => {
    nock(upstream).post(tokenPath).replyWithError('connect ECONNREFUSED');
    expect((await requestToken()).status).toBe(502);
    nock(upstream).post(tokenPath).reply(200, 'not json');
    expect((await requestToken()).status).toBe(502);
    nock(upstream).post(tokenPath).reply(200, { token: 'only-a-token' });
    expect((await requestToken()).status).toBe(502);
    expect(service.logs()).not.toContain(secret);
  });

  const resume = (body: unknown) =>
    fetch(`${service.base}/api/directline/resume`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  it('continues a conversation after a reload: our resume secret, then Azure reconnects it with the secret', async () => {
    nock(upstream)
      .post(tokenPath)
      .reply(200, { conversationId: 'Abc123-us', token: 'first.jwt.token', expires_in: 3600 });
    const first = JSON.parse((await requestToken()).text);
    const reconnect = nock(upstream, { reqheaders: { authorization: `Bearer ${secret}` } })
      .get('/v3/directline/conversations/Abc123-us')
      .reply(200, { conversationId: 'Abc123-us', token: 'second.jwt.token', streamUrl: 'wss://example.invalid/s' });
    const { conversationId, userId, resumeSecret } = first;
    const response = await resume({ conversationId, userId, resumeSecret });
    expect(response.status).toBe(200);
    expect(reconnect.isDone()).toBe(true);
    expect(await response.json()).toEqual({
      conversationId,
      userId,
      token: 'second.jwt.token',
      expires_in: 1800,
      resumeSecret,
    });
  });

  it('refuses a wrong secret or Azure token without asking Azure, and a conversation Azure forgot', async () => {
    nock(upstream)
      .post(tokenPath)
      .reply(200, { conversationId: 'Abc123-us', token: 'first.jwt.token', expires_in: 3600 });
    const { conversationId, userId, resumeSecret } = JSON.parse((await requestToken()).text);
    expect((await resume({ conversationId, userId, resumeSecret: `${resumeSecret.slice(1)}x` })).status).toBe(403);
    expect((await resume({ conversationId, userId: 'dl_someone_else', resumeSecret })).status).toBe(403);
    expect((await resume({ conversationId, userId, token: 'first.jwt.token' })).status).toBe(403);
    expect(nock.pendingMocks()).toEqual([]);
    nock(upstream)
      .get('/v3/directline/conversations/Abc123-us')
      .reply(404, { error: { code: 'BadArgument' } });
    expect((await resume({ conversationId, userId, resumeSecret })).status).toBe(403);
    nock(upstream).get('/v3/directline/conversations/Abc123-us').reply(503);
    expect((await resume({ conversationId, userId, resumeSecret })).status).toBe(502);
    expect(service.logs()).not.toContain(secret);
  });

  it('continues a stopped conversation from its resume code through Azure', async () => {
    const stopped = new Conversation().sayAll(['start', 'yes', 'stop']);
    const key = 'directline:Stopped42-us';
    await service.store.withConversation(key, (tx) =>
      tx.commit({
        key,
        expectedVersion: null,
        snapshot: stopped.turn.snapshot,
        channel: 'directline',
        activityId: 'a1',
        replies: [],
        record: { ...stopped.record, reference: 'K7F-29Q' },
        crisisEvents: [],
        outbox: [],
        at: new Date().toISOString(),
        resumeCode: {
          reference: 'K7F-29Q',
          secret: 'M4T8RW',
          userId: 'dl_stopped',
          expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
        },
      }),
    );
    nock(upstream, { reqheaders: { authorization: `Bearer ${secret}` } })
      .get('/v3/directline/conversations/Stopped42-us')
      .reply(200, { conversationId: 'Stopped42-us', token: 'resumed.jwt.token', expires_in: 1800 });
    const response = await fetch(`${service.base}/api/directline/resume-code`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code: 'k7f29q m4t8rw' }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      conversationId: 'Stopped42-us',
      userId: 'dl_stopped',
      token: 'resumed.jwt.token',
      resumeSecret: expect.any(String),
    });
  });

  it('does not mount the local Direct Line (Web Chat talks to Azure)', async () => {
    const response = await fetch(`${service.base}/v3/directline/tokens/generate`, { method: 'POST' });
    expect(response.status).toBe(404);
  });
});
