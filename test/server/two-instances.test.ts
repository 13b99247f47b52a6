// Two server processes on one PostgreSQL database, as behind a load balancer without sticky sessions: a Web Chat-style
// client talks to the built-in Direct Line through either, a crisis is alerted once, and the sweep runs on one of them.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crisisAlertKinds } from '../../src/store/alert-keys.js';
import { cipherFromKeys } from '../../src/store/crypto/value-cipher.js';
import { openStore } from '../../src/store/open-store.js';
import type { IntakeStore } from '../../src/store/types.js';
import { crisisSentence } from '../alerts/helpers.js';
import { directLineClient, type ListedActivity } from '../channels/direct-line-client.js';
import { postgresDatabase, postgresUrl, type TestDatabase } from '../store/targets.js';

const root = new URL('../../', import.meta.url).pathname;
const secret = (bytes = 32) => randomBytes(bytes).toString('base64');

interface Instance {
  child: ChildProcess;
  base: string;
  output: () => string;
}

const children: ChildProcess[] = [];

/** The service's own process (`node --import tsx src/index.ts`, what `npm start` runs) on a port of its choosing. */
async function startInstance(env: Record<string, string>): Promise<Instance> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
    cwd: root,
    env: { ...process.env, PORT: '0', NODE_ENV: 'development', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  children.push(child);
  let output = '';
  child.stdout?.on('data', (d) => {
    output += d;
  });
  child.stderr?.on('data', (d) => {
    output += d;
  });
  for (const started = Date.now(); Date.now() - started < 60_000; ) {
    const port = /http:\/\/localhost:(\d+)/.exec(output)?.[1];
    if (port) {
      const base = `http://127.0.0.1:${port}`;
      const healthy = await fetch(`${base}/healthz`).then(
        (r) => r.ok,
        () => false,
      );
      if (healthy) return { child, base, output: () => output };
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the instance did not start: ${output.slice(-2_000)}`);
}

/** The practice's alert webhook: every delivery it receives, by its delivery id. */
async function alertHook() {
  const received: string[] = [];
  const server: Server = createServer((req, res) => {
    received.push(String(req.headers['x-intake-delivery'] ?? ''));
    req.resume();
    req.on('end', () => res.writeHead(200).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/intake-alerts`, received, server };
}

const until = async (done: () => boolean | Promise<boolean>, what: string, ms = 60_000) => {
  for (const started = Date.now(); Date.now() - started < ms; ) {
    if (await done()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`waited in vain for ${what}`);
};

describe.skipIf(!postgresUrl)('two instances on one PostgreSQL database', () => {
  let database: TestDatabase;
  let hook: Awaited<ReturnType<typeof alertHook>>;
  let a: Instance;
  let b: Instance;
  let store: IntakeStore;

  beforeAll(async () => {
    database = await postgresDatabase();
    hook = await alertHook();
    // What the instances share: the database, and the keys (tokens, sealing, search index, forms) from the environment.
    const shared = {
      DATABASE_URL: database.url,
      DIRECT_LINE_LOCAL_KEY: secret(),
      RECORD_ENCRYPTION_KEY: secret(),
      SEARCH_INDEX_KEY: secret(),
      CSRF_SECRET: secret(),
      ALERT_WEBHOOK_URL: hook.url,
      ALERT_WEBHOOK_SECRET: secret(),
    };
    // One after the other: the first migrates the schema.
    a = await startInstance(shared);
    b = await startInstance(shared);
    store = await openStore(database.url, { cipher: cipherFromKeys(shared.RECORD_ENCRYPTION_KEY, undefined) });
  }, 180_000);

  afterAll(async () => {
    for (const child of children.splice(0)) {
      try {
        if (child.pid) process.kill(-child.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
    await store?.close();
    await new Promise((resolve) => hook?.server.close(resolve));
    await database?.drop();
  });

  it('serves one Web Chat conversation through both, every reply once and in order, the crisis alerted once', {
    timeout: 240_000,
  }, async () => {
    const clients = [directLineClient(a.base), directLineClient(b.base)];
    const instance = (i: number) => clients[i % 2] as ReturnType<typeof directLineClient>;
    let turn = 0;
    /**
     * The load balancer at its least kind: a turn's post goes to one instance and the polls for its replies to the
     * other (which holds the conversation from before), turn after turn.
     */
    const postTo = () => instance(turn);
    const pollAt = () => instance(turn + 1);

    const { grant } = await postTo().generate({ locale: 'en-US' });
    expect((await postTo().start(grant.token)).status).toBe(201);
    let watermark = '';
    const seen: ListedActivity[] = [];
    const poll = async (client = pollAt()) => {
      const { status, list } = await client.activities(grant.conversationId, grant.token, watermark);
      expect(status).toBe(200);
      seen.push(...list.activities);
      watermark = list.watermark;
    };
    const botReplies = () => seen.filter((x) => x.from.role === 'bot');
    await until(async () => {
      await poll();
      return botReplies().some((x) => x.channelData?.intake?.step === 'welcome');
    }, 'the welcome');

    const posted: string[] = [];
    for (const text of ['start', 'yes', 'myself', 'Robin', crisisSentence]) {
      turn += 1;
      const sent = await postTo().post(grant.conversationId, grant.token, {
        type: 'message',
        text,
        locale: 'en-US',
        from: { id: 'r_webchat', role: 'user' },
        channelData: { clientActivityID: `client-${posted.length}` },
      });
      expect(sent.status).toBe(200);
      const id = (sent.json as { id: string }).id;
      posted.push(id);
      await until(async () => {
        await poll();
        return botReplies().some((x) => x.replyToId === id);
      }, `the replies to turn ${posted.length}`);
    }
    // More polls on both: nothing comes twice.
    for (let i = 0; i < 6; i++) await poll(instance(i));

    const replies = botReplies();
    const ids = replies.map((x) => x.id);
    expect(new Set(ids).size).toBe(ids.length);
    // In order: the welcome's replies, then each turn's, one block per turn in the order they were posted.
    const blocks = replies.map((x) => x.replyToId).filter((id, i, all) => i === 0 || all[i - 1] !== id);
    expect(blocks).toEqual([`${grant.conversationId}|start`, ...posted]);
    expect(replies.at(-1)?.channelData?.intake).toMatchObject({ step: expect.any(String) });

    // The crisis queued its alert once: one row per channel, not one per instance.
    const alerts = (await store.listOutbox()).filter((m) => m.kind.startsWith('crisis-alert'));
    expect(alerts.map((m) => m.kind).sort()).toEqual([...crisisAlertKinds].sort());
    const webhookAlert = alerts.find((m) => m.kind === 'crisis-alert');
    // Both workers poll the outbox; the practice's webhook hears the alert once, and stays at once a while after.
    await until(() => hook.received.includes(webhookAlert?.dedupKey ?? '?'), 'the webhook delivery');
    await new Promise((r) => setTimeout(r, 12_000));
    expect(hook.received.filter((id) => id === webhookAlert?.dedupKey)).toHaveLength(1);
  });

  it('runs the sweep on one instance only, and says which process took it', async () => {
    const rows = await database.rows("select job, last_run_by from scheduled_jobs where job = 'sweep'");
    const pids = [a.child.pid, b.child.pid].map(String);
    expect(rows).toHaveLength(1);
    expect(pids).toContain(String(rows[0]?.last_run_by).split(':').at(-1));
    const sweeps = [a, b].map((x) => (x.output().match(/idle records marked abandoned/g) ?? []).length);
    expect(sweeps.sort()).toEqual([0, 1]);
  });
});
