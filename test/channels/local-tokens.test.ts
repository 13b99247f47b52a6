// Local Direct Line tokens: signed, bound to one conversation and user, expiring; forged or foreign ones refused.
import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { LocalTokens } from '../../src/channels/local-tokens.js';
import { HttpError } from '../../src/http/http-error.js';

const key = 'k'.repeat(40);
const statusOf = async (run: () => Promise<unknown>) => {
  try {
    await run();
    return 200;
  } catch (error) {
    return error instanceof HttpError ? error.status : 500;
  }
};

describe('LocalTokens', () => {
  it('grants one conversation to one user until the token expires', async () => {
    let now = 1_700_000_000_000;
    const tokens = new LocalTokens(key, 60, () => now);
    const mine = await tokens.issue({ conversationId: 'c-mine', userId: 'u_me', locale: 'es-ES' });
    const bearer = `Bearer ${mine.token}`;
    expect(await tokens.verify(bearer, 'c-mine')).toMatchObject({
      conversationId: 'c-mine',
      userId: 'u_me',
      locale: 'es-ES',
    });
    expect(await statusOf(() => tokens.verify(bearer, 'c-theirs'))).toBe(403);
    expect(await statusOf(() => tokens.verify(undefined))).toBe(403);
    expect(await statusOf(() => tokens.verify(mine.token))).toBe(403);
    now += 61_000;
    expect(await statusOf(() => tokens.verify(bearer))).toBe(403);
  });

  it('refuses tokens signed with another key, unsigned, or with the claims changed', async () => {
    const tokens = new LocalTokens(key);
    const other = new LocalTokens('o'.repeat(40));
    const foreign = await other.issue({ conversationId: 'c', userId: 'u' });
    expect(await statusOf(() => tokens.verify(`Bearer ${foreign.token}`))).toBe(403);
    const genuine = await tokens.issue({ conversationId: 'c', userId: 'u' });
    const [header, , signature] = genuine.token.split('.');
    const tampered = Buffer.from(
      JSON.stringify({ conv: 'someone-else', user: 'u', iss: 'intake-local-direct-line', exp: 9e9 }),
    ).toString('base64url');
    expect(await statusOf(() => tokens.verify(`Bearer ${header}.${tampered}.${signature}`))).toBe(403);
    const unsigned = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${tampered}.`;
    expect(await statusOf(() => tokens.verify(`Bearer ${unsigned}`))).toBe(403);
    const noIssuer = await new SignJWT({ conv: 'c', user: 'u' })
      .setProtectedHeader({ alg: 'HS256' })
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode(key));
    expect(await statusOf(() => tokens.verify(`Bearer ${noIssuer}`))).toBe(403);
  });
});
