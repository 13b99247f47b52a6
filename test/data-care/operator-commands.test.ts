// The operator's data care as it is used: `intake -- backup` while the service answers turns, `erase` from the command
// line and from the staff API (admins only, audited) with the erased conversation starting afresh, and `rotate-key`
// moving every stored value to a new key that the export then reads alone.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliActor, StaffService } from '../../src/review/auth/staff-service.js';
import { keyIdOf } from '../../src/store/crypto/value-cipher.js';
import { englishTapped } from '../helpers/intake-scripts.js';
import { type Activityish, botClient, promptOf, startTestService, type TestService } from '../helpers/service.js';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const keyA = Buffer.alloc(32, 0x0a);
const keyB = Buffer.alloc(32, 0x0b);

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** `npm run --silent intake -- <args>` as its own process, without blocking this one (the service runs here). */
function intake(args: readonly string[], env: NodeJS.ProcessEnv): Promise<Run> {
  const full: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'test', ...env };
  delete full.PRACTICE_CONFIG;
  return new Promise((resolvePromise, reject) => {
    const child = spawn('npm', ['run', '--silent', 'intake', '--', ...args], { cwd: projectRoot, env: full });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (status) => resolvePromise({ status, stdout, stderr }));
  });
}

/** A whole tapped intake over HTTP; every reply must have been stored (no "not saved" notice). */
async function wholeIntake(base: string, id?: string): Promise<string> {
  const client = botClient(base, id ? { id } : {});
  let activities: Activityish[] = (await client.start()).activities;
  for (let turn = 0; turn < 80; turn++) {
    const text = activities.map((a) => a.text ?? '').join('\n');
    if (/wasn't saved/.test(text)) throw new Error('a turn was not saved');
    const recordId = activities.map((a) => a.channelData?.intake?.recordId).find(Boolean);
    if (recordId) return recordId;
    const field = promptOf(activities)?.field ?? 'start';
    const answer = (englishTapped as Record<string, string>)[field];
    if (answer === undefined) throw new Error(`no scripted answer for ${field}`);
    activities = (await client.say(answer)).activities;
  }
  throw new Error('no submission within 80 turns');
}

describe('operator commands against a running service', () => {
  let service: TestService;
  let adminToken: string;
  let clinicianToken: string;
  const env = () => ({ DATABASE_URL: service.databaseUrl, RECORD_ENCRYPTION_KEY: keyA.toString('base64') });

  beforeAll(async () => {
    service = await startTestService({ RECORD_ENCRYPTION_KEY: keyA.toString('base64') });
    nock.disableNetConnect();
    nock.enableNetConnect(/127\.0\.0\.1|localhost/);
    const staff = new StaffService(service.store);
    await staff.addAccount('admin@example.org', 'admin', cliActor);
    await staff.addAccount('clinician@example.org', 'clinician', cliActor);
    adminToken = await staff.issueApiToken('admin@example.org', cliActor);
    clinicianToken = await staff.issueApiToken('clinician@example.org', cliActor);
  }, 60_000);
  afterAll(async () => {
    nock.enableNetConnect();
    await service?.close();
  });

  it('backs up the SQLite store while people keep completing intakes, consistently and without a lost turn', async () => {
    const target = join(mkdtempSync(join(tmpdir(), 'intake-backup-')), 'backup.db');
    let backupDone = false;
    // Each person starts intake after intake until the backup has finished: turns commit for the whole copy.
    const person = async () => {
      const ids: string[] = [];
      do ids.push(await wholeIntake(service.base));
      while (!backupDone);
      return ids;
    };
    const people = Promise.all(Array.from({ length: 6 }, person));
    const backup = await intake(['backup', '--to', target], env());
    backupDone = true;
    const recordIds = (await people).flat();
    expect(backup.stderr).toBe('');
    expect(backup.status).toBe(0);
    expect(backup.stdout.trim()).toBe(target);
    expect(new Set(recordIds).size).toBe(recordIds.length);

    const copy = new Database(target, { readonly: true });
    try {
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
      const orphans = copy
        .prepare(
          'select count(*) as n from conversations c left join records r on r.id = c.record_id where r.id is null',
        )
        .get() as { n: number };
      expect(orphans.n).toBe(0);
    } finally {
      copy.close();
    }
    // The copy opens as a store with the same key, and an existing file is never overwritten.
    const exported = await intake(['export'], { ...env(), DATABASE_URL: `sqlite:${target}` });
    expect(exported.status).toBe(0);
    expect(exported.stdout.split('\n').filter(Boolean).length).toBeGreaterThan(0);
    const again = await intake(['backup', '--to', target], env());
    expect(again.status).toBe(2);
    expect(again.stderr).toMatch(/already exists/);
  }, 180_000);

  it('erases from the command line, audited, and the same conversation then starts afresh', async () => {
    const conversation = `erase-cli-${Date.now()}`;
    const recordId = await wholeIntake(service.base, conversation);
    const run = await intake(['erase', '--id', recordId, '--by', 'privacy@example.org'], env());
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^Erased record ${recordId}: 1 conversation\\(s\\)`));
    expect(await service.store.getRecord(recordId)).toBeUndefined();
    const [audit] = await service.store.reviewReads().auditLog({ limit: 1 });
    expect(audit).toMatchObject({ action: 'record.erase', recordId, via: 'cli', actorEmail: 'privacy@example.org' });

    const again = botClient(service.base, { id: conversation });
    const reply = await again.say('hello');
    expect(promptOf(reply.activities)?.field).not.toBe('review');
    const fresh = await service.store.withConversation(`directline:${conversation}`, (tx) => tx.load());
    expect(fresh?.version).toBe(1);
    expect(fresh?.recordId).not.toBe(recordId);

    const missing = await intake(['erase', '--id', recordId], env());
    expect(missing.status).toBe(1);
    expect((await intake(['erase'], env())).status).toBe(2);
  }, 120_000);

  it('erases over the staff API for an admin only, with who and when in the audit log', async () => {
    const recordId = await wholeIntake(service.base);
    const erase = (token: string) =>
      fetch(`${service.base}/api/intakes/${recordId}/erase`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}` },
      });
    expect((await fetch(`${service.base}/api/intakes/${recordId}/erase`, { method: 'POST' })).status).toBe(401);
    expect((await erase(clinicianToken)).status).toBe(403);
    expect((await service.store.getRecord(recordId))?.ok).toBe(true);
    expect((await erase(adminToken)).status).toBe(204);
    expect(await service.store.getRecord(recordId)).toBeUndefined();
    expect((await erase(adminToken)).status).toBe(404);
    const audit = (await service.store.reviewReads().auditLog({ limit: 20 })).find(
      (entry) => entry.action === 'record.erase' && entry.recordId === recordId,
    );
    expect(audit).toMatchObject({ actorEmail: 'admin@example.org', via: expect.stringMatching(/^token:/) });
    expect(audit?.at).toMatch(/^\d{4}-\d\d-\d\dT/);
  }, 120_000);

  it('rotates every stored value to a new key, which the export then reads alone', async () => {
    await wholeIntake(service.base);
    const rotated = await intake(['rotate-key'], {
      DATABASE_URL: service.databaseUrl,
      RECORD_ENCRYPTION_KEY: keyB.toString('base64'),
      RECORD_ENCRYPTION_OLD_KEYS: keyA.toString('base64'),
    });
    expect(rotated.stderr).toBe('');
    expect(rotated.status).toBe(0);
    expect(rotated.stdout).toMatch(new RegExp(`^Sealed \\d+ value\\(s\\) under key ${keyIdOf(keyB)}`));
    const file = service.databaseUrl.slice('sqlite:'.length);
    expect(existsSync(file)).toBe(true);
    const raw = new Database(file, { readonly: true });
    try {
      const rows = raw.prepare('select data from records').all() as { data: string }[];
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) expect(row.data.startsWith(`enc:v1:${keyIdOf(keyB)}:`)).toBe(true);
    } finally {
      raw.close();
    }
    const exported = await intake(['export'], {
      DATABASE_URL: service.databaseUrl,
      RECORD_ENCRYPTION_KEY: keyB.toString('base64'),
    });
    expect(exported.stderr).toBe('');
    expect(exported.status).toBe(0);
    expect((await intake(['rotate-key'], { DATABASE_URL: service.databaseUrl })).status).toBe(2);
  }, 120_000);
});
