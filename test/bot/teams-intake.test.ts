// The intake in a Teams personal chat, over real HTTP with Teams-shaped activities and the Teams connector faked by
// nock: the replies reach the connector, the consent question is preceded by a plain word about the employer's Teams
// keeping the chat (and the practice's website offered instead), in the person's Teams language; notifications never
// carry what anyone typed, and crisis resources come as text (no dial buttons Teams may not open).
import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultPractice } from '../helpers/conversation.js';
import { startTestService, type TestService } from '../helpers/service.js';

const connector = 'http://127.0.0.1:3998';
const serviceUrl = `${connector}/teams/`;
const tenant = 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee';
const bot = { id: '28:intake-bot', name: 'Intake' };

interface Reply {
  type?: string;
  text?: string;
  summary?: string;
  replyToId?: string;
  attachments?: { contentType: string; content: unknown }[];
  suggestedActions?: { actions: { type: string; title: string }[] };
  channelData?: { intake?: { field?: string; step?: string } };
}

let service: TestService;
let sequence = 0;

/** One person's personal chat with the bot, as Teams sends it; replies are collected from the faked connector. */
function teamsChat(locale: string) {
  const conversationId = `a:personal-${++sequence}-${Date.now()}`;
  const person = { id: `29:person-${sequence}`, aadObjectId: '0f0f0f0f-1111-4222-8333-444444444444', name: 'Employee' };
  const replies: Reply[] = [];
  nock(connector)
    .persist()
    .post((uri) => decodeURIComponent(uri).startsWith(`/teams/v3/conversations/${conversationId}/activities`))
    .reply(200, (_uri, body) => {
      replies.push(body as Reply);
      return { id: `reply-${replies.length}` };
    });
  const send = async (activity: Record<string, unknown>) => {
    const before = replies.length;
    const response = await fetch(`${service.base}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        channelId: 'msteams',
        serviceUrl,
        id: `teams-activity-${++sequence}`,
        timestamp: new Date().toISOString(),
        locale,
        from: person,
        recipient: bot,
        conversation: { id: conversationId, conversationType: 'personal', tenantId: tenant },
        channelData: { tenant: { id: tenant } },
        ...activity,
      }),
    });
    expect(response.status).toBe(200);
    return replies.slice(before);
  };
  return {
    replies,
    start: () => send({ type: 'conversationUpdate', membersAdded: [person] }),
    say: (text: string) => send({ type: 'message', text }),
  };
}

const fieldOf = (replies: Reply[]) =>
  replies
    .map((r) => r.channelData?.intake?.field)
    .filter(Boolean)
    .at(-1);

beforeAll(async () => {
  nock.disableNetConnect();
  nock.enableNetConnect('127.0.0.1:' /* the service's own port only, below */);
  service = await startTestService({}, defaultPractice);
  nock.enableNetConnect(`127.0.0.1:${service.port}`);
}, 60_000);

afterAll(async () => {
  nock.cleanAll();
  nock.enableNetConnect();
  await service?.close();
});

async function toConsent(chat: ReturnType<typeof teamsChat>) {
  let replies = await chat.start();
  for (let turn = 0; turn < 3 && fieldOf(replies) !== 'consent'; turn++) replies = await chat.say('start');
  return replies;
}

describe('the intake in a Teams personal chat', () => {
  it('says before consent that the employer’s Teams may keep the chat, and offers the practice’s website', async () => {
    const chat = teamsChat('en-US');
    const replies = await toConsent(chat);
    expect(fieldOf(replies)).toBe('consent');
    const consentAt = replies.findIndex((r) => r.channelData?.intake?.field === 'consent');
    const notice = replies[consentAt - 1]?.text ?? '';
    expect(notice).toMatch(/employer's Teams may keep a copy/);
    expect(notice).toMatch(/retention policies, eDiscovery/);
    expect(notice).toContain(defaultPractice.website);
    // Every reply went to Teams' connector as a reply to the person's activity, with a neutral notification text.
    expect(
      chat.replies.every((r) => r.type !== 'message' || r.summary === 'New message from the intake assistant'),
    ).toBe(true);
    expect(chat.replies.every((r) => typeof r.replyToId === 'string')).toBe(true);
    // Yes/no as suggested actions, which Teams shows in a personal chat.
    expect(replies[consentAt]?.suggestedActions?.actions.map((a) => a.type)).toEqual(['imBack', 'imBack']);
  }, 60_000);

  it('speaks the person’s Teams language', async () => {
    const chat = teamsChat('es-MX');
    const replies = await toConsent(chat);
    const consentAt = replies.findIndex((r) => r.channelData?.intake?.field === 'consent');
    expect(replies[consentAt - 1]?.text).toMatch(/el Teams de su empleador puede conservar una copia/);
    expect(replies[consentAt]?.summary).toBe('Nuevo mensaje del asistente de admisión');
  }, 60_000);

  it('answers a crisis with the resources as text, no dial buttons, and no words of the person in any notification', async () => {
    const chat = teamsChat('en-US');
    await toConsent(chat);
    await chat.say('yes');
    const words = 'I am going to kill myself tonight';
    const replies = await chat.say(words);
    const text = replies.map((r) => r.text ?? '').join('\n');
    expect(text).toMatch(/988/);
    expect(JSON.stringify(replies)).not.toContain('tel:');
    for (const reply of chat.replies) expect(reply.summary ?? '').not.toContain('kill');
  }, 60_000);
});
