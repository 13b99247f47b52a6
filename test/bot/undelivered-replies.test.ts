// Replies a channel could not take are kept and sent again until it takes them: a refused send stays in the outbox
// with its attempt counted, the next pass delivers it, and a reply too old to matter is given up, never retried forever.
// The channel is faked at its HTTP boundary (the Bot Framework connector's serviceUrl) with nock.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAdapter } from '../../src/bot/adapter.js';
import { UndeliveredReplies } from '../../src/bot/undelivered-replies.js';
import { parseEnvironment } from '../../src/config.js';
import { createLogger } from '../../src/logging.js';
import { openStore } from '../../src/store/open-store.js';
import type { IntakeStore } from '../../src/store/types.js';

const serviceUrl = 'https://channel.example.test/';
const reference = {
  serviceUrl,
  channelId: 'directline',
  conversation: { id: 'conv-1', isGroup: false, conversationType: 'personal', name: '' },
};
const reply = { type: 'message', text: 'Which pronouns should we use?' };
// A proactive send replies to the activity the adapter makes up for it: any activity path of the conversation.
const sendPath = /^\/v3\/conversations\/conv-1\/activities/;

describe('replies kept after a failed send', () => {
  let store: IntakeStore;
  let now = Date.parse('2026-12-02T10:00:00.000Z');
  let replies: UndeliveredReplies;

  beforeEach(async () => {
    const url = `sqlite:${join(mkdtempSync(join(tmpdir(), 'undelivered-')), 'intake.db')}`;
    store = await openStore(url);
    const env = parseEnvironment({ NODE_ENV: 'test', DATABASE_URL: url });
    replies = new UndeliveredReplies({
      store,
      adapter: createAdapter(env, createLogger('silent')),
      appId: '',
      logger: createLogger('silent'),
      now: () => new Date(now),
    });
    nock.disableNetConnect();
  });
  afterEach(async () => {
    nock.cleanAll();
    nock.enableNetConnect();
    await replies.stop();
    await store.close();
  });

  const outboxRow = async () => (await store.listOutbox()).find((row) => row.kind === 'bot-replies');

  it('retries a refused send after its back-off and marks it delivered once the channel takes it', async () => {
    await replies.keep(reference, [reply], 'activity-1');
    const refused = nock(serviceUrl).post(sendPath).reply(503);
    await replies.runOnce();
    expect(refused.isDone()).toBe(true);
    expect(await outboxRow()).toMatchObject({ deliveredAt: null });

    let sent: unknown;
    const taken = nock(serviceUrl)
      .post(sendPath, (body) => {
        sent = body;
        return true;
      })
      .reply(200, { id: 'sent-1' });
    // Not before its back-off: nothing is sent on the next pass right away.
    await replies.runOnce();
    expect(taken.isDone()).toBe(false);
    now += 60 * 60_000;
    await replies.runOnce();
    expect(taken.isDone()).toBe(true);
    expect(sent).toMatchObject({ type: 'message', text: reply.text });
    expect((await outboxRow())?.deliveredAt).not.toBeNull();
    // Delivered once: another pass sends nothing.
    await replies.runOnce();
    expect(nock.pendingMocks()).toEqual([]);
  }, 30_000);

  it('keeps the same turn once however often it is kept, and gives up a reply nobody is waiting for', async () => {
    await replies.keep(reference, [reply], 'activity-2');
    await replies.keep(reference, [reply], 'activity-2');
    expect((await store.listOutbox()).filter((row) => row.kind === 'bot-replies')).toHaveLength(1);
    now += 25 * 3_600_000;
    await replies.runOnce();
    const row = await outboxRow();
    expect(row?.deliveredAt).toBeNull();
    expect(nock.pendingMocks()).toEqual([]);
    // Given up: it is no longer due, however long one waits.
    now += 3_600_000;
    const due = await store.claimDueOutbox({
      now: new Date(now).toISOString(),
      kinds: ['bot-replies'],
      maxAttempts: 12,
      leaseUntil: new Date(now + 60_000).toISOString(),
      limit: 5,
    });
    expect(due).toEqual([]);
  }, 30_000);
});
