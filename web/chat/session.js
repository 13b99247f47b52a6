// The conversation this tab continues: its ids, a refreshable token and its resume secret in sessionStorage (never
// an answer or any text), shared with new tabs of the same site over a BroadcastChannel; a closed browser forgets it.
// A browser that refuses storage to a frame of another site (private windows, strict tracking protection) gets the
// same four values kept by the launcher in the practice site's own sessionStorage instead.
const storageKey = 'intake.conversation';
const channelName = 'intake.conversation';
const askTimeoutMs = 400;
const framed = window.parent !== window;
// Only the page that frames the chat may receive the session; where the browser cannot say which, frame-ancestors
// already limits it to the practice's allowed sites.
const parentOrigin = window.location.ancestorOrigins?.[0] ?? '*';

const storageWorks = (() => {
  try {
    sessionStorage.getItem(storageKey);
    return true;
  } catch {
    return false;
  }
})();

/** The session in use, also when no storage would keep it. */
let current;

const isSession = (value) =>
  value &&
  typeof value.conversationId === 'string' &&
  typeof value.userId === 'string' &&
  typeof value.token === 'string' &&
  typeof value.resumeSecret === 'string';

export function loadSession() {
  if (!storageWorks) return current;
  try {
    const value = JSON.parse(sessionStorage.getItem(storageKey) ?? 'null');
    return isSession(value) ? value : current;
  } catch {
    return current;
  }
}

export function saveSession({ conversationId, userId, token, resumeSecret }) {
  current = { conversationId, userId, token, resumeSecret };
  if (storageWorks) {
    try {
      sessionStorage.setItem(storageKey, JSON.stringify(current));
      return;
    } catch {
      // Full or refused: the launcher keeps it instead.
    }
  }
  if (framed) window.parent.postMessage({ type: 'intake:session-save', session: current }, parentOrigin);
}

export function forgetSession() {
  current = undefined;
  try {
    sessionStorage.removeItem(storageKey);
  } catch {
    // Nothing was kept here.
  }
  if (framed) window.parent.postMessage({ type: 'intake:session-forget' }, parentOrigin);
}

/** The session the launcher kept for this frame, when this frame may not keep one itself. */
function askLauncher() {
  if (!framed || storageWorks) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    const onMessage = (event) => {
      if (event.source !== window.parent || event.data?.type !== 'intake:session') return;
      window.removeEventListener('message', onMessage);
      resolve(isSession(event.data.session) ? event.data.session : undefined);
    };
    window.addEventListener('message', onMessage);
    window.parent.postMessage({ type: 'intake:session-ask' }, parentOrigin);
    setTimeout(() => {
      window.removeEventListener('message', onMessage);
      resolve(undefined);
    }, askTimeoutMs);
  });
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
  const grant = await response.json();
  // The server's clock when it granted: what is older than this in the conversation is its history.
  const serverNow = Date.parse(response.headers.get('date') ?? '');
  return { ...grant, serverNow: Number.isNaN(serverNow) ? undefined : serverNow };
}

/**
 * A token for the conversation this tab continues (proved with the previous token or the resume secret), or for a
 * new one. `resumed` says whether Web Chat should reconnect rather than start.
 */
export async function connect(locale) {
  const held = loadSession() ?? (await askLauncher()) ?? (await askOtherTabs());
  if (held) {
    try {
      const { serverNow, ...grant } = await post('/api/directline/resume', { ...held, locale });
      saveSession(grant);
      return { grant, resumed: true, serverNow };
    } catch {
      // The server no longer accepts it (too old, another server key, Azure's Direct Line): start afresh.
      forgetSession();
    }
  }
  const { serverNow: _unused, ...grant } = await post('/api/directline/token', { locale });
  if (grant.resumeSecret) saveSession(grant);
  return { grant, resumed: false };
}

/**
 * "Continue with a code": the conversation a resume code opens becomes this tab's, to be reconnected by a reload.
 * Resolves to `ok`, `refused` (a code that opens nothing), `too-many` (slowed down) or `unavailable`.
 */
export async function continueWithCode(code, locale) {
  let response;
  try {
    response = await fetch('/api/directline/resume-code', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code, locale }),
    });
  } catch {
    return 'unavailable';
  }
  if (response.status === 429) return 'too-many';
  if (response.status === 400 || response.status === 403) return 'refused';
  if (!response.ok) return 'unavailable';
  saveSession(await response.json());
  return 'ok';
}
