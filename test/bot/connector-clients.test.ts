// The adapter keeps one connector client per caller, channel address and audience instead of building one (and its
// HTTP pipeline) for every activity; a client that could not be made is asked for again.
import type { Activity, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { IntakeAdapter } from '../../src/bot/adapter.js';

function countingAuth(caller: { value: string }, fail: { next: boolean }) {
  const made: string[] = [];
  const auth = {
    authenticateRequest: async () => ({
      audience: 'https://api.botframework.com',
      callerId: undefined,
      claimsIdentity: { isAuthenticated: true, claims: [{ type: 'appid', value: caller.value }] },
      connectorFactory: {
        create: async (serviceUrl: string, audience?: string) => {
          if (fail.next) {
            fail.next = false;
            throw new Error('no token');
          }
          made.push(`${serviceUrl} ${audience}`);
          return { serviceUrl, n: made.length };
        },
      },
    }),
  };
  return { auth: auth as unknown as ConfigurationBotFrameworkAuthentication, made };
}

describe('connector clients', () => {
  it('are made once per caller, address and audience, and again after a failure', async () => {
    const caller = { value: 'channel-a' };
    const fail = { next: false };
    const { auth, made } = countingAuth(caller, fail);
    const adapter = new IntakeAdapter(auth);
    const activity = {} as Activity;
    const client = async (serviceUrl: string, audience = 'aud') => {
      const result = await adapter.authenticate(activity, 'Bearer x');
      return result.connectorFactory?.create(serviceUrl, audience);
    };
    const first = await client('https://one.example/');
    expect(await client('https://one.example/')).toBe(first);
    await client('https://two.example/');
    await client('https://one.example/', 'other');
    caller.value = 'channel-b';
    await client('https://one.example/');
    expect(made).toHaveLength(4);

    fail.next = true;
    await expect(client('https://three.example/')).rejects.toThrow('no token');
    await client('https://three.example/');
    expect(made).toHaveLength(5);
  });
});
