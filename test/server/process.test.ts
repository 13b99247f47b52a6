// `npm start` and `npm run intake -- export` as operators run them: real processes, a kill -9, and a restart.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { botClient, promptOf, startTestService, tempDatabaseUrl } from '../helpers/service.js';

const root = new URL('../../', import.meta.url).pathname;
const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
});

/** `npm start`, or the service's own process (`node --import tsx`) when a test signals it directly. */
async function start(env: Record<string, string>, command: string[] = ['npm', 'start', '--silent']) {
  const port = await freePort();
  const [program = 'npm', ...args] = command;
  const child = spawn(program, args, {
    cwd: root,
    env: { ...process.env, PORT: String(port), LOG_LEVEL: 'warn', NODE_ENV: 'development', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  children.push(child);
  let output = '';
  let errors = '';
  child.stdout?.on('data', (d) => {
    output += d;
  });
  child.stderr?.on('data', (d) => {
    errors += d;
  });
  const base = `http://127.0.0.1:${port}`;
  for (const started = Date.now(); Date.now() - started < 30_000; ) {
    if (
      await fetch(`${base}/healthz`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return { child, base, output: () => output, errors: () => errors };
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`npm start did not answer /healthz: ${output}`);
}

/** The start message (and its warning) follows the first /healthz answer by a moment. */
async function until(done: () => boolean) {
  for (const started = Date.now(); !done() && Date.now() - started < 5_000; ) {
    await new Promise((r) => setTimeout(r, 50));
  }
}

const exportRecords = (databaseUrl: string, ...args: string[]) =>
  spawnSync('npm', ['run', '--silent', 'intake', '--', 'export', ...args], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: 'utf8',
    timeout: 120_000,
  });

describe('the service as a process', () => {
  it('survives kill -9: the next process continues where the conversation was', { timeout: 270_000 }, async () => {
    const databaseUrl = tempDatabaseUrl();
    const first = await start({ DATABASE_URL: databaseUrl });
    expect(first.output()).toMatch(/\/api\/messages/);
    const client = botClient(first.base, { id: 'kill-9' });
    await client.start();
    for (const text of ['start', 'yes', 'myself']) await client.say(text);
    if (first.child.pid) process.kill(-first.child.pid, 'SIGKILL');
    const second = await start({ DATABASE_URL: databaseUrl });
    const reply = await botClient(second.base, { id: 'kill-9' }).say('Robin');
    expect(promptOf(reply.activities)?.field).toBe('pronouns');

    const exported = exportRecords(databaseUrl, '--format', 'jsonl');
    expect(exported.status).toBe(0);
    const records = exported.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ status: 'in-progress', client: { whoFor: 'myself', preferredName: 'Robin' } });
  });

  it('warns loudly on stderr when no crisis alert channel is configured, naming the keys to set', {
    timeout: 270_000,
  }, async () => {
    const bare = await start({ DATABASE_URL: tempDatabaseUrl() });
    await until(() => bare.errors().includes('ALERT_EMAIL_TO'));
    expect(bare.output()).toMatch(/Crisis alerts go to: +nobody \(see the warning\)/);
    const warning = bare.errors();
    expect(warning).toContain('WARNING: no crisis alert channel is configured');
    for (const key of ['ALERT_WEBHOOK_URL', 'ALERT_WEBHOOK_SECRET', 'SMTP_URL', 'ALERT_EMAIL_TO']) {
      expect(warning).toContain(key);
    }
    if (bare.child.pid) process.kill(-bare.child.pid, 'SIGKILL');

    const emailed = await start({
      DATABASE_URL: tempDatabaseUrl(),
      // Nothing listens there: the alert channel counts as configured, and nothing is sent during this test.
      SMTP_URL: `smtp://127.0.0.1:${await freePort()}`,
      ALERT_EMAIL_TO: 'lead@harborlight.example',
    });
    await until(() => emailed.output().includes('Crisis alerts go to'));
    expect(emailed.output()).toMatch(/Crisis alerts go to: +email/);
    expect(emailed.errors()).not.toContain('no crisis alert channel');
  });

  it('stops gracefully on SIGTERM', { timeout: 180_000 }, async () => {
    const running = await start({ DATABASE_URL: tempDatabaseUrl() }, [
      process.execPath,
      '--import',
      'tsx',
      'src/index.ts',
    ]);
    const exited = new Promise<number | null>((resolve) => running.child.on('exit', (code) => resolve(code)));
    running.child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});

describe('npm run intake -- export', () => {
  it('reports a stored record that no longer parses on stderr, and still prints the others', {
    timeout: 180_000,
  }, async () => {
    const service = await startTestService();
    for (const id of ['export-a', 'export-b']) {
      const client = botClient(service.base, { id });
      await client.start();
      await client.say('start');
    }
    const [broken] = (await service.store.listRecords()).flatMap((r) => (r.ok ? [r.record.id] : []));
    await service.close();
    const db = new Database(service.databaseUrl.replace(/^sqlite:/, ''));
    db.prepare('update records set data = ? where id = ?').run('{"nope":1}', broken);
    db.close();
    const exported = exportRecords(service.databaseUrl);
    expect(exported.status).toBe(1);
    expect(exported.stderr).toContain(`Record ${broken} does not match the record schema`);
    const lines = exported.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] ?? '{}').id).not.toBe(broken);
  });

  it('prints nothing on an empty store, and refuses unknown formats and bad times on stderr', () => {
    const databaseUrl = tempDatabaseUrl();
    const empty = exportRecords(databaseUrl);
    expect(empty.status).toBe(0);
    expect(empty.stdout).toBe('');
    const format = exportRecords(databaseUrl, '--format', 'xml');
    expect(format.status).toBe(2);
    expect(format.stdout).toBe('');
    expect(format.stderr).toMatch(/jsonl/);
    expect(exportRecords(databaseUrl, '--since', 'yesterday').status).toBe(2);
  });
});
