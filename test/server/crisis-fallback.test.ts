// Never lose the signal: with the store down, help still goes out in that turn, and the signal is replayed later.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { botClient, promptOf, startTestService } from '../helpers/service.js';

const fallbackFile = (databaseUrl: string) =>
  join(dirname(databaseUrl.replace(/^sqlite:/, '')), 'crisis-fallback.jsonl');
const canary = 'quokkacanary';

describe('crisis signals while the store is down (SQLite)', () => {
  it('shows resources, keeps the signal in the fallback file, and replays it when the store is back', async () => {
    const first = await startTestService();
    const client = botClient(first.base, { id: 'fallback-sqlite' });
    await client.start();
    for (const text of ['start', 'yes', 'myself']) await client.say(text);
    await first.store.close();

    const reply = await client.say(`I took all my pills ten minutes ago ${canary}`);
    const text = reply.activities.map((a) => a.text).join('\n');
    expect(reply.activities.some((a) => a.channelData?.intake?.crisis)).toBe(true);
    expect(text).toMatch(/\b911\b/);
    expect(text).toMatch(/1-800-222-1222/);
    expect(text).toMatch(/wasn't saved/);
    const kept = readFileSync(fallbackFile(first.databaseUrl), 'utf8');
    expect(kept).toMatch(/"kind":"medical"/);
    expect(kept).not.toContain(canary);
    expect(kept).not.toContain('pills');
    await first.close().catch(() => undefined);

    // The store is back: the signal goes into the conversation, its record, the events and the practice's alerts.
    const second = await startTestService({ DATABASE_URL: first.databaseUrl });
    try {
      expect(readFileSync(fallbackFile(first.databaseUrl), 'utf8')).toBe('');
      const events = await second.store.listCrisisEvents();
      expect(events).toEqual([expect.objectContaining({ kind: 'medical', level: 'emergency' })]);
      const outbox = await second.store.listOutbox();
      expect(outbox.filter((m) => m.kind === 'crisis-alert')).toHaveLength(1);
      const records = await second.store.listRecords();
      const record = records.find((r) => r.ok)?.ok ? records.find((r) => r.ok) : undefined;
      expect(record?.ok && record.record.triage).toMatchObject({ level: 'emergency', kinds: ['medical'] });
      // The conversation goes on where it was.
      const next = await botClient(second.base, { id: 'fallback-sqlite' }).say('Robin');
      expect(promptOf(next.activities)?.field).toBe('pronouns');
      // Replaying again changes nothing.
      expect(await second.replayFallback()).toBe(0);
      expect(await second.store.listCrisisEvents()).toHaveLength(1);
    } finally {
      await second.close();
    }
  });
});

describe.skipIf(!process.env.TEST_DATABASE_URL)('crisis signals while PostgreSQL refuses connections', () => {
  it('shows resources in that turn and replays the signal once PostgreSQL is back', { timeout: 180_000 }, async () => {
    const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await admin.connect();
    const database = `fallback_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
    await admin.query(`create database ${database}`);
    const url = new URL(process.env.TEST_DATABASE_URL as string);
    url.pathname = `/${database}`;
    const service = await startTestService({ DATABASE_URL: url.toString() });
    try {
      const client = botClient(service.base, { id: 'fallback-pg' });
      await client.start();
      await client.say('start');
      // PostgreSQL goes away for this database: no new connections, and the open ones are cut.
      await admin.query(`alter database ${database} allow_connections false`);
      await admin.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1', [database]);

      const reply = await client.say('I am going to kill myself tonight');
      expect(reply.activities.some((a) => a.channelData?.intake?.crisis)).toBe(true);
      expect(reply.activities.map((a) => a.text).join('\n')).toMatch(/wasn't saved/);
      expect((await fetch(`${service.base}/readyz`)).status).toBe(503);

      await admin.query(`alter database ${database} allow_connections true`);
      expect(await service.replayFallback()).toBe(1);
      expect(await service.store.listCrisisEvents()).toEqual([
        expect.objectContaining({ kind: 'suicide', level: 'emergency' }),
      ]);
      expect((await service.store.listOutbox()).filter((m) => m.kind === 'crisis-alert')).toHaveLength(1);
    } finally {
      await service.close().catch(() => undefined);
      await admin.query(`alter database ${database} allow_connections true`).catch(() => undefined);
      await admin.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1', [database]);
      await admin.query(`drop database if exists ${database}`);
      await admin.end();
    }
  });
});
