// The local Direct Line's memory on its own: watermarks, caps, idle conversations and token expiry on a fake clock.
import { describe, expect, it } from 'vitest';
import { ChannelError } from '../../src/channels/channel-error.js';
import { ConversationStore } from '../../src/channels/conversation-store.js';
import { ownBase } from '../../src/channels/direct-line-router.js';

const user = { id: 'u_test', role: 'user' as const };
const bearer = (token: string) => `Bearer ${token}`;
const statusOf = (run: () => unknown) => {
  try {
    run();
    return 200;
  } catch (error) {
    return error instanceof ChannelError ? error.status : 500;
  }
};

describe('ConversationStore', () => {
  it('lists activities after a watermark and keeps paging past the cap', () => {
    const store = new ConversationStore({ maxActivities: 3 });
    const { conversation } = store.create(user);
    for (let i = 1; i <= 5; i++) store.append(conversation, { type: 'message', from: user, text: `m${i}` });
    const all = store.after(conversation, undefined);
    expect(all.activities.map((a) => a.text)).toEqual(['m3', 'm4', 'm5']);
    expect(all.watermark).toBe('5');
    expect(store.after(conversation, 3).activities.map((a) => a.text)).toEqual(['m4', 'm5']);
    expect(store.after(conversation, 1).activities.map((a) => a.text)).toEqual(['m3', 'm4', 'm5']);
    expect(store.after(conversation, 5)).toEqual({ activities: [], watermark: '5' });
    expect(all.activities[0]?.id).toBe(`${conversation.id}|0000003`);
  });

  it('binds tokens to one conversation and expires them', () => {
    let now = 1_000_000;
    const store = new ConversationStore({ tokenTtlSeconds: 60, now: () => now });
    const mine = store.create(user);
    const theirs = store.create(user);
    expect(store.authorize(bearer(mine.token), mine.conversation.id).conversation).toBe(mine.conversation);
    expect(statusOf(() => store.authorize(bearer(theirs.token), mine.conversation.id))).toBe(403);
    expect(statusOf(() => store.authorize(undefined))).toBe(403);
    expect(statusOf(() => store.authorize(mine.token))).toBe(403);
    now += 61_000;
    expect(statusOf(() => store.authorize(bearer(mine.token)))).toBe(403);
  });

  it('drops conversations idle for a day, and the least recent over the cap', () => {
    let now = 0;
    const store = new ConversationStore({
      maxConversations: 3,
      idleMs: 1_000,
      tokenTtlSeconds: 10_000,
      now: () => now,
    });
    const old = store.create(user);
    now = 500;
    const a = store.create(user);
    now = 600;
    store.create(user);
    expect(store.size).toBe(3);
    now = 700;
    store.create(user);
    expect(store.size).toBe(3);
    expect(store.find(old.conversation.id)).toBeUndefined();
    expect(statusOf(() => store.authorize(bearer(old.token)))).toBe(403);
    now = 100_000;
    store.create(user);
    expect(store.size).toBe(1);
    expect(store.find(a.conversation.id)).toBeUndefined();
  });
});

describe('ownBase (the serviceUrl the bot replies to)', () => {
  const socket = (localAddress: string) =>
    ({ socket: { localAddress, localPort: 3978 } }) as Parameters<typeof ownBase>[0];
  it('uses PUBLIC_URL when set, else the address the request arrived on (never the Host header)', () => {
    expect(ownBase(socket('127.0.0.1'), 'https://intake.example.org/')).toBe('https://intake.example.org');
    expect(ownBase(socket('::ffff:127.0.0.1'), undefined)).toBe('http://127.0.0.1:3978');
    expect(ownBase(socket('::1'), undefined)).toBe('http://[::1]:3978');
  });
});
