// Two instances of the local Direct Line over one store, behind a load balancer without sticky sessions: a client's
// requests land on either, and it sees every reply once, in order, whichever instance answered the turn.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import express from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import { ConversationStore } from '../../src/channels/conversation-store.js';
import { createDirectLineRouter } from '../../src/channels/direct-line-router.js';
import { LocalTokens } from '../../src/channels/local-tokens.js';
import type { ConversationHistory, DeliverToBot, StoredTurnReplies } from '../../src/channels/types.js';
import { createLogger } from '../../src/logging.js';
import { errorHandler } from '../../src/server/http-error.js';
import { directLineClient, type ListedActivity } from './direct-line-client.js';

const logger = createLogger('silent', new Writable({ write: (_chunk, _encoding, done) => done() }));
const tokens = new LocalTokens('a key both instances share, long enough for HS256');

/** The bot's stored turns, as the database holds them for every instance: replies only, by the answered activity. */
function sharedStore() {
  const turns: StoredTurnReplies[] = [];
  let reads = 0;
  let answered = 0;
  const history: ConversationHistory = async (conversationId, since) => {
    reads += 1;
    return turns.filter(
      (turn) =>
        turn.activityId.startsWith(`${conversationId}|`) &&
        (!since || (turn.at >= since.at && !since.except.includes(turn.activityId))),
    );
  };
  const deliver: DeliverToBot = async (activity) => {
    const at = new Date().toISOString();
    answered += 1;
    const replies =
      activity.type === 'conversationUpdate'
        ? [{ type: 'message', text: 'Welcome' }]
        : [
            { type: 'message', text: `Reply ${answered}.1` },
            { type: 'message', text: `Reply ${answered}.2` },
          ];
    // A turn takes a moment between its stamp and its commit.
    await new Promise((resolve) => setTimeout(resolve, 5));
    turns.push({ activityId: activity.id, at, activities: replies });
    return replies;
  };
  return { history, deliver, reads: () => reads };
}

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});

async function instance(shared: ReturnType<typeof sharedStore>) {
  const store = new ConversationStore();
  const app = express();
  app.use(
    '/v3/directline',
    createDirectLineRouter({
      store,
      tokens,
      deliver: shared.deliver,
      history: shared.history,
      logger,
      tokensPerMinute: 0,
    }),
  );
  app.use(errorHandler(logger));
  const server = await new Promise<Server>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  servers.push(server);
  return { client: directLineClient(`http://127.0.0.1:${(server.address() as AddressInfo).port}`), store };
}

/** A Web Chat-like poller: one watermark, whichever instance answers, every listed activity kept in order. */
function poller(conversationId: string, token: string) {
  let watermark = '';
  const seen: ListedActivity[] = [];
  return {
    seen,
    async poll(client: ReturnType<typeof directLineClient>) {
      const { list } = await client.activities(conversationId, token, watermark);
      seen.push(...list.activities);
      watermark = list.watermark;
    },
    async until(clients: ReturnType<typeof directLineClient>[], done: () => boolean) {
      for (let i = 0; !done(); i++) {
        if (i > 200) throw new Error('the expected replies were not listed');
        await this.poll(clients[i % clients.length] as ReturnType<typeof directLineClient>);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    },
  };
}

const botTexts = (seen: ListedActivity[]) => seen.filter((a) => a.from.role === 'bot').map((a) => a.text);

describe('the local Direct Line on two instances over one store', () => {
  it('lists every reply once and in order while the client moves between instances', { timeout: 60_000 }, async () => {
    const shared = sharedStore();
    const a = await instance(shared);
    const b = await instance(shared);
    const { grant } = await a.client.generate();
    await a.client.start(grant.token);
    const client = poller(grant.conversationId, grant.token);
    await client.until([b.client, a.client], () => botTexts(client.seen).includes('Welcome'));

    const expected = ['Welcome'];
    for (let turn = 1; turn <= 6; turn++) {
      // The post goes to one instance, the polls to the other one (which holds a copy from before the turn).
      const [postTo, pollOrder] = turn % 2 ? [b.client, [a.client]] : [a.client, [b.client]];
      const posted = await postTo.post(grant.conversationId, grant.token, { type: 'message', text: `answer ${turn}` });
      expect(posted.status).toBe(200);
      expected.push(`Reply ${turn + 1}.1`, `Reply ${turn + 1}.2`);
      await client.until(pollOrder, () => botTexts(client.seen).length >= expected.length);
      // A few more polls on both: nothing listed twice.
      for (const extra of [a.client, b.client, a.client]) await client.poll(extra);
    }
    expect(botTexts(client.seen)).toEqual(expected);
    const ids = client.seen.filter((x) => x.from.role === 'bot').map((x) => x.id);
    expect(new Set(ids).size).toBe(ids.length);
    // Every reply points at the message it answers, which is the echo the receiving instance listed.
    const replies = client.seen.filter((x) => x.from.role === 'bot' && x.text !== 'Welcome');
    expect(replies.every((x) => typeof x.replyToId === 'string' && x.replyToId.startsWith(grant.conversationId))).toBe(
      true,
    );
  });

  it('catches a held conversation up with one read per poll, and lists a turn once under concurrent polls', async () => {
    const shared = sharedStore();
    const a = await instance(shared);
    const b = await instance(shared);
    const { grant } = await a.client.generate();
    await a.client.start(grant.token);
    const client = poller(grant.conversationId, grant.token);
    await client.until([a.client], () => botTexts(client.seen).includes('Welcome'));
    // B answers a turn; A, holding the conversation, has not seen it.
    await b.client.post(grant.conversationId, grant.token, { type: 'message', text: 'hello' });
    const before = shared.reads();
    const lists = await Promise.all([1, 2, 3].map(() => a.client.activities(grant.conversationId, grant.token)));
    expect(shared.reads() - before).toBe(3);
    for (const { list } of lists) {
      expect(botTexts(list.activities)).toEqual(['Welcome', 'Reply 2.1', 'Reply 2.2']);
    }
    const held = a.store.get(grant.conversationId);
    expect(held?.entries.length).toBe(3);
  });
});
