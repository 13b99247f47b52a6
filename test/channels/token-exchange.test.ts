// POST /api/directline/token with DIRECT_LINE_SECRET: the secret is exchanged server-side and never leaves the server.
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
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
    expect(JSON.parse(response.text)).toEqual({
      token: 'exchanged.jwt.token',
      conversationId: 'Abc123-us',
      expires_in: 3600,
    });
    // The user id is embedded in the signed token, with the prefix Web Chat trusts only from there.
    expect(sentBody).toEqual({ user: { id: expect.stringMatching(/^dl_/) } });
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

  it('does not mount the local Direct Line (Web Chat talks to Azure)', async () => {
    const response = await fetch(`${service.base}/v3/directline/tokens/generate`, { method: 'POST' });
    expect(response.status).toBe(404);
  });
});
