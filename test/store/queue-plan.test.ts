// The queue's queries as SQLite plans them (no statistics, as on a real install): every filter of a first page and a
// name search is served by an index, never by walking the whole queue or sorting every match with its record. This
// is what keeps `npm run bench:review` under its goal at 100,000 intakes; the plan, unlike a time, is deterministic.
import Database from 'better-sqlite3';
import { Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connect } from '../../src/store/connect.js';
import type { Database as Tables } from '../../src/store/database.js';
import { openStore } from '../../src/store/open-store.js';
import { reviewTransaction } from '../../src/store/review-transaction.js';
import type { QueueFilters } from '../../src/store/review-types.js';
import { sqliteDatabase, type TestDatabase } from './targets.js';

let database: TestDatabase;
let db: Kysely<Tables>;
const executed: { sql: string; parameters: readonly unknown[] }[] = [];

beforeEach(async () => {
  database = await sqliteDatabase();
  await (await openStore(database.url, { nameIndexKey: new Uint8Array(32) })).close();
  executed.length = 0;
  db = new Kysely<Tables>({
    dialect: connect(database.url).kyselyDialect,
    log: (event) => {
      executed.push({ sql: event.query.sql, parameters: event.query.parameters });
    },
  });
});
afterEach(async () => {
  await db.destroy();
  await database.drop();
});

/** The plan of every statement the work ran, one detail line each. */
async function plansOf(work: () => Promise<unknown>): Promise<string[]> {
  await work();
  const sqlite = new Database(database.url.slice('sqlite:'.length), { readonly: true });
  try {
    return executed.flatMap(({ sql, parameters }) =>
      (sqlite.prepare(`explain query plan ${sql}`).all(...parameters) as { detail: string }[]).map((r) => r.detail),
    );
  } finally {
    sqlite.close();
  }
}

const firstPage = (filters: QueueFilters) => () => reviewTransaction(db).queue(filters, null, 50);

describe('the queue on SQLite', () => {
  it.each([
    [{}, 'records_queue'],
    [{ status: 'submitted' }, 'records_status_queue'],
    [{ triage: 'emergency' }, 'records_triage_queue'],
    [{ review: 'new' }, 'records_review_queue'],
    [{ from: '2026-01-01T00:00:00.000Z' }, 'records_created_queue'],
    [{ to: '2026-01-01T00:00:00.000Z' }, 'records_created_queue'],
  ] as [QueueFilters, string][])('picks the first page of %j through %s', async (filters, index) => {
    const plan = await plansOf(firstPage(filters));
    expect(plan.some((line) => line.includes(`INDEX ${index}`))).toBe(true);
    // The ids are chosen from an index alone; only the page's own rows are read and sorted afterwards.
    expect(plan.filter((line) => /^SCAN records$/.test(line))).toEqual([]);
    if (!filters.from && !filters.to) {
      expect(plan.filter((line) => line.includes('TEMP B-TREE'))).toHaveLength(1);
    }
  });

  it('finds a name through both name indexes, never a scan', async () => {
    const plan = await plansOf(() => reviewTransaction(db).findByName(['a'.repeat(40)], {}, 50));
    expect(plan).toEqual(
      expect.arrayContaining([
        expect.stringContaining('INDEX records_first_name_queue'),
        expect.stringContaining('INDEX records_last_name_queue'),
      ]),
    );
    expect(plan.filter((line) => line.startsWith('SCAN records'))).toEqual([]);
  });
});
