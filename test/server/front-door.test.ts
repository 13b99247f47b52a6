// The lock on POST /api/messages, over real HTTP: who may post in each mode, where replies may go, and 401s for bad JWTs.
import { networkInterfaces } from 'node:os';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isDirectLoopbackCaller, isLoopbackAddress, loopbackServiceUrl } from '../../src/bot/front-door.js';
import { botClient, promptOf, startTestService, type TestService } from '../helpers/service.js';

const externalAddress = Object.values(networkInterfaces())
  .flat()
  .find((i) => i && i.family === 'IPv4' && !i.internal)?.address;

const activity = (overrides: Record<string, unknown> = {}) => ({
  type: 'message',
  id: `m-${Math.random()}`,
  channelId: 'directline',
  serviceUrl: 'http://127.0.0.1:9/',
  conversation: { id: `front-door-${Math.random()}` },
  from: { id: 'u1' },
  recipient: { id: 'bot' },
  locale: 'en-US',
  text: 'start',
  deliveryMode: 'expectReplies',
  ...overrides,
});

const post = (base: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${base}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

describe('who counts as this machine', () => {
  it('knows loopback addresses in both families, and nothing else', () => {
    for (const address of ['127.0.0.1', '127.8.9.10', '::1', '::ffff:127.0.0.1']) {
      expect(isLoopbackAddress(address)).toBe(true);
    }
    for (const address of ['10.0.0.1', '192.0.2.2', 'fd00::2', '::ffff:10.0.0.1', '', undefined]) {
      expect(isLoopbackAddress(address)).toBe(false);
    }
  });

  it('never trusts a loopback socket that a proxy forwarded', () => {
    const socket = { remoteAddress: '127.0.0.1' };
    expect(isDirectLoopbackCaller({ socket, headers: {} } as never)).toBe(true);
    for (const header of ['forwarded', 'x-forwarded-for', 'x-forwarded-host', 'x-real-ip', 'via']) {
      expect(isDirectLoopbackCaller({ socket, headers: { [header]: '203.0.113.9' } } as never)).toBe(false);
    }
  });

  it('writes IPv6 loopback service URLs so the connector can call them, and refuses other hosts', () => {
    expect(loopbackServiceUrl('http://[::1]:3978/api/x')).toBe('http://127.0.0.1:3978/api/x');
    expect(loopbackServiceUrl('http://localhost:9000/')).toBe('http://localhost:9000/');
    expect(loopbackServiceUrl('http://127.0.0.1:9000')).toBe('http://127.0.0.1:9000/');
    for (const url of [
      'https://evil.example/',
      'http://169.254.169.254/',
      'http://[fd00::2]:80/',
      'file:///etc/passwd',
      'x',
    ]) {
      expect(loopbackServiceUrl(url)).toBeUndefined();
    }
  });
});

describe('without bot credentials (development)', () => {
  let service: TestService;
  beforeAll(async () => {
    service = await startTestService();
    nock.disableNetConnect();
    nock.enableNetConnect(
      (host) =>
        host.startsWith('127.0.0.1') ||
        host.startsWith('localhost') ||
        (externalAddress !== undefined && host.startsWith(externalAddress)),
    );
  });
  afterAll(async () => {
    nock.cleanAll();
    nock.enableNetConnect();
    await service.close();
  });

  it('answers an unauthenticated caller on this machine', async () => {
    const response = await post(service.base, activity());
    expect(response.status).toBe(200);
  });

  it.skipIf(!externalAddress)('refuses the same caller from another address (401)', async () => {
    const response = await post(`http://${externalAddress}:${service.port}`, activity());
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: expect.stringMatching(/Unauthorized/) });
  });

  it('refuses a loopback caller that came through a proxy (401)', async () => {
    for (const header of ['X-Forwarded-For', 'Forwarded']) {
      const response = await post(service.base, activity(), { [header]: 'for=203.0.113.9' });
      expect(response.status).toBe(401);
    }
  });

  it('never sends replies to a serviceUrl elsewhere (no request on anyone’s behalf)', async () => {
    const elsewhere = nock('https://internal.example').post(/.*/).reply(200, {});
    const response = await post(
      service.base,
      activity({ serviceUrl: 'https://internal.example/', deliveryMode: undefined }),
    );
    expect(response.status).toBe(403);
    expect(elsewhere.isDone()).toBe(false);
  });

  it('replies to an IPv6 loopback serviceUrl (as a local client on [::1] gives it)', async () => {
    const sent: unknown[] = [];
    const channel = nock('http://127.0.0.1:9')
      .post(/\/v3\/conversations\/.+\/activities/)
      .times(5)
      .reply(200, (_uri, body) => {
        sent.push(body);
        return { id: 'r' };
      });
    const response = await post(service.base, activity({ serviceUrl: 'http://[::1]:9/', deliveryMode: undefined }));
    expect(response.status).toBe(200);
    expect(sent.length).toBeGreaterThan(0);
    channel.persist(false);
    nock.cleanAll();
  });

  it('answers a redelivered activity from storage only within its own conversation', async () => {
    const mine = botClient(service.base);
    await mine.start();
    const first = await mine.say('start', 'shared-id');
    expect(promptOf(first.activities)?.field).toBe('consent');
    const other = botClient(service.base);
    await other.start();
    const theirs = await other.say('start', 'shared-id');
    // Same activity id, other conversation: a turn of its own, not my stored replies.
    expect(theirs.activities).not.toEqual(first.activities);
    expect(promptOf(theirs.activities)?.field).toBe('consent');
  });
});

describe('production without Azure (self-hosted Direct Line only)', () => {
  it('accepts no outside caller on /api/messages, even from this machine', async () => {
    const service = await startTestService({
      NODE_ENV: 'production',
      RECORD_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64'),
      DIRECT_LINE_MODE: 'local',
      DIRECT_LINE_LOCAL_KEY: 'a-local-direct-line-signing-key-of-40-chars',
    });
    try {
      expect(service.frontDoor).toBe('closed');
      expect((await post(service.base, activity())).status).toBe(401);
      // The widget's own channel still works.
      const token = await fetch(`${service.base}/api/directline/token`, { method: 'POST' });
      expect(token.status).toBe(200);
    } finally {
      await service.close();
    }
  });
});

describe('with bot credentials: Bot Framework JWTs', () => {
  const appId = '11111111-2222-3333-4444-555555555555';
  const serviceUrl = 'https://smba.trafficmanager.example/teams/';
  let service: TestService;
  let signingKey: Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];
  let strangerKey: Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];

  const token = (
    claims: Record<string, unknown> = {},
    options: { key?: Awaited<ReturnType<typeof generateKeyPair>>['privateKey']; exp?: number; kid?: string } = {},
  ) =>
    new SignJWT({ serviceurl: serviceUrl, ...claims })
      .setProtectedHeader({ alg: 'RS256', kid: options.kid ?? 'test-key', typ: 'JWT' })
      .setIssuer(typeof claims.iss === 'string' ? claims.iss : 'https://api.botframework.com')
      .setAudience(typeof claims.aud === 'string' ? claims.aud : appId)
      .setIssuedAt()
      .setNotBefore(Math.floor(Date.now() / 1000) - 60)
      .setExpirationTime(options.exp ?? Math.floor(Date.now() / 1000) + 3_600)
      .sign(options.key ?? signingKey);

  beforeAll(async () => {
    const pair = await generateKeyPair('RS256', { extractable: true });
    signingKey = pair.privateKey;
    strangerKey = (await generateKeyPair('RS256')).privateKey;
    const jwk = {
      ...(await exportJWK(pair.publicKey)),
      kid: 'test-key',
      use: 'sig',
      endorsements: ['msteams', 'directline'],
    };
    nock.disableNetConnect();
    nock.enableNetConnect(/127\.0\.0\.1|localhost/);
    nock('https://login.botframework.com')
      .persist()
      .get('/v1/.well-known/openidconfiguration')
      .reply(200, {
        issuer: 'https://api.botframework.com',
        jwks_uri: 'https://login.botframework.com/v1/.well-known/keys',
        id_token_signing_alg_values_supported: ['RS256'],
      })
      .get('/v1/.well-known/keys')
      .reply(200, { keys: [jwk] });
    service = await startTestService({ MicrosoftAppId: appId, MicrosoftAppPassword: 'not-a-real-secret' });
  });
  afterAll(async () => {
    nock.cleanAll();
    nock.enableNetConnect();
    await service?.close();
  });

  const send = async (authorization: string | undefined) => {
    const headers: Record<string, string> = authorization ? { authorization } : {};
    return post(service.base, activity({ channelId: 'msteams', serviceUrl }), headers);
  };

  it('accepts a valid channel token and answers with the turn', async () => {
    const response = await send(`Bearer ${await token()}`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { activities: unknown[] };
    expect(body.activities.length).toBeGreaterThan(0);
  });

  it('answers 401, never 500, to a missing, forged, expired, wrong-audience or wrong-issuer token', async () => {
    const now = Math.floor(Date.now() / 1000);
    const cases: Record<string, string | undefined> = {
      missing: undefined,
      garbage: 'Bearer not.a.jwt',
      'not bearer': `Basic ${Buffer.from('a:b').toString('base64')}`,
      'signed by a stranger': `Bearer ${await token({}, { key: strangerKey })}`,
      'unknown key id': `Bearer ${await token({}, { kid: 'nope' })}`,
      expired: `Bearer ${await token({}, { exp: now - 3_600 })}`,
      'wrong audience': `Bearer ${await token({ aud: 'someone-else' })}`,
      'wrong issuer': `Bearer ${await token({ iss: 'https://evil.example' })}`,
      'other serviceUrl': `Bearer ${await token({ serviceurl: 'https://evil.example/' })}`,
      unsigned: `Bearer ${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${Buffer.from(
        JSON.stringify({ iss: 'https://api.botframework.com', aud: appId, serviceurl: serviceUrl, exp: now + 600 }),
      ).toString('base64url')}.`,
    };
    for (const [name, authorization] of Object.entries(cases)) {
      const response = await send(authorization);
      expect(response.status, name).toBe(401);
      const body = (await response.json()) as { error: string };
      expect(body, name).toEqual({ error: 'Unauthorized.' });
    }
  });

  it('does not let this machine in without a token either', async () => {
    expect((await post(service.base, activity())).status).toBe(401);
  });
});
