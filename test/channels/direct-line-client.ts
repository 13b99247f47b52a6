// Test helper: a Direct Line 3.0 client over real HTTP with fetch, polling like Web Chat with webSocket: false.
import type { Activityish } from '../helpers/service.js';

export interface ListedActivity extends Activityish {
  id: string;
  timestamp: string;
  from: { id: string; name?: string; role?: string };
  conversation: { id: string };
  channelId: string;
  channelData?: Activityish['channelData'] & { clientActivityID?: string };
}

export interface Grant {
  conversationId: string;
  token: string;
  expires_in: number;
}

const send = async (url: string, init: { method?: string; token?: string; body?: unknown; raw?: string } = {}) => {
  const headers: Record<string, string> = {};
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  if (init.body !== undefined || init.raw !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(url, {
    method: init.method ?? 'GET',
    headers,
    body: init.raw ?? (init.body === undefined ? undefined : JSON.stringify(init.body)),
  });
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, json, text };
};

export function directLineClient(base: string) {
  const domain = `${base}/v3/directline`;
  const generate = async (body?: unknown) => {
    const result = await send(`${domain}/tokens/generate`, { method: 'POST', body });
    return { ...result, grant: result.json as Grant };
  };
  const activities = async (conversationId: string, token: string, watermark = '') => {
    const result = await send(`${domain}/conversations/${conversationId}/activities?watermark=${watermark}`, { token });
    return { ...result, list: result.json as { activities: ListedActivity[]; watermark: string } };
  };
  return {
    domain,
    send,
    generate,
    start: (token: string, body: unknown = { user: {} }) =>
      send(`${domain}/conversations`, { method: 'POST', token, body }),
    activities,
    post: (conversationId: string, token: string, activity: unknown) =>
      send(`${domain}/conversations/${conversationId}/activities`, { method: 'POST', token, body: activity }),
    /** Polls until an activity matches, as Web Chat would (every 100 ms here), for up to 10 s. */
    waitFor: async (conversationId: string, token: string, match: (activity: ListedActivity) => boolean) => {
      for (const started = Date.now(); Date.now() - started < 10_000; ) {
        const { list } = await activities(conversationId, token);
        const found = list.activities.find(match);
        if (found) return { found, list };
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error('no matching activity within 10 s');
    },
  };
}

/** A new conversation, started: token, conversation id, and the welcome already listed. */
export async function startedConversation(client: ReturnType<typeof directLineClient>) {
  const { grant } = await client.generate();
  await client.start(grant.token);
  const { list } = await client.waitFor(
    grant.conversationId,
    grant.token,
    (a) => a.channelData?.intake?.step === 'welcome',
  );
  return { ...grant, watermark: list.watermark };
}
