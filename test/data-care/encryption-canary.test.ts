// Canary values written through a whole intake over HTTP, with a staff note, must appear nowhere in the raw SQLite
// file or its WAL, nor in a pg_dump of the PostgreSQL schema, while the review API and the export still read them.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cliActor, StaffService } from '../../src/review/auth/staff-service.js';
import { sqlitePath } from '../../src/store/connect.js';
import { englishFreeText } from '../helpers/intake-scripts.js';
import { type Activityish, botClient, promptOf, startTestService, type TestService } from '../helpers/service.js';
import { postgresDatabase, postgresUrl, sqliteDatabase, type TestDatabase } from '../store/targets.js';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const key = Buffer.alloc(32, 0x5c).toString('base64');
/** Lower case, so a case-insensitive scan of the raw bytes finds them however they were normalised. */
const canaries = {
  firstName: 'zorvexa',
  lastName: 'quintrell',
  reasonsOwnWords: 'canaryreason plinthwork at the harbour',
  goalsOwnWords: 'canarygoal marlowick',
  email: 'canarymail@example.org',
  note: 'canarynote velsharn called back',
};
const script: Record<string, string> = {
  ...englishFreeText,
  firstName: canaries.firstName,
  lastName: canaries.lastName,
  reasonsOwnWords: canaries.reasonsOwnWords,
  goalsOwnWords: canaries.goalsOwnWords,
  email: canaries.email,
};

async function wholeIntake(base: string): Promise<string> {
  const client = botClient(base);
  let activities: Activityish[] = (await client.start()).activities;
  for (let turn = 0; turn < 80; turn++) {
    const recordId = activities.map((a) => a.channelData?.intake?.recordId).find(Boolean);
    if (recordId) return recordId;
    const field = promptOf(activities)?.field ?? 'start';
    const answer = script[field];
    if (answer === undefined) throw new Error(`no scripted answer for ${field}`);
    activities = (await client.say(answer)).activities;
  }
  throw new Error('no submission within 80 turns');
}

/** Which canaries occur in the text, compared case-insensitively. */
const found = (haystack: string) =>
  Object.entries(canaries)
    .filter(([, value]) => haystack.toLowerCase().includes(value.toLowerCase()))
    .map(([name]) => name);

function pgDump(database: TestDatabase): string | undefined {
  const binary = ['/usr/bin/pg_dump', '/usr/lib/postgresql/15/bin/pg_dump'].find((path) => existsSync(path));
  if (!binary || !postgresUrl) return undefined;
  const schema = /search_path=(\w+)/.exec(decodeURIComponent(new URL(database.url).search))?.[1] as string;
  const dump = spawnSync(binary, ['--data-only', '--schema', schema, postgresUrl], { encoding: 'utf8' });
  if (dump.status !== 0) throw new Error(`pg_dump failed: ${dump.stderr}`);
  return dump.stdout;
}

const backends = [
  ['sqlite', sqliteDatabase, false],
  ['postgres', postgresDatabase, !postgresUrl],
] as const;

describe.each(backends)('encryption at rest on %s', (dialect, createDatabase, skip) => {
  describe.skipIf(skip)('', () => {
    let database: TestDatabase;
    let service: TestService;
    let recordId: string;
    let token: string;

    beforeAll(async () => {
      database = await createDatabase();
      service = await startTestService({ DATABASE_URL: database.url, RECORD_ENCRYPTION_KEY: key });
      nock.disableNetConnect();
      nock.enableNetConnect(/127\.0\.0\.1|localhost/);
      recordId = await wholeIntake(service.base);
      const staff = new StaffService(service.store);
      await staff.addAccount('lead@example.org', 'admin', cliActor);
      token = await staff.issueApiToken('lead@example.org', cliActor);
      const noted = await fetch(`${service.base}/api/intakes/${recordId}`, {
        method: 'PATCH',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ note: canaries.note, reviewState: 'in-review' }),
      });
      expect(noted.status).toBe(204);
    }, 120_000);
    afterAll(async () => {
      nock.enableNetConnect();
      await service?.close();
      await database?.drop();
    });
    afterEach(() => nock.cleanAll());

    it('keeps every canary out of what is stored on disk', () => {
      if (dialect === 'sqlite') {
        const file = sqlitePath(database.url);
        const files = [file, `${file}-wal`].filter((path) => existsSync(path));
        expect(files).toContain(`${file}-wal`);
        const raw = files.map((path) => readFileSync(path).toString('latin1')).join('\n');
        // The scan sees stored text: the record's reference (a code, not personal) is there in the clear.
        expect(raw).toContain('enc:v1:');
        expect(found(raw)).toEqual([]);
        return;
      }
      const dump = pgDump(database);
      if (dump === undefined) {
        console.warn('pg_dump is not installed: the PostgreSQL half of the canary check was skipped');
        return;
      }
      expect(dump).toContain('enc:v1:');
      expect(found(dump)).toEqual([]);
    });

    it('still reads everything through the review API, name search included', async () => {
      const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
      const record = await (await fetch(`${service.base}/api/intakes/${recordId}`, { headers })).text();
      expect(found(record).sort()).toEqual(Object.keys(canaries).sort());
      const search = await fetch(`${service.base}/api/intakes/search`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ q: canaries.lastName }),
      });
      const items = ((await search.json()) as { items: { id: string }[] }).items;
      expect(items.map((item) => item.id)).toEqual([recordId]);
    });

    it('still exports everything from the command line with the key', () => {
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        NODE_ENV: 'test',
        DATABASE_URL: database.url,
        RECORD_ENCRYPTION_KEY: key,
      };
      delete env.PRACTICE_CONFIG;
      const run = spawnSync('npm', ['run', '--silent', 'intake', '--', 'export'], {
        encoding: 'utf8',
        cwd: projectRoot,
        env,
        timeout: 120_000,
      });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(found(run.stdout).sort()).toEqual(Object.keys(canaries).sort());
    }, 120_000);
  });
});
