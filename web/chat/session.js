// The conversation this tab continues: its ids, a refreshable token and its resume secret in sessionStorage (never
// an answer or any text), shared with new tabs of the same site over a BroadcastChannel; a closed browser forgets it.
const storageKey = 'intake.conversation';
const channelName = 'intake.conversation';
const askTimeoutMs = 400;

const isSession = (value) =>
  value &&
  typeof value.conversationId === 'string' &&
  typeof value.userId === 'string' &&
  typeof value.token === 'string' &&
  typeof value.resumeSecret === 'string';

export function loadSession() {
  try {
    const value = JSON.parse(sessionStorage.getItem(storageKey) ?? 'null');
    return isSession(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

export function saveSession({ conversationId, userId, token, resumeSecret }) {
  try {
    sessionStorage.setItem(storageKey, JSON.stringify({ conversationId, userId, token, resumeSecret }));
  } catch {
    // Without storage a reload starts a new conversation; the chat itself still works.
  }
}

export function forgetSession() {
  try {
    sessionStorage.removeItem(storageKey);
  } catch {
    // Nothing was kept.
  }
}

const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(channelName) : undefined;

/** Answers new tabs of this site with the conversation this tab holds; `forget` from another tab clears it here too. */
export function shareWithOtherTabs(onForget) {
  channel?.addEventListener('message', (event) => {
    if (event.data?.type === 'ask') {
      const session = loadSession();
      if (session) channel.postMessage({ type: 'session', session });
    }
    if (event.data?.type === 'forget') onForget();
  });
}

/** Asks an open tab of this site for its conversation; undefined when none answers in time. */
export function askOtherTabs() {
  if (!channel) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    const onMessage = (event) => {
      if (event.data?.type !== 'session' || !isSession(event.data.session)) return;
      channel.removeEventListener('message', onMessage);
      resolve(event.data.session);
    };
    channel.addEventListener('message', onMessage);
    channel.postMessage({ type: 'ask' });
    setTimeout(() => {
      channel.removeEventListener('message', onMessage);
      resolve(undefined);
    }, askTimeoutMs);
  });
}

/** Tells the other tabs that this conversation was cleared from the device. */
export function tellOtherTabsToForget() {
  channel?.postMessage({ type: 'forget' });
}

async function post(path, body) {
  const response = await fetch(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path} ${response.status}`);
  return response.json();
}

/**
 * A token for the conversation this tab continues (proved with the previous token or the resume secret), or for a
 * new one. `resumed` says whether Web Chat should reconnect rather than start.
 */
export async function connect(locale) {
  const held = loadSession() ?? (await askOtherTabs());
  if (held) {
    try {
      const grant = await post('/api/directline/resume', { ...held, locale });
      saveSession(grant);
      return { grant, resumed: true };
    } catch {
      // The server no longer accepts it (too old, another server key, Azure's Direct Line): start afresh.
      forgetSession();
    }
  }
  const grant = await post('/api/directline/token', { locale });
  if (grant.resumeSecret) saveSession(grant);
  return { grant, resumed: false };
}
