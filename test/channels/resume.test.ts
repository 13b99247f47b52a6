// Resuming the widget's conversation: the previous token (up to 24 h after it expired) or the conversation's resume
// secret reconnects it, after a restart too; the conversation id alone, a wrong secret or someone else's token do not.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalTokens, resumeGraceSeconds } from '../../src/channels/local-tokens.js';
import { resumedGrant } from '../../src/channels/resume.js';
import { HttpError } from '../../src/http/http-error.js';
import { startTestService, type TestService } from '../helpers/service.js';

const statusOf = async (run: () => Promise<unknown>) => {
  try {
    await run();
    return 200;
  } catch (error) {
    return error instanceof HttpError ? error.status : 500;
  }
};

describe('resumedGrant', () => {
  it('accepts an expired token for a day, then only the resume secret', async () => {
    let now = 1_700_000_000_000;
    const tokens = new LocalTokens('k'.repeat(40), 60, () => now);
    const grant = { conversationId: 'c-mine', userId: 'u_me', locale: 'en-US' };
    const { token } = await tokens.issue(grant);
    const ids = { conversationId: grant.conversationId, userId: grant.userId };
    now += 61_000;
    expect(await resumedGrant(tokens, { ...ids, token })).toMatchObject(grant);
    now += (resumeGraceSeconds - 120) * 1000;
    expect(await statusOf(() => resumedGrant(tokens, { ...ids, token }))).toBe(200);
    now += 180_000;
    expect(await statusOf(() => resumedGrant(tokens, { ...ids, token }))).toBe(403);
    const resumeSecret = tokens.resumeSecret(grant);
    expect(await resumedGrant(tokens, { ...ids, resumeSecret })).toMatchObject(ids);
  });

  it('refuses the ids alone, a wrong secret, another user or another conversation', async () => {
    const tokens = new LocalTokens('k'.repeat(40));
    const grant = { conversationId: 'c-mine', userId: 'u_me' };
    const { token } = await tokens.issue(grant);
    const secret = tokens.resumeSecret(grant);
    expect(await statusOf(() => resumedGrant(tokens, grant))).toBe(400);
    expect(await statusOf(() => resumedGrant(tokens, { ...grant, resumeSecret: `${secret.slice(1)}A` }))).toBe(403);
    expect(await statusOf(() => resumedGrant(tokens, { ...grant, userId: 'u_other', token }))).toBe(403);
    expect(await statusOf(() => resumedGrant(tokens, { ...grant, conversationId: 'c-theirs', token }))).toBe(403);
    expect(
      await statusOf(() => resumedGrant(tokens, { conversationId: 'c-theirs', userId: 'u_me', resumeSecret: secret })),
    ).toBe(403);
    const other = new LocalTokens('o'.repeat(40));
    expect(
      await statusOf(async () => resumedGrant(tokens, { ...grant, token: (await other.issue(grant)).token })),
    ).toBe(403);
  });
});

describe('POST /api/directline/resume over HTTP', () => {
  let service: TestService;
  beforeAll(async () => {
    service = await startTestService();
  }, 60_000);
  afterAll(async () => {
    await service?.close();
  });

  const post = (path: string, body: unknown) =>
    fetch(`${service.base}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  it('gives the same conversation a fresh token and keeps its history', async () => {
    const started = await (await post('/api/directline/token', { locale: 'en-US' })).json();
    expect(started).toMatchObject({ conversationId: expect.any(String), userId: expect.any(String) });
    expect(started.resumeSecret).toMatch(/^[A-Za-z0-9_-]{20,}$/);
    const auth = { authorization: `Bearer ${started.token}`, 'content-type': 'application/json' };
    await fetch(`${service.base}/v3/directline/conversations`, { method: 'POST', headers: auth, body: '{}' });
    const listed = async (token: string) =>
      (
        await (
          await fetch(`${service.base}/v3/directline/conversations/${started.conversationId}/activities`, {
            headers: { authorization: `Bearer ${token}` },
          })
        ).json()
      ).activities as unknown[];
    await expect.poll(async () => (await listed(started.token)).length, { timeout: 15_000 }).toBeGreaterThan(0);

    const { conversationId, userId, resumeSecret } = started;
    const bySecret = await post('/api/directline/resume', { conversationId, userId, resumeSecret });
    expect(bySecret.status).toBe(200);
    expect(bySecret.headers.get('cache-control')).toBe('no-store');
    const resumed = await bySecret.json();
    expect(resumed).toMatchObject({ conversationId, userId, resumeSecret });
    expect(resumed.token).not.toBe(started.token);
    expect((await listed(resumed.token)).length).toBe((await listed(started.token)).length);

    const byToken = await post('/api/directline/resume', { conversationId, userId, token: started.token });
    expect(byToken.status).toBe(200);
  }, 30_000);

  it('refuses the conversation id alone and answers bad input clearly', async () => {
    const started = await (await post('/api/directline/token', {})).json();
    const alone = await post('/api/directline/resume', {
      conversationId: started.conversationId,
      userId: started.userId,
    });
    expect(alone.status).toBe(400);
    const wrong = await post('/api/directline/resume', {
      conversationId: started.conversationId,
      userId: started.userId,
      resumeSecret: 'not-the-secret-of-this-conversation',
    });
    expect(wrong.status).toBe(403);
    expect((await post('/api/directline/resume', 'nonsense')).status).toBe(400);
  });
});
