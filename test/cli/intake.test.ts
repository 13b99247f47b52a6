// `npm run intake -- seed-demo` and `export`, run as an operator or a script would: demo intakes through real
// conversations into a fresh SQLite file, then every format on stdout with nothing else there.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { csvColumns } from '../../src/record/csv.js';
import { intakeQuestionnaire } from '../../src/record/fhir/questionnaire.js';
import type { QuestionnaireItem, QuestionnaireResponse, ResponseItem } from '../../src/record/fhir/types.js';
import { type IntakeRecord, intakeRecordSchema } from '../../src/record/schema.js';
import { defaultRuntime } from '../helpers/conversation.js';
import { csvObjects, parseCsv } from '../helpers/csv.js';
import { allItems, r4Problems } from '../helpers/fhir.js';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const spawnTimeout = 120_000;

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** `npm run --silent intake -- <args>` against one SQLite file, in the shipped practice's settings. */
function intake(args: readonly string[], databaseUrl: string, extraEnv: NodeJS.ProcessEnv = {}): Run {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'test', DATABASE_URL: databaseUrl, ...extraEnv };
  delete env.PRACTICE_CONFIG;
  const result = spawnSync('npm', ['run', '--silent', 'intake', '--', ...args], {
    encoding: 'utf8',
    cwd: projectRoot,
    env,
    timeout: spawnTimeout,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const freshDatabase = () => {
  const directory = mkdtempSync(join(tmpdir(), 'intake-cli-'));
  return { url: `sqlite:${join(directory, 'intake.db')}`, file: join(directory, 'intake.db') };
};

/** Every stdout line parsed as JSON (a line that is not JSON fails here, naming it). */
function jsonLines<T>(run: Run): T[] {
  return run.stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => {
      try {
        return JSON.parse(line) as T;
      } catch {
        throw new Error(`not a JSON line on stdout: ${line}\nstderr: ${run.stderr}`);
      }
    });
}

describe('intake seed-demo, then export', () => {
  const database = freshDatabase();
  let seeded: Run;
  let exported: Run;
  let records: IntakeRecord[];

  beforeAll(() => {
    seeded = intake(['seed-demo'], database.url);
    exported = intake(['export', '--format', 'jsonl'], database.url);
    records = jsonLines<IntakeRecord>(exported);
  }, spawnTimeout * 2);

  it('export --format jsonl prints one record per line and nothing else', () => {
    expect(exported.status, exported.stderr).toBe(0);
    expect(records.length).toBeGreaterThanOrEqual(6);
  });

  it('fills the store with fictional intakes from real conversations: an emergency, an urgent one, calm ones, one left', () => {
    expect(seeded.status, seeded.stderr).toBe(0);
    expect(seeded.stdout.trim().split('\n')).toHaveLength(records.length);
    expect(records.map((r) => intakeRecordSchema.safeParse(r).success)).not.toContain(false);
    const triage = records.map((r) => r.triage.level);
    expect(triage.filter((level) => level === 'emergency')).toHaveLength(1);
    expect(triage.filter((level) => level === 'urgent')).toHaveLength(1);
    expect(records.filter((r) => r.status === 'submitted' && r.triage.level === 'none').length).toBeGreaterThanOrEqual(
      3,
    );
    expect(records.filter((r) => r.status === 'in-progress')).toHaveLength(1);
    const emergency = records.find((r) => r.triage.level === 'emergency');
    expect(emergency?.safety).toMatchObject({ result: 'acute' });
    expect(records.find((r) => r.triage.level === 'urgent')?.safety.result).toBe('non-acute');
    // Every answer went through the turn engine: the records carry the answer log a real conversation leaves.
    expect(records.every((r) => r.channel === 'demo' && r.answers.length > 5)).toBe(true);
    for (const record of records.filter((r) => r.contact.email)) expect(record.contact.email).toMatch(/@example\./);
  });

  it('export --format csv prints a header line and one row per record, and nothing else', {
    timeout: spawnTimeout,
  }, () => {
    const run = intake(['export', '--format', 'csv'], database.url);
    expect(run.status, run.stderr).toBe(0);
    const [header, ...rows] = parseCsv(run.stdout);
    expect(header).toEqual(csvColumns.map((c) => c.header));
    expect(rows).toHaveLength(records.length);
    expect(rows.every((row) => row.length === header?.length)).toBe(true);
    const byId = new Map(csvObjects(run.stdout).map((row) => [row.id, row]));
    for (const record of records) {
      expect(byId.get(record.id)).toMatchObject({ reference: record.reference, triage_level: record.triage.level });
    }
  });

  it('export --format fhir prints one valid QuestionnaireResponse per line (NDJSON), and nothing else', {
    timeout: spawnTimeout,
  }, () => {
    const run = intake(['export', '--format', 'fhir'], database.url);
    expect(run.status, run.stderr).toBe(0);
    const responses = jsonLines<QuestionnaireResponse>(run);
    expect(responses.map((r) => r.id)).toEqual(records.map((r) => r.id));
    const questionnaire = intakeQuestionnaire(defaultRuntime.options);
    const linkIds = new Set(allItems<QuestionnaireItem>(questionnaire.item).map((item) => item.linkId));
    for (const response of responses) {
      expect(r4Problems(response)).toEqual({ valid: true, errors: [] });
      expect(response.questionnaire).toBe(`${questionnaire.url}|${questionnaire.version}`);
      for (const item of allItems<ResponseItem>(response.item)) expect(linkIds).toContain(item.linkId);
    }
    expect(responses.map((r) => r.status).sort()).toEqual([...records.map((r) => statusOf(r))].sort());
  });

  it('export --since leaves out older records', { timeout: spawnTimeout }, () => {
    const run = intake(['export', '--format', 'csv', '--since', '2999-01-01T00:00:00Z'], database.url);
    expect(run.status).toBe(0);
    expect(parseCsv(run.stdout)).toEqual([csvColumns.map((c) => c.header)]);
  });

  it('an unknown format says so on stderr, with nothing on stdout', { timeout: spawnTimeout }, () => {
    const run = intake(['export', '--format', 'xml', '--since', 'yesterday'], database.url);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/Unknown format "xml"/);
  });

  it('seed-demo run again adds another set', { timeout: spawnTimeout * 2 }, () => {
    const again = intake(['seed-demo'], database.url);
    expect(again.status, again.stderr).toBe(0);
    const after = jsonLines<IntakeRecord>(intake(['export'], database.url));
    expect(after).toHaveLength(records.length * 2);
    expect(new Set(after.map((r) => r.reference)).size).toBe(after.length);
  });
});

/** The response status a record's is expected to give (see src/record/fhir/response.ts). */
function statusOf(record: IntakeRecord): QuestionnaireResponse['status'] {
  if (record.status === 'submitted') return record.answers.some((a) => a.amended) ? 'amended' : 'completed';
  return record.status === 'in-progress' ? 'in-progress' : 'stopped';
}

describe('intake seed-demo in production', () => {
  it('is refused with a clear message and exit code 1, and writes nothing', { timeout: spawnTimeout }, () => {
    const database = freshDatabase();
    const run = intake(['seed-demo'], database.url, { NODE_ENV: 'production' });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/refused in production/);
    expect(existsSync(database.file)).toBe(false);
  });
});
