// The local Direct Line's memory on its own: watermarks, bounds, idle conversations and rebuilding, on a fake clock.
import { describe, expect, it } from 'vitest';
import { ConversationStore } from '../../src/channels/conversation-store.js';

const user = { id: 'u_test', role: 'user' as const };
const say = (text: string) => ({ type: 'message', from: user, text });

describe('ConversationStore', () => {
  it('lists activities after a watermark and keeps paging past the cap', () => {
    let now = 1_000;
    const store = new ConversationStore({ maxActivities: 3, now: () => now });
    const conversation = store.open('c1', user, 'en-US');
    for (let i = 1; i <= 5; i++) {
      now += 10;
      store.append(conversation, say(`m${i}`));
    }
    const all = store.after(conversation, undefined);
    expect(all.activities.map((a) => a.text)).toEqual(['m3', 'm4', 'm5']);
    expect(all.watermark).toBe('1050');
    expect(store.after(conversation, 1030).activities.map((a) => a.text)).toEqual(['m4', 'm5']);
    expect(store.after(conversation, 1000).activities.map((a) => a.text)).toEqual(['m3', 'm4', 'm5']);
    expect(store.after(conversation, 1050)).toEqual({ activities: [], watermark: '1050' });
    expect(all.activities[0]?.id).toBe('c1|1030');
  });

  it('gives increasing sequence numbers within one millisecond', () => {
    const store = new ConversationStore({ now: () => 5_000 });
    const conversation = store.open('c1', user, undefined);
    const ids = [1, 2, 3].map((i) => store.append(conversation, say(`m${i}`)).id);
    expect(ids).toEqual(['c1|5000', 'c1|5001', 'c1|5002']);
  });

  it('frees conversations idle past the limit, and the least recently active over the count cap', () => {
    let now = 0;
    const store = new ConversationStore({ maxConversations: 3, idleMs: 1_000, now: () => now });
    store.open('old', user, undefined);
    now = 500;
    store.open('a', user, undefined);
    now = 600;
    store.open('b', user, undefined);
    now = 650;
    store.get('a');
    now = 700;
    store.open('c', user, undefined);
    expect(store.size).toBe(3);
    expect(store.get('old')).toBeUndefined();
    expect(store.get('a')).toBeDefined();
    now = 100_000;
    store.open('d', user, undefined);
    expect(store.size).toBe(1);
    expect(store.get('b')).toBeUndefined();
  });

  it('keeps all conversations together under a byte budget, freeing the least recently active', () => {
    const store = new ConversationStore({ maxBytes: 200_000 });
    for (let i = 0; i < 50; i++) {
      const conversation = store.open(`c${i}`, user, undefined);
      store.append(conversation, say('x'.repeat(3_000)));
    }
    expect(store.bytes).toBeLessThanOrEqual(200_000);
    expect(store.get('c49')).toBeDefined();
    expect(store.get('c0')).toBeUndefined();
  });

  it('keeps what a person typed for display only up to the text limit', () => {
    const store = new ConversationStore({ maxTextLength: 10 });
    const conversation = store.open('c1', user, undefined);
    expect(store.append(conversation, say('a'.repeat(50))).text).toBe(`${'a'.repeat(10)}…`);
  });

  it('rebuilds a conversation from stored replies below any watermark a client holds, and continues above it', () => {
    let now = Date.parse('2026-12-01T10:00:05.000Z');
    const store = new ConversationStore({ now: () => now });
    const history = [
      { activityId: 'c1|start', at: '2026-12-01T10:00:00.000Z', activities: [{ type: 'message', text: 'Welcome' }] },
      {
        activityId: 'c1|1764583202000',
        at: '2026-12-01T10:00:03.000Z',
        activities: [{ type: 'message', text: 'Q1', from: { id: 'x', role: 'user' } }],
      },
    ];
    const conversation = store.open('c1', user, 'en', history);
    expect(conversation.started).toBe(true);
    const listed = store.after(conversation, undefined);
    expect(listed.activities.map((a) => [a.text, a.from.role])).toEqual([
      ['Welcome', 'bot'],
      ['Q1', 'bot'],
    ]);
    const clientWatermark = Date.parse('2026-12-01T10:00:04.000Z');
    expect(store.after(conversation, clientWatermark).activities).toEqual([]);
    now += 1_000;
    const next = store.append(conversation, say('answer'));
    expect(store.after(conversation, clientWatermark).activities.map((a) => a.id)).toEqual([next.id]);
  });

  it('lists a stored turn under the same ids and sequence numbers wherever it is merged, and only once', () => {
    const turn = {
      activityId: 'c1|1764583200000',
      at: '2026-12-01T10:00:01.000Z',
      activities: [
        { type: 'message', text: 'One', id: 'bot-set', serviceUrl: 'urn:x' },
        { type: 'message', text: 'Two' },
      ],
    };
    const here = new ConversationStore({ now: () => Date.parse('2026-12-01T10:00:05.000Z') });
    const there = new ConversationStore({ now: () => Date.parse('2026-12-01T10:00:09.000Z') });
    const a = here.open('c1', user, 'en');
    const b = there.open('c1', user, 'en');
    expect(here.merge(a, [turn])).toBe(1);
    expect(here.merge(a, [turn])).toBe(0);
    expect(there.merge(b, [turn])).toBe(1);
    const listed = (store: ConversationStore, conversation: typeof a) =>
      store.after(conversation, undefined).activities.map((x) => [x.id, x.text, x.replyToId, x.serviceUrl]);
    expect(listed(here, a)).toEqual(listed(there, b));
    const at = Date.parse(turn.at);
    expect(listed(here, a)).toEqual([
      [`c1|${at + 1}`, 'One', turn.activityId, undefined],
      [`c1|${at + 2}`, 'Two', turn.activityId, undefined],
    ]);
    expect(a.started).toBe(true);
    // The next look at the store starts a little before the turn and leaves it out by id.
    expect(here.sinceOf(a)).toEqual({ at: new Date(at - 120_000).toISOString(), except: [turn.activityId] });
  });
});
