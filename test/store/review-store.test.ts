// The practice's side of the store on SQLite and (when TEST_DATABASE_URL is set) PostgreSQL: the queue's order,
// filters, pages and blind-index name search, acknowledgements, review states and notes, audit rows that commit with
// their action or not at all, and acknowledgements racing each other and the turns.
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { crisisAlertPrefix } from '../../src/store/alert-keys.js';
import { openStore } from '../../src/store/open-store.js';
import { nameIndex } from '../../src/store/queue-columns.js';
import type { AuditEntry, QueueFilters } from '../../src/store/review-types.js';
import type { IntakeStore } from '../../src/store/types.js';
import { crisisEvent, intake, jan, save, saveFlagged } from './review-fixtures.js';
import { postgresDatabase, postgresUrl, sqliteDatabase, type TestDatabase } from './targets.js';

const key = new Uint8Array(32).fill(7);

const backends = [
  ['sqlite', sqliteDatabase, false],
  ['postgres', postgresDatabase, !postgresUrl],
] as const;

/** One of each place in the queue, created in an order that differs from the queue's. */
const calm = intake({ id: 'calm', day: 1 });
const sentLate = intake({ id: 'sent-late', day: 2, status: 'submitted', sentDay: 5 });
const sentEarly = intake({ id: 'sent-early', day: 3, status: 'submitted', sentDay: 4 });
const concern = intake({ id: 'concern', day: 6, level: 'concern' });
const urgent = intake({ id: 'urgent', day: 7, status: 'submitted', level: 'urgent' });
const emergencyLeft = intake({ id: 'emergency-left', day: 8, status: 'abandoned', level: 'emergency' });
const emergency = intake({ id: 'emergency', day: 9, level: 'emergency' });
const concernSeen = intake({ id: 'concern-seen', day: 10, level: 'concern' });

/** The whole queue's order, as the store must give it. */
const queueOrder = [
  'emergency-left', // unacknowledged emergency, oldest first, whatever its completion state
  'emergency',
  'urgent',
  'concern',
  'sent-early', // then submitted, oldest sent first
  'sent-late',
  'concern-seen', // then flags already acknowledged
  'calm', // then the rest
];

const entry = (changes: Partial<AuditEntry> = {}): AuditEntry => ({
  at: jan(20),
  actorId: 'staff-1',
  actorEmail: 'lee@practice.example',
  via: 'session',
  action: 'record.review',
  recordId: 'concern',
  detail: { to: 'in-review' },
  address: '203.0.113.7',
  ...changes,
});

describe.each(backends)('review store on %s', (dialect, createDatabase, skip) => {
  describe.skipIf(skip)('', () => {
    let database: TestDatabase;
    let store: IntakeStore;

    beforeEach(async () => {
      database = await createDatabase();
      store = await openStore(database.url, { nameIndexKey: key });
    });
    afterEach(async () => {
      await store.close();
      await database.drop();
    });

    const ids = async (filters: QueueFilters = {}, limit = 50) =>
      (await store.reviewReads().queue(filters, null, limit)).items.map((row) => row.id);

    async function saveQueue() {
      for (const record of [calm, sentLate, sentEarly]) await save(store, record);
      for (const record of [concern, urgent, emergencyLeft, emergency, concernSeen]) await saveFlagged(store, record);
      await store.review((tx) => tx.acknowledge('concern-seen', 'dr.lee', jan(11)));
    }

    describe('the queue', () => {
      it('puts unacknowledged emergency, urgent, concern first, then submitted oldest first, then the rest', async () => {
        await saveQueue();
        expect(await ids()).toEqual(queueOrder);
        const rows = (await store.reviewReads().queue({}, null, 50)).items;
        expect(rows.map((r) => r.unacknowledged)).toEqual([true, true, true, true, false, false, false, false]);
        expect(rows[0]).toEqual({
          id: 'emergency-left',
          reference: emergencyLeft.reference,
          status: 'abandoned',
          review: 'new',
          triageLevel: 'emergency',
          triageKinds: ['suicide'],
          unacknowledged: true,
          createdAt: emergencyLeft.createdAt,
          submittedAt: null,
          firstName: 'Sam',
          acknowledgedAt: null,
        });
        expect(rows.find((r) => r.id === 'concern-seen')?.acknowledgedAt).toBe(jan(11));
      });

      it('filters by status, triage level, review state and creation dates, alone and together', async () => {
        await saveQueue();
        await store.review((tx) => tx.setReviewState('sent-late', 'contacted', 'dr.lee', jan(12)));
        expect(await ids({ status: 'submitted' })).toEqual(['urgent', 'sent-early', 'sent-late']);
        expect(await ids({ triage: 'emergency' })).toEqual(['emergency-left', 'emergency']);
        expect(await ids({ review: 'contacted' })).toEqual(['sent-late']);
        expect(await ids({ review: 'new' })).toEqual(queueOrder.filter((id) => id !== 'sent-late'));
        expect(await ids({ from: jan(6), to: jan(8) })).toEqual(['urgent', 'concern']);
        expect(await ids({ from: jan(9) })).toEqual(['emergency', 'concern-seen']);
        expect(await ids({ to: jan(2) })).toEqual(['calm']);
        expect(await ids({ status: 'submitted', triage: 'none', review: 'new' })).toEqual(['sent-early']);
        expect(await ids({ status: 'declined' })).toEqual([]);
      });

      it('pages through the queue with a cursor: every record once, in order, and the last page says so', async () => {
        await saveQueue();
        const seen: string[] = [];
        let cursor: string | null = null;
        let pages = 0;
        do {
          const page = await store.reviewReads().queue({}, cursor, 3);
          seen.push(...page.items.map((row) => row.id));
          cursor = page.next;
          pages++;
        } while (cursor);
        expect(seen).toEqual(queueOrder);
        expect(pages).toBe(3);
        const exact = await store.reviewReads().queue({}, null, queueOrder.length);
        expect(exact.next).toBeNull();
      });

      it('pages a filtered queue, and reads an unreadable cursor as the start', async () => {
        await saveQueue();
        const first = await store.reviewReads().queue({ status: 'submitted' }, null, 2);
        expect(first.items.map((r) => r.id)).toEqual(['urgent', 'sent-early']);
        const second = await store.reviewReads().queue({ status: 'submitted' }, first.next, 2);
        expect(second).toEqual({ items: [expect.objectContaining({ id: 'sent-late' })], next: null });
        for (const bad of ['not-a-cursor', Buffer.from('[1,2]').toString('base64url')]) {
          expect((await store.reviewReads().queue({}, bad, 2)).items.map((r) => r.id)).toEqual(queueOrder.slice(0, 2));
        }
      });

      it('finds a reference in any case, within the filters', async () => {
        await save(store, intake({ id: 'ref', day: 1, reference: 'K7Q-2MX' }));
        expect((await store.reviewReads().findByReference('k7q-2mx', {})).map((r) => r.id)).toEqual(['ref']);
        expect(await store.reviewReads().findByReference('K7Q-2MX', { status: 'submitted' })).toEqual([]);
        expect(await store.reviewReads().findByReference('K7Q-2MY', {})).toEqual([]);
      });
    });

    describe('name search through the blind index', () => {
      const jose = intake({ id: 'jose', day: 2, firstName: 'José', lastName: 'Núñez' });
      const joseSmith = intake({ id: 'jose-smith', day: 1, firstName: 'jose', lastName: 'Smith', status: 'submitted' });
      const joseph = intake({ id: 'joseph', day: 3, firstName: 'Joseph', lastName: 'Nunez-Lee' });
      const anaMaria = intake({
        id: 'ana-maria',
        day: 4,
        firstName: 'Ana  María',
        lastName: "O'Brien",
        level: 'urgent',
      });
      const find = async (typed: string, filters: QueueFilters = {}, limit = 50) => {
        const index = store.nameIndex(typed);
        return index ? (await store.reviewReads().findByName([index], filters, limit)).map((r) => r.id) : null;
      };

      beforeEach(async () => {
        for (const record of [jose, joseSmith, joseph]) await save(store, record);
        await saveFlagged(store, anaMaria);
      });

      it('matches the whole first or last name, whatever the case, accents, spacing and punctuation', async () => {
        expect(await find('JOSE')).toEqual(['jose-smith', 'jose']);
        expect(await find('  josé ')).toEqual(['jose-smith', 'jose']);
        expect(await find('nunez')).toEqual(['jose']);
        expect(await find('Nuñez Lee')).toEqual(['joseph']);
        expect(await find('ana maria')).toEqual(['ana-maria']);
        expect(await find('o brien')).toEqual(['ana-maria']);
      });

      it('never matches part of a name, and has nothing to match in punctuation alone', async () => {
        expect(await find('Jos')).toEqual([]);
        expect(await find('Ana')).toEqual([]);
        expect(await find('Smith Jose')).toEqual([]);
        expect(store.nameIndex(' -!? ')).toBeNull();
        expect(store.nameIndex('')).toBeNull();
        expect(await store.reviewReads().findByName([], {}, 50)).toEqual([]);
      });

      it('keeps the queue order, the filters and the limit', async () => {
        expect(await find('jose', { status: 'in-progress' })).toEqual(['jose']);
        expect(await find('jose', {}, 1)).toEqual(['jose-smith']);
        expect(await find('ana maria', { triage: 'none' })).toEqual([]);
        const both = [store.nameIndex('ana maria'), store.nameIndex('smith')].filter((i): i is string => i !== null);
        expect((await store.reviewReads().findByName(both, {}, 50)).map((r) => r.id)).toEqual([
          'ana-maria',
          'jose-smith',
        ]);
      });

      it('stores keyed hashes only: no name in the columns, and another key finds nothing', async () => {
        const rows = await database.rows(
          `select first_name_index, last_name_index from records where id = 'jose' or id = 'ana-maria' order by id`,
        );
        expect(rows).toEqual([
          { first_name_index: nameIndex(key, 'ana maria'), last_name_index: nameIndex(key, 'o brien') },
          { first_name_index: nameIndex(key, 'jose'), last_name_index: nameIndex(key, 'nunez') },
        ]);
        for (const value of rows.flatMap((row) => Object.values(row))) expect(value).toMatch(/^[0-9a-f]{40}$/);
        const otherKey = nameIndex(new Uint8Array(32).fill(8), 'jose') as string;
        expect(otherKey).not.toBe(store.nameIndex('jose'));
        expect(await store.reviewReads().findByName([otherKey], {}, 50)).toEqual([]);
      });
    });

    describe('acknowledgements', () => {
      const row = async (id: string) => (await store.reviewReads().queue({}, null, 50)).items.find((r) => r.id === id);

      it('stop the waiting, move the record down, and a later crisis event makes it wait again', async () => {
        await saveQueue();
        await store.review((tx) => tx.acknowledge('emergency', 'dr.kim', jan(12)));
        expect(await row('emergency')).toMatchObject({ unacknowledged: false, acknowledgedAt: jan(12) });
        // Among the flags already acknowledged, the one touched least recently comes first.
        expect(await ids()).toEqual([
          'emergency-left',
          'urgent',
          'concern',
          'sent-early',
          'sent-late',
          'emergency',
          'concern-seen',
          'calm',
        ]);
        const read = await store.reviewReads().record('emergency');
        expect(read?.ok && read.record.triage).toMatchObject({ acknowledgedBy: 'dr.kim', acknowledgedAt: jan(12) });

        // A later turn that raises nothing new keeps it acknowledged.
        await save(store, { ...emergency, updatedAt: jan(13) });
        expect(await row('emergency')).toMatchObject({ unacknowledged: false });

        // A new crisis event after the acknowledgement: back at the top, waiting for someone again.
        await save(store, { ...emergency, updatedAt: jan(14) }, { events: [crisisEvent] });
        expect(await row('emergency')).toMatchObject({ unacknowledged: true, acknowledgedAt: jan(12) });
        expect((await ids()).slice(0, 2)).toEqual(['emergency-left', 'emergency']);
        // The banner's count is every record still waiting, matching the queue's flags.
        const waiting = (await store.reviewReads().queue({}, null, 50)).items.filter((r) => r.unacknowledged).length;
        expect(await store.reviewReads().countUnacknowledged()).toBe(waiting);
      });

      it('count for an urgent screen result that raised no detector event; a submitted one goes to the submitted', async () => {
        await save(store, sentEarly);
        await saveFlagged(store, urgent);
        expect(await ids()).toEqual(['urgent', 'sent-early']);
        await store.review((tx) => tx.acknowledge('urgent', 'dr.lee', jan(12)));
        expect(await ids()).toEqual(['sent-early', 'urgent']);
        expect(await database.rows(`select unacknowledged, queue_rank from records where id = 'urgent'`)).toEqual([
          { unacknowledged: 0, queue_rank: 3 },
        ]);
      });

      it("stop the alert's escalation: an acknowledged alert is never overdue", async () => {
        await saveFlagged(store, emergency);
        await store.enqueueOutbox(
          [{ kind: 'crisis-alert', dedupKey: `${crisisAlertPrefix}emergency:1`, payload: { recordId: 'emergency' } }],
          jan(9, 11),
        );
        const [claimed] = await store.claimDueOutbox({
          now: jan(9, 12),
          kinds: ['crisis-alert'],
          maxAttempts: 5,
          leaseUntil: jan(9, 20),
          limit: 10,
        });
        await store.markOutboxDelivered(claimed?.id ?? -1, jan(9, 12));
        expect((await store.listOverdueAlerts(jan(9, 40))).map((a) => a.dedupKey)).toEqual([
          `${crisisAlertPrefix}emergency:1`,
        ]);
        await store.review((tx) => tx.acknowledge('emergency', 'dr.kim', jan(9, 30)));
        expect(await store.listOverdueAlerts(jan(9, 40))).toEqual([]);
      });

      it('two at once leave one consistent state: both kept, the record no longer waiting', async () => {
        await saveFlagged(store, emergency);
        await save(store, sentEarly);
        await Promise.all([
          store.review((tx) => tx.acknowledge('emergency', 'dr.lee', jan(12, 1))),
          store.review((tx) => tx.acknowledge('emergency', 'dr.kim', jan(12, 2))),
        ]);
        expect(await store.listAlertAcknowledgements('emergency')).toHaveLength(2);
        expect(await database.rows(`select unacknowledged, queue_rank from records where id = 'emergency'`)).toEqual([
          { unacknowledged: 0, queue_rank: 4 },
        ]);
        const read = await store.reviewReads().record('emergency');
        expect(read?.ok && read.record.triage).toMatchObject({ acknowledgedBy: 'dr.kim', acknowledgedAt: jan(12, 2) });
        expect(await ids()).toEqual(['sent-early', 'emergency']);
      });

      it.skipIf(dialect === 'sqlite')('from two store instances at once (two processes) agree too', async () => {
        await saveFlagged(store, emergency);
        const other = await openStore(database.url, { nameIndexKey: key });
        try {
          await Promise.all([
            store.review(async (tx) => {
              await tx.acknowledge('emergency', 'dr.lee', jan(12, 1));
              await sleep(50);
            }),
            other.review((tx) => tx.acknowledge('emergency', 'dr.kim', jan(12, 2))),
          ]);
        } finally {
          await other.close();
        }
        expect(await database.rows(`select unacknowledged, queue_rank from records where id = 'emergency'`)).toEqual([
          { unacknowledged: 0, queue_rank: 4 },
        ]);
      });

      it.skipIf(dialect === 'sqlite')(
        'an acknowledgement racing a turn that raises a new crisis event leaves the record waiting',
        async () => {
          await saveFlagged(store, emergency);
          await store.review((tx) => tx.acknowledge('emergency', 'dr.lee', jan(12)));
          let committed!: () => void;
          let release!: () => void;
          const written = new Promise<void>((resolve) => {
            committed = resolve;
          });
          const held = new Promise<void>((resolve) => {
            release = resolve;
          });
          // The turn has written its event and the record, and is still open when the acknowledgement starts.
          const turn = store.withConversation('test:emergency', async (tx) => {
            const current = await tx.load();
            await tx.commit({
              key: 'test:emergency',
              expectedVersion: current?.version ?? null,
              snapshot: (current as NonNullable<typeof current>).snapshot,
              channel: 'test',
              activityId: 'late-turn',
              replies: [],
              record: { ...emergency, updatedAt: jan(14) },
              crisisEvents: [{ ...crisisEvent, at: jan(14) }],
              outbox: [],
              at: jan(14),
            });
            committed();
            await held;
          });
          await written;
          const acknowledged = store.review((tx) => tx.acknowledge('emergency', 'dr.kim', jan(13)));
          await sleep(200);
          release();
          await Promise.all([turn, acknowledged]);
          // The event (day 14) is newer than either acknowledgement (days 12 and 13): someone must still look.
          expect(await database.rows(`select unacknowledged, queue_rank from records where id = 'emergency'`)).toEqual([
            { unacknowledged: 1, queue_rank: 0 },
          ]);
        },
      );
    });

    describe('review states and notes', () => {
      it('moves the review on with who and when, and keeps notes in order with author and time', async () => {
        await save(store, sentEarly);
        await store.review(async (tx) => {
          expect(await tx.setReviewState('sent-early', 'in-review', 'dr.lee', jan(12))).toBe(true);
          await tx.addNote('sent-early', 'dr.lee', jan(12, 1), 'Left a voicemail.');
        });
        await store.review(async (tx) => {
          expect(await tx.setReviewState('sent-early', 'contacted', 'front@practice.example', jan(13))).toBe(true);
          await tx.addNote('sent-early', 'front@practice.example', jan(13, 1), 'Booked for Tuesday <b>10am</b>.');
        });
        const read = await store.reviewReads().record('sent-early');
        expect(read?.ok && read.record.review).toEqual({
          state: 'contacted',
          by: 'front@practice.example',
          at: jan(13),
          notes: [
            { at: jan(12, 1), by: 'dr.lee', text: 'Left a voicemail.' },
            { at: jan(13, 1), by: 'front@practice.example', text: 'Booked for Tuesday <b>10am</b>.' },
          ],
        });
        expect((await store.reviewReads().notes('sent-early')).map((n) => n.author)).toEqual([
          'dr.lee',
          'front@practice.example',
        ]);
        expect((await store.reviewReads().queue({}, null, 5)).items[0]?.review).toBe('contacted');
      });

      it('says when there is no such record, and a later turn never changes the review', async () => {
        await save(store, concern);
        expect(await store.review((tx) => tx.setReviewState('missing', 'closed', 'dr.lee', jan(12)))).toBe(false);
        await store.review(async (tx) => {
          await tx.setReviewState('concern', 'in-review', 'dr.lee', jan(12));
          await tx.addNote('concern', 'dr.lee', jan(12), 'Calling back today.');
        });
        await save(store, { ...concern, status: 'abandoned', updatedAt: jan(15) });
        const read = await store.reviewReads().record('concern');
        expect(read?.ok && read.record.status).toBe('abandoned');
        expect(read?.ok && read.record.review).toMatchObject({ state: 'in-review', by: 'dr.lee', notes: [{}] });
        expect(await store.listRecords()).toEqual([read]);
      });
    });

    describe('audit rows commit with their action', () => {
      const auditCount = async () => Number((await database.rows('select count(*) as n from audit_log'))[0]?.n);
      const reviewOf = async (id: string) => {
        const read = await store.reviewReads().record(id);
        return read?.ok ? read.record.review : undefined;
      };

      beforeEach(async () => {
        await saveFlagged(store, concern);
      });

      it('both, newest first, with their detail as written', async () => {
        await store.review(async (tx) => {
          await tx.setReviewState('concern', 'in-review', 'dr.lee', jan(20));
          await tx.audit(entry());
        });
        await store.review(async (tx) => {
          await tx.acknowledge('concern', 'dr.lee', jan(21));
          await tx.audit(entry({ at: jan(21), action: 'record.acknowledge', detail: {} }));
        });
        const log = await store.reviewReads().auditLog({ limit: 10 });
        expect(log.map(({ id: _id, ...row }) => row)).toEqual([
          entry({ at: jan(21), action: 'record.acknowledge', detail: {} }),
          entry(),
        ]);
        const older = await store.reviewReads().auditLog({ before: log[0]?.id, limit: 10 });
        expect(older.map((row) => row.action)).toEqual(['record.review']);
      });

      it('neither when the audit row cannot be written', async () => {
        const broken = entry({ action: null as unknown as string });
        await expect(
          store.review(async (tx) => {
            await tx.setReviewState('concern', 'closed', 'dr.lee', jan(20));
            await tx.addNote('concern', 'dr.lee', jan(20), 'Closing.');
            await tx.acknowledge('concern', 'dr.lee', jan(20));
            await tx.audit(broken);
          }),
        ).rejects.toThrow();
        expect(await reviewOf('concern')).toEqual({ state: 'new', by: null, at: null, notes: [] });
        expect(await store.listAlertAcknowledgements('concern')).toEqual([]);
        expect((await ids())[0]).toBe('concern');
        expect(await auditCount()).toBe(0);
      });

      it('neither when the action fails after its audit row, or the caller gives up half-way', async () => {
        await expect(
          store.review(async (tx) => {
            await tx.audit(entry({ action: 'record.note' }));
            await tx.addNote('concern', 'dr.lee', jan(20), null as unknown as string);
          }),
        ).rejects.toThrow();
        await expect(
          store.review(async (tx) => {
            await tx.audit(entry());
            await tx.setReviewState('concern', 'closed', 'dr.lee', jan(20));
            throw new Error('the caller changed its mind');
          }),
        ).rejects.toThrow('the caller changed its mind');
        expect(await auditCount()).toBe(0);
        expect(await reviewOf('concern')).toEqual({ state: 'new', by: null, at: null, notes: [] });
      });

      it('offers no way to change or delete an audit row', () => {
        const methods = Object.keys(store.reviewReads()).filter((name) => /audit/i.test(name));
        expect(methods.sort()).toEqual(['audit', 'auditLog']);
      });
    });
  });
});
