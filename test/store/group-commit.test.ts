// Group commit: SQLite turns that reach their commit together share one transaction (one fsync), each answered only
// once its own writes are durable; a conflicting turn fails alone. The same concurrent turns on PostgreSQL, which
// commits each turn in its own transaction, end the same way.
import Database from 'better-sqlite3';
import type { Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database as Tables } from '../../src/store/database.js';
import { GroupCommit } from '../../src/store/group-commit.js';
import { openStore } from '../../src/store/open-store.js';
import { type IntakeStore, type TurnCommit, VersionConflictError } from '../../src/store/types.js';
import { Conversation } from '../helpers/conversation.js';
import { describeEachStore } from './each-store.js';
import { sqliteDatabase, type TestDatabase } from './targets.js';

const started = new Conversation().sayAll(['start', 'yes']);

function turn(key: string, changes: Partial<TurnCommit> = {}): TurnCommit {
  return {
    key,
    expectedVersion: null,
    snapshot: started.turn.snapshot,
    channel: 'test',
    activityId: `${key}-activity-1`,
    replies: [{ type: 'message', text: 'Welcome' }],
    // One record per conversation, as in real intakes.
    record: { ...started.record, id: `record-${key}` },
    crisisEvents: [],
    outbox: [],
    at: '2026-11-28T10:05:00.000Z',
    ...changes,
  };
}

const commit = (store: IntakeStore, t: TurnCommit) => store.withConversation(t.key, (tx) => tx.commit(t));

describe('GroupCommit', () => {
  const fakeTrx = {} as Kysely<Tables>;

  it('writes the commits of one pass of the event loop in one transaction, and answers each after it', async () => {
    const transactions: number[] = [];
    const order: string[] = [];
    const group = new GroupCommit(async (work) => {
      await work(fakeTrx);
      transactions.push(1);
      order.push('committed');
    });
    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        group
          .commit(async () => {
            order.push(`write ${i}`);
          })
          .then(() => order.push(`answered ${i}`)),
      ),
    );
    expect(transactions).toHaveLength(1);
    expect(order.indexOf('committed')).toBe(10);
    expect(order.slice(11)).toHaveLength(10);
  });

  it('a version conflict fails its own turn only; the rest of the batch commits', async () => {
    let commits = 0;
    const group = new GroupCommit(async (work) => {
      await work(fakeTrx);
      commits++;
    });
    const results = await Promise.allSettled([
      group.commit(async () => undefined),
      group.commit(async () => {
        throw new VersionConflictError('stale');
      }),
      group.commit(async () => undefined),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(commits).toBe(1);
  });

  it('any other failure rolls the batch back: that turn is told, the others are written again', async () => {
    const committed: string[][] = [];
    const group = new GroupCommit(async (work) => {
      const writes: string[] = [];
      await work({ writes } as unknown as Kysely<Tables>);
      committed.push(writes);
    });
    const write = (name: string) => async (trx: Kysely<Tables>) => {
      (trx as unknown as { writes: string[] }).writes.push(name);
    };
    const results = await Promise.allSettled([
      group.commit(write('a')),
      group.commit(async () => {
        throw new Error('disk I/O error');
      }),
      group.commit(write('c')),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(committed).toEqual([['a', 'c']]);
  });

  it('a failed commit fails every turn of the batch', async () => {
    const group = new GroupCommit(async (work) => {
      await work(fakeTrx);
      throw new Error('commit failed');
    });
    const results = await Promise.allSettled([
      group.commit(async () => undefined),
      group.commit(async () => undefined),
    ]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
  });
});

describeEachStore('concurrent turns', (opened) => {
  let database: TestDatabase;
  let store: IntakeStore;
  beforeEach(() => {
    ({ database, store } = opened());
  });

  it('fifty conversations committing at once are all saved, each once', async () => {
    const keys = Array.from({ length: 50 }, (_, i) => `test:conversation-${i}`);
    await Promise.all(keys.map((key) => commit(store, turn(key))));
    const rows = await database.rows('select key, version from conversations order by key');
    expect(rows).toHaveLength(50);
    expect(rows.every((row) => Number(row.version) === 1)).toBe(true);
    expect(await database.rows('select activity_id from processed_activities')).toHaveLength(50);
  }, 30_000);

  it('a stale turn among concurrent ones fails alone and changes nothing', async () => {
    await commit(store, turn('test:stale'));
    const results = await Promise.allSettled([
      commit(store, turn('test:fresh-1')),
      commit(store, turn('test:stale', { expectedVersion: 5, activityId: 'stale-2' })),
      commit(store, turn('test:fresh-2')),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((results[1] as PromiseRejectedResult).reason).toBeInstanceOf(VersionConflictError);
    const stale = await database.rows("select version from conversations where key = 'test:stale'");
    expect(stale.map((row) => Number(row.version))).toEqual([1]);
    expect(await database.rows("select 1 from processed_activities where activity_id = 'stale-2'")).toHaveLength(0);
  }, 30_000);

  it('turns of one conversation sent at once commit one after another, each at the version it read', async () => {
    const key = 'test:one-conversation';
    await commit(store, turn(key));
    await Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        store.withConversation(key, async (tx) => {
          const loaded = await tx.load();
          await tx.commit(turn(key, { expectedVersion: loaded?.version ?? null, activityId: `next-${i}` }));
        }),
      ),
    );
    const rows = await database.rows(`select version from conversations where key = '${key}'`);
    expect(rows.map((row) => Number(row.version))).toEqual([6]);
  }, 30_000);
});

describe('group commit on SQLite', () => {
  let database: TestDatabase;
  let store: IntakeStore;

  beforeEach(async () => {
    database = await sqliteDatabase();
    store = await openStore(database.url);
  });
  afterEach(async () => {
    await store.close();
    await database.drop();
  });

  it('a turn is answered only once another connection can read it', async () => {
    const path = database.url.slice('sqlite:'.length);
    await Promise.all(
      ['a', 'b', 'c'].map(async (name) => {
        await commit(store, turn(`test:${name}`));
        // A separate connection (another process would be the same): the commit is already in the database file.
        const reader = new Database(path, { readonly: true });
        try {
          expect(reader.prepare('select 1 from conversations where key = ?').all(`test:${name}`)).toHaveLength(1);
        } finally {
          reader.close();
        }
      }),
    );
    const reader = new Database(path, { readonly: true });
    try {
      // WAL and FULL are properties of the store's own connection; its journal mode is kept in the file.
      expect(reader.pragma('journal_mode', { simple: true })).toBe('wal');
    } finally {
      reader.close();
    }
  });
});
