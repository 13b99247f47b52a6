// Encryption at rest, key rotation, erasure, the retention purge and online backups, on SQLite and (when
// TEST_DATABASE_URL is set) PostgreSQL: what is stored is sealed, what is read is whole, and what must stay stays.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IntakeRecord } from '../../src/record/schema.js';
import { ValueCipher } from '../../src/store/crypto/value-cipher.js';
import { openStore } from '../../src/store/open-store.js';
import type { IntakeStore, TurnCommit } from '../../src/store/types.js';
import { Conversation } from '../helpers/conversation.js';
import { postgresDatabase, postgresUrl, sqliteDatabase, type TestDatabase } from './targets.js';

const started = new Conversation().sayAll(['start', 'yes']);
const risky = new Conversation().sayAll(['start', 'yes', 'I want to kill myself']);
const keyA = Buffer.alloc(32, 0xa1);
const keyB = Buffer.alloc(32, 0xb2);
const cli = { actorId: null, actorEmail: 'lead@example.org', via: 'cli', address: null };
const canary = 'Canary-Words-9d41';

function turn(key: string, record: IntakeRecord, changes: Partial<TurnCommit> = {}): TurnCommit {
  return {
    key,
    expectedVersion: null,
    snapshot: started.turn.snapshot,
    channel: 'test',
    activityId: `${key}-a1`,
    replies: [{ type: 'message', text: `Thanks, ${canary}` }],
    record,
    crisisEvents: [],
    outbox: [],
    at: '2026-01-01T10:00:00.000Z',
    ...changes,
  };
}

const recordOf = (id: string, changes: Partial<IntakeRecord> = {}): IntakeRecord => ({
  ...started.record,
  id,
  reference: `R${id.slice(-2).toUpperCase().padStart(2, '0')}-TST`.slice(0, 7),
  reasons: { ...started.record.reasons, ownWords: canary },
  ...changes,
});

const commit = (store: IntakeStore, t: TurnCommit) => store.withConversation(t.key, (tx) => tx.commit(t));

const backends = [
  ['sqlite', sqliteDatabase, false],
  ['postgres', postgresDatabase, !postgresUrl],
] as const;

describe.each(backends)('data care on %s', (_dialect, createDatabase, skip) => {
  describe.skipIf(skip)('', () => {
    let database: TestDatabase;
    const opened: IntakeStore[] = [];
    const open = async (cipher: ValueCipher) => {
      const store = await openStore(database.url, { cipher, nameIndexKey: Buffer.alloc(32, 1) });
      opened.push(store);
      return store;
    };

    beforeEach(async () => {
      database = await createDatabase();
    });
    afterEach(async () => {
      for (const store of opened.splice(0)) await store.close();
      await database.drop();
    });

    it('stores snapshots, records, replies and notes sealed under the key id, and reads them back whole', async () => {
      const store = await open(new ValueCipher(keyA));
      const record = recordOf('rec-01');
      await commit(store, turn('test:c1', record));
      await store.review((tx) => tx.addNote('rec-01', 'dr.lee', '2026-01-02T10:00:00.000Z', `Called ${canary}`));
      // Replies kept for a channel that was down go through the outbox: sealed there too.
      const kept = { kind: 'undelivered-replies', dedupKey: 'kept-1', payload: { activities: [{ text: canary }] } };
      await store.enqueueOutbox([kept], '2026-01-02T10:00:00.000Z');

      const keyId = store.encryptionKeyId as string;
      expect(keyId).toMatch(/^[0-9a-f]{8}$/);
      const stored = [
        ...(await database.rows('select snapshot as v from conversations')),
        ...(await database.rows('select data as v from records')),
        ...(await database.rows('select replies as v from processed_activities')),
        ...(await database.rows('select text as v from review_notes')),
        ...(await database.rows('select payload as v from outbox')),
      ].map((row) => String(row.v));
      expect(stored).toHaveLength(5);
      for (const value of stored) {
        expect(value.startsWith(`enc:v1:${keyId}:`)).toBe(true);
        expect(value).not.toContain(canary);
      }

      const read = await store.getRecord('rec-01');
      expect(read).toMatchObject({ ok: true, record: { reasons: { ownWords: canary } } });
      expect(read?.ok && read.record.review.notes.map((n) => n.text)).toEqual([`Called ${canary}`]);
      expect((await store.withConversation('test:c1', (tx) => tx.load()))?.snapshot).toEqual(started.turn.snapshot);
      expect(await store.repliesOf('test:c1')).toEqual([
        { activityId: expect.any(String), at: turn('k', record).at, activities: turn('k', record).replies },
      ]);
      expect((await store.listRecords()).map((r) => r.ok)).toEqual([true]);
      expect((await store.listOutbox()).map((m) => m.payload)).toEqual([kept.payload]);
      const claimed = await store.claimDueOutbox({
        kinds: ['undelivered-replies'],
        limit: 5,
        now: '2026-01-02T10:00:00.000Z',
        leaseUntil: '2026-01-02T10:01:00.000Z',
        maxAttempts: 5,
      });
      expect(claimed.map((m) => m.payload)).toEqual([kept.payload]);
      const queue = await store.reviewReads().queue({}, null, 10);
      expect(queue.items[0]?.firstName).toBe(record.contact.firstName);
    });

    it('rotates a page of rows at a time and reaches every row', async () => {
      const underA = await open(new ValueCipher(keyA));
      for (const n of [1, 2, 3, 4, 5]) await commit(underA, turn(`test:c${n}`, recordOf(`rec-0${n}`)));
      const underB = await open(new ValueCipher(keyB, [keyA]));
      const rotation = await underB.rotateKey(2);
      expect(rotation.resealed).toMatchObject({
        'conversations.snapshot': 5,
        'records.data': 5,
        'processed_activities.replies': 5,
      });
      expect((await underB.rotateKey(2)).resealed['conversations.snapshot']).toBe(0);
    });

    it('reads older keys, rotates everything to the current one, and reports a record whose key is gone', async () => {
      const plain = await open(new ValueCipher(undefined));
      await commit(plain, turn('test:c0', recordOf('rec-00')));
      const underA = await open(new ValueCipher(keyA));
      await commit(underA, turn('test:c1', recordOf('rec-01')));
      await underA.review((tx) => tx.addNote('rec-01', 'dr.lee', '2026-01-02T10:00:00.000Z', 'a note'));

      const underB = await open(new ValueCipher(keyB, [keyA]));
      expect((await underB.listRecords()).every((r) => r.ok)).toBe(true);
      const rotation = await underB.rotateKey();
      expect(rotation.resealed).toEqual({
        'conversations.snapshot': 2,
        'records.data': 2,
        'review_notes.text': 1,
        'processed_activities.replies': 2,
        'outbox.payload': 0,
      });
      expect((await underB.rotateKey()).resealed['records.data']).toBe(0);
      const idB = underB.encryptionKeyId as string;
      for (const row of await database.rows('select data as v from records')) {
        expect(String(row.v).startsWith(`enc:v1:${idB}:`)).toBe(true);
      }

      const onlyB = await open(new ValueCipher(keyB));
      expect((await onlyB.listRecords()).map((r) => r.ok)).toEqual([true, true]);
      const onlyA = await open(new ValueCipher(keyA));
      const unreadable = await onlyA.getRecord('rec-01');
      expect(unreadable).toMatchObject({ ok: false, id: 'rec-01' });
      expect(unreadable?.ok === false && unreadable.problem).toContain(idB);
    });

    it('erases a record, its conversations, replies and notes on request; events, acknowledgements and audit stay', async () => {
      const store = await open(new ValueCipher(keyA));
      const record = { ...risky.record, id: 'rec-risk' };
      await commit(
        store,
        turn('test:c1', record, { snapshot: risky.turn.snapshot, crisisEvents: risky.turn.newCrisisEvents }),
      );
      await commit(store, turn('test:c2', recordOf('rec-keep')));
      await store.review(async (tx) => {
        await tx.addNote('rec-risk', 'dr.lee', '2026-01-02T10:00:00.000Z', 'called back');
        await tx.acknowledge('rec-risk', 'dr.lee', '2026-01-02T10:00:00.000Z');
      });

      const counts = await store.erase('rec-risk', cli, '2026-01-03T10:00:00.000Z');
      expect(counts).toEqual({ records: 1, conversations: 1, activities: 1, notes: 1 });
      expect(await store.getRecord('rec-risk')).toBeUndefined();
      expect(await store.withConversation('test:c1', (tx) => tx.load())).toBeUndefined();
      expect(await store.repliesOf('test:c1')).toEqual([]);
      expect(await database.rows("select * from review_notes where record_id = 'rec-risk'")).toEqual([]);
      // Safety and audit keep ids, kinds, levels and times: no words.
      expect(await store.listCrisisEvents('rec-risk')).toHaveLength(risky.turn.newCrisisEvents.length);
      expect(await store.listAlertAcknowledgements('rec-risk')).toHaveLength(1);
      const [audit] = await store.reviewReads().auditLog({ limit: 1 });
      expect(audit).toMatchObject({
        action: 'record.erase',
        recordId: 'rec-risk',
        actorEmail: 'lead@example.org',
        via: 'cli',
        at: '2026-01-03T10:00:00.000Z',
        detail: counts,
      });
      expect((await store.getRecord('rec-keep'))?.ok).toBe(true);

      // The same conversation writing again starts afresh: a new record at version 1, nothing of the old one.
      const fresh = recordOf('rec-new');
      await commit(store, turn('test:c1', fresh, { activityId: 'test:c1-a1' }));
      expect(await store.withConversation('test:c1', (tx) => tx.load())).toMatchObject({
        version: 1,
        recordId: 'rec-new',
      });
      expect(await store.erase('no-such-record', cli, '2026-01-03T10:00:00.000Z')).toEqual({
        records: 0,
        conversations: 0,
        activities: 0,
        notes: 0,
      });
      expect(
        (await store.reviewReads().auditLog({ limit: 10 })).filter((a) => a.action === 'record.erase'),
      ).toHaveLength(1);
    });

    it('purges abandoned intakes after retention only once closed and with no alert waiting for acknowledgement', async () => {
      const store = await open(new ValueCipher(keyA));
      const old = '2026-01-01T10:00:00.000Z';
      const abandoned = (id: string, changes: Partial<IntakeRecord> = {}) =>
        recordOf(id, { status: 'abandoned', updatedAt: old, ...changes });
      await commit(store, turn('test:closed', abandoned('rec-closed')));
      await commit(store, turn('test:open', abandoned('rec-open')));
      await commit(store, turn('test:recent', abandoned('rec-recent', { updatedAt: '2026-03-01T10:00:00.000Z' })));
      await commit(store, turn('test:sent', recordOf('rec-sent', { status: 'declined', updatedAt: old })));
      await commit(
        store,
        turn(
          'test:risk',
          { ...risky.record, id: 'rec-risk', status: 'abandoned', updatedAt: old },
          {
            crisisEvents: risky.turn.newCrisisEvents,
          },
        ),
      );
      await store.review(async (tx) => {
        for (const id of ['rec-closed', 'rec-recent', 'rec-sent', 'rec-risk']) {
          await tx.setReviewState(id, 'closed', 'dr.lee', '2026-01-05T10:00:00.000Z');
        }
      });

      const before = '2026-02-01T00:00:00.000Z';
      expect(await store.purgeAbandoned(before, '2026-03-02T00:00:00.000Z', 30)).toEqual(['rec-closed']);
      expect(await store.getRecord('rec-closed')).toBeUndefined();
      for (const kept of ['rec-open', 'rec-recent', 'rec-sent', 'rec-risk']) {
        expect((await store.getRecord(kept))?.ok, kept).toBe(true);
      }

      // Once its alert is acknowledged, the flagged one goes too; its crisis events and acknowledgement stay.
      await store.review((tx) => tx.acknowledge('rec-risk', 'dr.lee', '2026-01-06T10:00:00.000Z'));
      expect(await store.purgeAbandoned(before, '2026-03-02T00:00:00.000Z', 30)).toEqual(['rec-risk']);
      expect(await store.listCrisisEvents('rec-risk')).toHaveLength(risky.turn.newCrisisEvents.length);
      expect(await store.listAlertAcknowledgements('rec-risk')).toHaveLength(1);
      const purges = (await store.reviewReads().auditLog({ limit: 10 })).filter((a) => a.action === 'record.purge');
      expect(purges.map((a) => [a.recordId, a.via, a.detail.reason, a.detail.retentionDays])).toEqual([
        ['rec-risk', 'system', 'retention', 30],
        ['rec-closed', 'system', 'retention', 30],
      ]);
    });
  });
});

describe('online backup of SQLite', () => {
  it('copies a consistent store with VACUUM INTO while turns keep committing', async () => {
    const database = await sqliteDatabase();
    const store = await openStore(database.url, { cipher: new ValueCipher(keyA) });
    try {
      let committed = 0;
      let writing = true;
      const writer = (async () => {
        while (writing) {
          const id = `rec-${String(committed).padStart(4, '0')}`;
          await commit(store, turn(`test:${id}`, recordOf(id)));
          committed++;
          // better-sqlite3 answers synchronously: without a macrotask turn the loop would starve the timers below.
          await new Promise((resolve) => setImmediate(resolve));
        }
      })();
      while (committed < 20) await new Promise((resolve) => setTimeout(resolve, 5));
      const target = join(mkdtempSync(join(tmpdir(), 'backup-test-')), 'copy.db');
      await store.backupTo(target);
      const during = committed;
      writing = false;
      await writer;

      const copy = new Database(target, { readonly: true });
      try {
        expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
        const counts = copy
          .prepare('select (select count(*) from records) as r, (select count(*) from conversations) as c')
          .get() as {
          r: number;
          c: number;
        };
        // One consistent read: every record has its conversation, and the copy holds what was committed by then.
        expect(counts.r).toBe(counts.c);
        expect(counts.r).toBeGreaterThanOrEqual(20);
        expect(counts.r).toBeLessThanOrEqual(during + 1);
      } finally {
        copy.close();
      }
      const restored = await openStore(`sqlite:${target}`, { cipher: new ValueCipher(keyA) });
      try {
        expect((await restored.listRecords()).every((r) => r.ok)).toBe(true);
      } finally {
        await restored.close();
      }
    } finally {
      await store.close();
      await database.drop();
    }
  }, 60_000);
});
