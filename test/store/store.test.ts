// The store, run against SQLite and (when TEST_DATABASE_URL is set) PostgreSQL: one locked transaction per turn.
import { setTimeout as sleep } from 'node:timers/promises';
import { Kysely, sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CrisisEvent } from '../../dialogs/intake-context.js';
import type { IntakeRecord } from '../../src/record/schema.js';
import { connect } from '../../src/store/connect.js';
import type { Database } from '../../src/store/database.js';
import { openStore } from '../../src/store/open-store.js';
import { type IntakeStore, type TurnCommit, VersionConflictError } from '../../src/store/types.js';
import { Conversation } from '../helpers/conversation.js';
import { postgresDatabase, postgresUrl, sqliteDatabase, type TestDatabase } from './targets.js';

const started = new Conversation().sayAll(['start', 'yes']);
const risky = new Conversation().sayAll(['start', 'yes', 'I want to kill myself']);
const crisisEvent: CrisisEvent = risky.turn.newCrisisEvents[0]!;

const recordWith = (changes: Partial<IntakeRecord>): IntakeRecord => ({ ...started.record, ...changes });

function turn(changes: Partial<TurnCommit> = {}): TurnCommit {
  return {
    key: 'test:conversation-1',
    expectedVersion: null,
    snapshot: started.turn.snapshot,
    channel: 'test',
    activityId: 'activity-1',
    replies: [{ type: 'message', text: 'Welcome' }],
    record: started.record,
    crisisEvents: [],
    outbox: [],
    at: '2026-11-28T10:05:00.000Z',
    ...changes,
  };
}

const commit = (store: IntakeStore, t: TurnCommit) => store.withConversation(t.key, (tx) => tx.commit(t));
const load = (store: IntakeStore, key = 'test:conversation-1') => store.withConversation(key, (tx) => tx.load());

const backends = [
  ['sqlite', sqliteDatabase, false],
  ['postgres', postgresDatabase, !postgresUrl],
] as const;

describe.each(backends)('store on %s', (dialect, createDatabase, skip) => {
  describe.skipIf(skip)('', () => {
    let database: TestDatabase;
    let store: IntakeStore;
    const logged: { obj: object; msg: string }[] = [];

    beforeEach(async () => {
      logged.length = 0;
      database = await createDatabase();
      store = await openStore(database.url, { logger: { info: (obj, msg) => logged.push({ obj, msg }) } });
    });
    afterEach(async () => {
      await store.close();
      await database.drop();
    });

    it('opens on the right dialect, and migrating again changes nothing', async () => {
      expect(store.dialect).toBe(dialect);
      await store.migrate();
      await store.ping();
      expect(logged.map((l) => l.msg)).toContain('store migrated');
    });

    it('commits a new conversation at version 1 and loads its snapshot', async () => {
      expect(await load(store)).toBeUndefined();
      await commit(store, turn());
      const stored = await load(store);
      expect(stored).toMatchObject({ key: 'test:conversation-1', version: 1, channel: 'test' });
      expect(stored?.recordId).toBe(started.record.id);
      expect(stored?.snapshot).toEqual(started.turn.snapshot);
      expect(stored?.createdAt).toBe('2026-11-28T10:05:00.000Z');
    });

    it('a second commit at the loaded version makes version 2', async () => {
      await commit(store, turn());
      await commit(store, turn({ expectedVersion: 1, snapshot: risky.turn.snapshot, activityId: 'activity-2' }));
      const stored = await load(store);
      expect(stored?.version).toBe(2);
      expect(stored?.snapshot).toEqual(risky.turn.snapshot);
    });

    it('a stale version is a VersionConflictError and changes nothing', async () => {
      await commit(
        store,
        turn({ crisisEvents: [crisisEvent], outbox: [{ kind: 'alert', dedupKey: 'a', payload: {} }] }),
      );
      const before = { record: await store.getRecord(started.record.id), outbox: await store.listOutbox() };
      const stale = {
        snapshot: risky.turn.snapshot,
        record: recordWith({ status: 'declined' }),
        crisisEvents: [crisisEvent],
        outbox: [{ kind: 'alert', dedupKey: 'b', payload: {} }],
        activityId: 'activity-2',
      };
      await expect(commit(store, turn({ ...stale, expectedVersion: null }))).rejects.toThrow(VersionConflictError);
      await expect(commit(store, turn({ ...stale, expectedVersion: 7 }))).rejects.toThrow(VersionConflictError);
      const stored = await load(store);
      expect(stored?.version).toBe(1);
      expect(stored?.snapshot).toEqual(started.turn.snapshot);
      expect(await store.getRecord(started.record.id)).toEqual(before.record);
      expect(await store.listCrisisEvents()).toHaveLength(1);
      expect(await store.listOutbox()).toEqual(before.outbox);
      expect(await store.withConversation(turn().key, (tx) => tx.repliesFor('activity-2'))).toBeUndefined();
    });

    it('a commit that fails half-way (a NOT NULL crisis column) leaves nothing behind', async () => {
      const broken = { ...crisisEvent, step: null } as unknown as CrisisEvent;
      await expect(commit(store, turn({ crisisEvents: [broken] }))).rejects.toThrow();
      expect(await load(store)).toBeUndefined();
      expect(await store.getRecord(started.record.id)).toBeUndefined();
      expect(await store.listCrisisEvents()).toEqual([]);
    });

    it('a commit whose processed activity collides rolls back the snapshot, record, events and outbox', async () => {
      await commit(store, turn({ outbox: [{ kind: 'alert', dedupKey: 'first', payload: { n: 1 } }] }));
      const record = await store.getRecord(started.record.id);
      const again = turn({
        expectedVersion: 1,
        snapshot: risky.turn.snapshot,
        record: recordWith({ status: 'declined' }),
        crisisEvents: [crisisEvent],
        outbox: [{ kind: 'alert', dedupKey: 'second', payload: { n: 2 } }],
      });
      await expect(commit(store, again)).rejects.toThrow();
      expect((await load(store))?.version).toBe(1);
      expect(await store.getRecord(started.record.id)).toEqual(record);
      expect(await store.listCrisisEvents()).toEqual([]);
      expect((await store.listOutbox()).map((m) => m.dedupKey)).toEqual(['first']);
    });

    it('a failed commit saves nothing even when the caller catches the error and carries on', async () => {
      const broken = { ...crisisEvent, kind: null } as unknown as CrisisEvent;
      const caught = await store.withConversation(turn().key, async (tx) => {
        const error = await tx.commit(turn({ crisisEvents: [broken] })).catch((e: unknown) => e);
        return error instanceof Error;
      });
      expect(caught).toBe(true);
      expect(await load(store)).toBeUndefined();
      expect(await store.getRecord(started.record.id)).toBeUndefined();
      await commit(store, turn());
      expect((await load(store))?.version).toBe(1);
    });

    it('answers a redelivered activity from the stored replies', async () => {
      const replies = [{ type: 'message', text: 'Welcome' }, { type: 'typing' }];
      await commit(store, turn({ activityId: 'activity-1', replies }));
      await store.withConversation(turn().key, async (tx) => {
        expect(await tx.repliesFor('activity-1')).toEqual(replies);
        expect(await tx.repliesFor('activity-9')).toBeUndefined();
      });
      expect(await store.withConversation('test:other', (tx) => tx.repliesFor('activity-1'))).toBeUndefined();
    });

    it('runs concurrent turns of one conversation one after another', async () => {
      const order: string[] = [];
      const turnOf = (name: string) =>
        store.withConversation(turn().key, async (tx) => {
          order.push(`${name} starts`);
          const current = await tx.load();
          await sleep(30);
          await tx.commit(turn({ expectedVersion: current?.version ?? null, activityId: name }));
          order.push(`${name} ends`);
          return current?.version ?? null;
        });
      expect(await Promise.all([turnOf('a'), turnOf('b')])).toEqual([null, 1]);
      expect(order).toEqual(['a starts', 'a ends', 'b starts', 'b ends']);
      expect((await load(store))?.version).toBe(2);
    });

    // SQLite has one connection, so every transaction (any key) is serialised there by design.
    it.skipIf(dialect === 'sqlite')('does not make one conversation wait for another', async () => {
      let entered!: () => void;
      let release!: () => void;
      const inside = new Promise<void>((resolve) => {
        entered = resolve;
      });
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      const first = store.withConversation('test:a', async (tx) => {
        await tx.load();
        entered();
        await held;
        await tx.commit(turn({ key: 'test:a', record: recordWith({ id: 'record-a' }) }));
      });
      await inside;
      try {
        const second = commit(store, turn({ key: 'test:b', record: recordWith({ id: 'record-b' }) }));
        const timeout = sleep(3000).then(() => 'blocked');
        expect(await Promise.race([second.then(() => 'done'), timeout])).toBe('done');
      } finally {
        release();
      }
      await first;
      expect((await load(store, 'test:a'))?.version).toBe(1);
    });

    it.skipIf(dialect === 'sqlite')(
      'serialises one conversation across two store instances (the database lock)',
      async () => {
        const other = await openStore(database.url);
        try {
          const turnOn = (s: IntakeStore, name: string) =>
            s.withConversation(turn().key, async (tx) => {
              const current = await tx.load();
              await sleep(30);
              await tx.commit(turn({ expectedVersion: current?.version ?? null, activityId: name }));
            });
          await Promise.all([turnOn(store, 'a'), turnOn(other, 'b')]);
          expect((await load(store))?.version).toBe(2);
        } finally {
          await other.close();
        }
      },
    );

    describe('records', () => {
      const r1 = recordWith({ id: 'r1', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T01:00:00.000Z' });
      const r2 = recordWith({ id: 'r2', createdAt: '2026-01-02T00:00:00.000Z', updatedAt: '2026-01-05T00:00:00.000Z' });
      const r0 = recordWith({ id: 'r0', createdAt: '2026-01-02T00:00:00.000Z', updatedAt: '2026-01-03T00:00:00.000Z' });
      const saveAll = async (...records: IntakeRecord[]) => {
        for (const record of records) await commit(store, turn({ key: `test:${record.id}`, record }));
      };

      it('round-trip, oldest first, and `since` filters by last update', async () => {
        await saveAll(r2, r1, r0);
        expect(await store.listRecords()).toEqual([r1, r0, r2].map((record) => ({ ok: true, record })));
        expect(await store.getRecord('r2')).toEqual({ ok: true, record: r2 });
        expect(await store.getRecord('missing')).toBeUndefined();
        const since = await store.listRecords({ since: '2026-01-03T00:00:00.000Z' });
        expect(since.map((r) => (r.ok ? r.record.id : r.id))).toEqual(['r0', 'r2']);
      });

      it('shows who acknowledged its crisis alerts, and when (the latest acknowledgement)', async () => {
        await saveAll(r1, r2);
        await store.acknowledgeAlerts('r1', 'dr.lee', '2026-01-06T09:00:00.000Z');
        await store.acknowledgeAlerts('r1', 'dr.kim', '2026-01-06T10:00:00.000Z');
        const triage = { ...r1.triage, acknowledgedBy: 'dr.kim', acknowledgedAt: '2026-01-06T10:00:00.000Z' };
        expect(await store.getRecord('r1')).toEqual({ ok: true, record: { ...r1, triage } });
        expect(await store.listRecords()).toEqual([
          { ok: true, record: { ...r1, triage } },
          { ok: true, record: r2 },
        ]);
      });

      it('a later turn replaces the stored record', async () => {
        await commit(store, turn({ record: r1 }));
        await commit(store, turn({ expectedVersion: 1, activityId: 'a2', record: { ...r1, status: 'declined' } }));
        expect(await store.getRecord('r1')).toEqual({ ok: true, record: { ...r1, status: 'declined' } });
      });

      it('a stored record that no longer parses is reported, not dropped, and not quoted', async () => {
        await saveAll(r1, r0, r2);
        await database.exec(`update records set data = '{"nope":1}' where id = 'r1'`);
        await database.exec(`update records set data = 'not json' where id = 'r2'`);
        const listed = await store.listRecords();
        expect(listed).toHaveLength(3);
        expect(listed[0]).toMatchObject({ ok: false, id: 'r1', problem: expect.stringContaining('id') });
        expect(listed[0]).not.toHaveProperty('problem', expect.stringContaining('nope'));
        expect(listed[1]).toEqual({ ok: true, record: r0 });
        expect(listed[2]).toEqual({ ok: false, id: 'r2', problem: 'data: not valid JSON' });
        expect(await store.getRecord('r1')).toMatchObject({ ok: false, id: 'r1' });
      });

      it('marks idle in-progress records abandoned, in the column and the JSON', async () => {
        const old = recordWith({ id: 'old', updatedAt: '2026-01-01T00:00:00.000Z' });
        const recent = recordWith({ id: 'recent', updatedAt: '2026-02-01T00:00:00.000Z' });
        const declined = recordWith({ id: 'declined', status: 'declined', updatedAt: '2026-01-01T00:00:00.000Z' });
        await saveAll(old, recent, declined);
        const now = '2026-02-02T00:00:00.000Z';
        expect(await store.markAbandoned('2026-01-15T00:00:00.000Z', now)).toBe(1);
        expect(await store.getRecord('old')).toEqual({
          ok: true,
          record: { ...old, status: 'abandoned', updatedAt: now },
        });
        expect(await store.getRecord('recent')).toEqual({ ok: true, record: recent });
        expect(await store.getRecord('declined')).toEqual({ ok: true, record: declined });
        expect(await database.rows(`select status, updated_at from records where id = 'old'`)).toEqual([
          { status: 'abandoned', updated_at: now },
        ]);
        expect(await store.markAbandoned('2026-01-15T00:00:00.000Z', now)).toBe(0);
        expect(logged.at(-1)).toEqual({ obj: { count: 0 }, msg: 'idle records marked abandoned' });
      });
    });

    it('stores crisis events append-only, by record', async () => {
      await commit(store, turn({ crisisEvents: [crisisEvent] }));
      await commit(store, turn({ key: 'test:b', record: recordWith({ id: 'other' }), crisisEvents: [crisisEvent] }));
      expect(await store.listCrisisEvents(started.record.id)).toEqual([
        { ...crisisEvent, recordId: started.record.id },
      ]);
      expect((await store.listCrisisEvents()).map((e) => e.recordId)).toEqual([started.record.id, 'other']);
    });

    it('ignores an outbox message whose dedup key is already queued', async () => {
      await commit(store, turn({ outbox: [{ kind: 'alert', dedupKey: 'crisis:1', payload: { n: 1 } }] }));
      await commit(
        store,
        turn({
          expectedVersion: 1,
          activityId: 'activity-2',
          outbox: [
            { kind: 'alert', dedupKey: 'crisis:1', payload: { n: 2 } },
            { kind: 'alert', dedupKey: 'submitted:1', payload: { n: 3 } },
          ],
        }),
      );
      const outbox = await store.listOutbox();
      expect(outbox.map(({ dedupKey, payload, deliveredAt }) => ({ dedupKey, payload, deliveredAt }))).toEqual([
        { dedupKey: 'crisis:1', payload: { n: 1 }, deliveredAt: null },
        { dedupKey: 'submitted:1', payload: { n: 3 }, deliveredAt: null },
      ]);
      expect(outbox[0]?.createdAt).toBe('2026-11-28T10:05:00.000Z');
      expect(typeof outbox[0]?.id).toBe('number');
    });

    it('keeps everything across close and reopen', async () => {
      await commit(store, turn());
      await store.close();
      store = await openStore(database.url);
      expect((await load(store))?.version).toBe(1);
      expect(await store.getRecord(started.record.id)).toEqual({ ok: true, record: started.record });
    });

    it('logs ids and counts, never record data or snapshots', async () => {
      await commit(store, turn());
      await store.markAbandoned('2000-01-01T00:00:00.000Z', '2026-12-01T00:00:00.000Z');
      const text = JSON.stringify(logged);
      expect(text).not.toContain(started.record.reference);
      expect(text).not.toContain('consent');
    });

    it.runIf(dialect === 'sqlite')('opens the SQLite file in WAL mode with synchronous FULL', async () => {
      const db = new Kysely<Database>({ dialect: connect(database.url).kyselyDialect });
      try {
        const pragma = async (name: string) =>
          Object.values((await sql.raw<Record<string, unknown>>(`pragma ${name}`).execute(db)).rows[0] ?? {})[0];
        expect(await pragma('journal_mode')).toBe('wal');
        expect(await pragma('synchronous')).toBe(2); // FULL
        expect(await pragma('foreign_keys')).toBe(1);
        expect(await pragma('busy_timeout')).toBe(5000);
      } finally {
        await db.destroy();
      }
    });
  });
});
