// The queue as a Teams tab: the SSO exchange over real HTTP, with Entra's keys served by nock. A valid token for a
// staff account opens a tab session (its own SameSite=None; Secure; Partitioned cookie) that sees the queue with the
// account's role and needs CSRF tokens for changes; every other token is refused, and so is a person with no account.
import { exportJWK, generateKeyPair, type JWTPayload, SignJWT } from 'jose';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cliActor, StaffService } from '../../src/review/auth/staff-service.js';
import { defaultPractice } from '../helpers/conversation.js';
import { startTestService, type TestService } from '../helpers/service.js';
import { StaffBrowser } from '../helpers/staff-client.js';

const appId = '11111111-2222-4333-8444-555555555555';
const tenant = 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee';
const otherTenant = 'ffffffff-bbbb-4ccc-8ddd-eeeeeeeeeeee';
const publicUrl = 'https://intake.example.org';
const audience = `api://intake.example.org/${appId}`;
const kid = 'test-key-1';
const clinicianOid = '0b0b0b0b-1111-4222-8333-444444444444';

type Key = Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];
let signingKey: Key;
let strangerKey: Key;
let jwks: { keys: object[] };
let service: TestService;
let staff: StaffService;

function claims(overrides: JWTPayload = {}): JWTPayload {
  return {
    iss: `https://login.microsoftonline.com/${tenant}/v2.0`,
    aud: audience,
    tid: tenant,
    oid: clinicianOid,
    scp: 'access_as_user',
    preferred_username: 'clinician@example.org',
    ...overrides,
  };
}

async function token(payload: JWTPayload = claims(), key: Key = signingKey, expiresIn = '1h'): Promise<string> {
  return new SignJWT(payload)
    .setProtectedHeader({ alg: 'RS256', kid })
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(key);
}

/** Entra's key endpoint for a tenant, as the verifier fetches it. */
function serveKeys(tenantId = tenant) {
  return nock('https://login.microsoftonline.com').get(`/${tenantId}/discovery/v2.0/keys`).reply(200, jwks);
}

function exchange(body: unknown, contentType = 'application/json') {
  return fetch(`${service.base}/api/teams/sso`, {
    method: 'POST',
    headers: { 'content-type': contentType },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** The tab's session cookie from a successful exchange, as the browser would send it back. */
function tabCookie(response: Response): string {
  const line = response.headers.getSetCookie().find((c) => c.startsWith('__Host-intake_teams='));
  if (!line) throw new Error('no tab session cookie');
  return (line.split(';')[0] ?? '').trim();
}

beforeAll(async () => {
  nock.disableNetConnect();
  nock.enableNetConnect('127.0.0.1');
  const published = await generateKeyPair('RS256');
  signingKey = published.privateKey;
  ({ privateKey: strangerKey } = await generateKeyPair('RS256'));
  jwks = { keys: [{ ...(await exportJWK(published.publicKey)), kid, use: 'sig', alg: 'RS256' }] };
  service = await startTestService(
    { MicrosoftAppId: appId, PUBLIC_URL: publicUrl },
    { ...defaultPractice, teams: { tenantIds: [tenant] } },
  );
  staff = new StaffService(service.store);
  await staff.addAccount('clinician@example.org', 'clinician', cliActor);
  await staff.addAccount('desk@example.org', 'front-desk', cliActor);
  await staff.setEntraObjectId('clinician@example.org', clinicianOid, cliActor);
}, 60_000);

afterEach(() => {
  nock.cleanAll();
});

afterAll(async () => {
  nock.enableNetConnect();
  await service?.close();
});

describe('POST /api/teams/sso', () => {
  it('accepts a valid token for a linked account: a tab session in its own cross-site cookie', async () => {
    serveKeys();
    const response = await exchange({ token: await token() });
    expect(response.status).toBe(200);
    const line = response.headers.getSetCookie().find((c) => c.startsWith('__Host-intake_teams=')) ?? '';
    expect(line).toMatch(/; HttpOnly/i);
    expect(line).toMatch(/; Secure/i);
    expect(line).toMatch(/; SameSite=None/i);
    expect(line).toMatch(/; Partitioned/i);
    expect(line).toMatch(/; Path=\//i);

    const audit = await service.store.review((tx) => tx.auditLog({ limit: 5 }));
    expect(audit[0]).toMatchObject({ action: 'sign-in', via: 'teams', actorEmail: 'clinician@example.org' });
  });

  it('finds an account by its sign-in email when none is linked yet, and links it', async () => {
    serveKeys();
    const deskOid = '0c0c0c0c-1111-4222-8333-444444444444';
    const response = await exchange({
      token: await token(claims({ oid: deskOid, preferred_username: 'Desk@Example.org' })),
    });
    expect(response.status).toBe(200);
    const desk = await service.store.review((tx) => tx.accountByEmail('desk@example.org'));
    expect(desk?.entraObjectId).toBe(deskOid);
  });

  const refusals: [string, () => Promise<string>, number, string][] = [
    ['a wrong audience', () => token(claims({ aud: 'api://elsewhere.example/other-app' })), 401, 'invalid-token'],
    ['a tenant not on the allow-list', () => token(claims({ tid: otherTenant })), 401, 'invalid-token'],
    [
      'an issuer of another tenant',
      () => token(claims({ iss: `https://login.microsoftonline.com/${otherTenant}/v2.0` })),
      401,
      'invalid-token',
    ],
    [
      'an expired token',
      () => token(claims({ exp: Math.floor(Date.now() / 1000) - 3600 }), signingKey, '-1h'),
      401,
      'invalid-token',
    ],
    [
      'an unsigned token (alg: none)',
      async () => {
        const encode = (part: object) => Buffer.from(JSON.stringify(part)).toString('base64url');
        const now = Math.floor(Date.now() / 1000);
        return `${encode({ alg: 'none', typ: 'JWT' })}.${encode({ ...claims(), iat: now, exp: now + 3600 })}.`;
      },
      401,
      'invalid-token',
    ],
    ['a token signed with another key', () => token(claims(), strangerKey), 401, 'invalid-token'],
    ['a token without the access_as_user scope', () => token(claims({ scp: 'User.Read' })), 401, 'invalid-token'],
    [
      'a token for a person with no account',
      () => token(claims({ oid: '0d0d0d0d-1111-4222-8333-444444444444', preferred_username: 'stranger@example.org' })),
      403,
      'no-account',
    ],
  ];

  for (const [what, make, status, reason] of refusals) {
    it(`refuses ${what}`, async () => {
      serveKeys();
      const response = await exchange({ token: await make() });
      expect(response.status).toBe(status);
      expect(await response.json()).toMatchObject({ reason });
      expect(response.headers.getSetCookie().some((c) => c.includes('intake_teams='))).toBe(false);
    });
  }

  it('never fetches the keys of a tenant that is not allow-listed', async () => {
    const scope = serveKeys(otherTenant);
    await exchange({ token: await token(claims({ tid: otherTenant })) });
    expect(scope.isDone()).toBe(false);
  });

  it('refuses a disabled account', async () => {
    await staff.addAccount('gone@example.org', 'clinician', cliActor);
    await staff.setDisabled('gone@example.org', true, cliActor);
    serveKeys();
    const response = await exchange({
      token: await token(
        claims({ oid: '0e0e0e0e-1111-4222-8333-444444444444', preferred_username: 'gone@example.org' }),
      ),
    });
    expect(response.status).toBe(403);
  });

  it('answers malformed requests clearly: no token, not JSON, not a JWT', async () => {
    expect((await exchange({})).status).toBe(400);
    expect((await exchange('token=abc', 'application/x-www-form-urlencoded')).status).toBe(415);
    const garbage = await exchange({ token: 'x'.repeat(40) });
    expect(garbage.status).toBe(401);
  });

  it('says the keys are unavailable when Entra does not answer, without blaming the token', async () => {
    nock('https://login.microsoftonline.com').get(`/${tenant}/discovery/v2.0/keys`).replyWithError('offline');
    const fresh = await startTestService(
      { MicrosoftAppId: appId, PUBLIC_URL: publicUrl },
      { ...defaultPractice, teams: { tenantIds: [tenant] } },
    );
    try {
      const response = await fetch(`${fresh.base}/api/teams/sso`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ token: await token() }),
      });
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({ reason: 'unavailable' });
    } finally {
      await fresh.close();
    }
  }, 60_000);
});

describe('the tab session', () => {
  it('sees the queue with its role, and changes need the tab’s CSRF token', async () => {
    serveKeys();
    const signedIn = await exchange({ token: await token() });
    const browser = new StaffBrowser(service.base);
    // The browser keeps the tab's cookie as it was set.
    const cookie = tabCookie(signedIn);
    const queue = await browser.request('GET', '/review', { headers: { cookie } });
    expect(queue.status).toBe(200);
    expect(queue.body).toContain('clinician@example.org');
    const api = await fetch(`${service.base}/api/intakes`, { headers: { cookie } });
    expect(api.status).toBe(200);

    // A change without a token is refused; with the page's token and the tab's CSRF cookie it goes through.
    const bare = await fetch(`${service.base}/review/sign-out`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: '',
      redirect: 'manual',
    });
    expect(bare.status).toBe(403);
    const csrfCookie = queue.headers.getSetCookie().find((c) => c.startsWith('__Host-intake_teams_csrf=')) ?? '';
    expect(csrfCookie).toMatch(/SameSite=None/i);
    expect(csrfCookie).toMatch(/Partitioned/i);
    const signOut = await fetch(`${service.base}/review/sign-out`, {
      method: 'POST',
      headers: {
        cookie: `${cookie}; ${csrfCookie.split(';')[0]}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: new URLSearchParams({ _csrf: browser.csrf }).toString(),
      redirect: 'manual',
    });
    expect(signOut.status).toBe(303);
    // The session ended on the server: the same cookie no longer opens the queue.
    const after = await fetch(`${service.base}/api/intakes`, { headers: { cookie } });
    expect(after.status).toBe(401);
  });

  it('is not accepted in the dashboard’s own cookie, nor a dashboard session in the tab’s', async () => {
    serveKeys();
    const signedIn = await exchange({ token: await token() });
    const value = tabCookie(signedIn).split('=')[1];
    const asWeb = await fetch(`${service.base}/api/intakes`, { headers: { cookie: `intake_staff=${value}` } });
    expect(asWeb.status).toBe(401);
  });

  it('lets Teams frame the queue’s pages, but never the password pages', async () => {
    const queue = await fetch(`${service.base}/review`, { redirect: 'manual' });
    expect(queue.headers.get('content-security-policy')).toMatch(
      /frame-ancestors 'self' https:\/\/teams\.microsoft\.com/,
    );
    const signIn = await fetch(`${service.base}/review/sign-in`);
    expect(signIn.headers.get('content-security-policy')).toMatch(/frame-ancestors 'self'(;|$)/);
    const chat = await fetch(`${service.base}/api/widget/config`);
    expect(chat.headers.get('content-security-policy')).not.toMatch(/teams\.microsoft\.com/);
  });

  it('opens in Teams on a page that signs in through Teams; elsewhere the normal sign-in', async () => {
    const inTeams = await fetch(`${service.base}/review?inTeams=1`, { redirect: 'manual' });
    expect(inTeams.status).toBe(200);
    const html = await inTeams.text();
    expect(html).toContain('src="/review/assets/teams-js.js"');
    expect(html).toContain('src="/review/assets/teams-tab.js"');
    const plain = await fetch(`${service.base}/review`, { redirect: 'manual' });
    expect(plain.status).toBe(303);
    expect(plain.headers.get('location')).toBe('/review/sign-in');
    const script = await fetch(`${service.base}/review/assets/teams-js.js`);
    expect(script.status).toBe(200);
    expect(await script.text()).toContain('getAuthToken');
  });
});

describe('a server without Teams sign-in set up', () => {
  it('says so, and keeps its pages unframeable', async () => {
    const plain = await startTestService();
    try {
      const response = await fetch(`${plain.base}/api/teams/sso`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ token: 'x'.repeat(40) }),
      });
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({ reason: 'not-configured' });
      const queue = await fetch(`${plain.base}/review?inTeams=1`, { redirect: 'manual' });
      expect(queue.status).toBe(303);
      expect(queue.headers.get('content-security-policy')).not.toMatch(/teams/);
    } finally {
      await plain.close();
    }
  }, 60_000);
});
