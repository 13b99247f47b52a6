// The store's care of the data it keeps: erasure on request, the retention purge of abandoned intakes, re-encryption
// under the current key, online SQLite backups and the outbox backlog operators watch. Crisis events, alert
// acknowledgements and the audit log stay: they hold ids, kinds, levels and times, never what a person wrote.
import { type Kysely, sql } from 'kysely';
import { needsAcknowledgement } from './conversation-transaction.js';
import { sealedColumns } from './crypto/columns.js';
import type { ValueCipher } from './crypto/value-cipher.js';
import type { DataCareActor, ErasedCounts, RotationCounts } from './data-care-types.js';
import type { Database, StoreDialect } from './database.js';
import { deleteExpiredResumeCodes, deleteResumeCodes } from './resume-codes.js';
import { reviewTransaction } from './review-transaction.js';

/** Runs work in one write transaction (the store's own, so SQLite takes its write lock up front). */
export type WriteTransaction = <T>(work: (trx: Kysely<Database>) => Promise<T>) => Promise<T>;

const pageSize = 200;
/** Rows re-sealed per read while rotating the key. */
const rotationPageSize = 500;

export class DataCareRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: StoreDialect,
    private readonly cipher: ValueCipher,
    private readonly write: WriteTransaction,
  ) {}

  /** Deletes a record's personal data and the conversations that built it; the audit row says what, by whom and when. */
  async erase(recordId: string, actor: DataCareActor, at: string, action = 'record.erase'): Promise<ErasedCounts> {
    return this.write(async (trx) => {
      const counts = await this.eraseIn(trx, recordId);
      // Nothing found, nothing erased: no audit row naming an id that was never stored.
      if (counts.records + counts.conversations > 0) {
        await reviewTransaction(trx, this.cipher).audit({ ...actor, at, action, recordId, detail: { ...counts } });
      }
      return counts;
    });
  }

  private async eraseIn(trx: Kysely<Database>, recordId: string): Promise<ErasedCounts> {
    const keys = (await trx.selectFrom('conversations').select('key').where('record_id', '=', recordId).execute()).map(
      (row) => row.key,
    );
    // The same lock a turn holds: a turn in flight finishes first, and one after this starts a fresh conversation.
    if (this.dialect === 'postgres') {
      for (const key of [...keys].sort()) await sql`select pg_advisory_xact_lock(hashtext(${key}))`.execute(trx);
    }
    const activities =
      keys.length === 0
        ? 0
        : Number(
            (await trx.deleteFrom('processed_activities').where('conversation_key', 'in', keys).executeTakeFirst())
              .numDeletedRows,
          );
    await deleteResumeCodes(trx, keys);
    const conversations = Number(
      (await trx.deleteFrom('conversations').where('record_id', '=', recordId).executeTakeFirst()).numDeletedRows,
    );
    const notes = Number(
      (await trx.deleteFrom('review_notes').where('record_id', '=', recordId).executeTakeFirst()).numDeletedRows,
    );
    const records = Number(
      (await trx.deleteFrom('records').where('id', '=', recordId).executeTakeFirst()).numDeletedRows,
    );
    return { records, conversations, activities, notes };
  }

  /**
   * Purges abandoned intakes untouched since `before`, but never one with crisis alerts nobody acknowledged or one the
   * practice has not closed. Returns the ids purged.
   */
  async purgeAbandoned(before: string, at: string, retentionDays: number): Promise<string[]> {
    // Resume codes past their time open nothing; the sweep that keeps data no longer than needed removes them.
    await this.write((trx) => deleteExpiredResumeCodes(trx, at));
    const candidates = await this.db
      .selectFrom('records')
      .select(['id', 'triage_level'])
      .where('status', '=', 'abandoned')
      .where('review_state', '=', 'closed')
      .where('unacknowledged', '=', 0)
      .where('updated_at', '<', before)
      .orderBy('updated_at')
      .limit(pageSize)
      .execute();
    const purged: string[] = [];
    for (const candidate of candidates) {
      const done = await this.write(async (trx) => {
        // Checked again inside the transaction: a turn or an alert since the read keeps the record.
        const row = await trx
          .selectFrom('records')
          .select(['status', 'review_state', 'unacknowledged', 'updated_at', 'triage_level'])
          .where('id', '=', candidate.id)
          .executeTakeFirst();
        if (!row) return false;
        if (row.status !== 'abandoned' || row.review_state !== 'closed' || row.unacknowledged !== 0) return false;
        if (row.updated_at >= before) return false;
        if (await needsAcknowledgement(trx, candidate.id, row.triage_level)) return false;
        const counts = await this.eraseIn(trx, candidate.id);
        await reviewTransaction(trx, this.cipher).audit({
          at,
          actorId: null,
          actorEmail: null,
          via: 'system',
          action: 'record.purge',
          recordId: candidate.id,
          detail: { ...counts, reason: 'retention', retentionDays },
          address: null,
        });
        return true;
      });
      if (done) purged.push(candidate.id);
    }
    return purged;
  }

  /**
   * Seals every stored value not yet under the current key (or opens them all when encryption is turned off), a page
   * of rows at a time in key order, so a large store never sits in memory at once. A row a turn changed meanwhile is
   * left as that turn wrote it (under the current key) and counted as skipped.
   */
  async rotateKey(pageRows = rotationPageSize): Promise<RotationCounts> {
    const resealed: Record<string, number> = {};
    let skipped = 0;
    const run = async (column: string, page: PageReader, save: Save) => {
      resealed[column] = 0;
      let after: string | undefined;
      for (;;) {
        const rows = await page(after, pageRows);
        for (const row of rows) {
          if (this.cipher.isCurrent(row.value)) continue;
          const value = this.cipher.seal(this.cipher.open(row.value, column), column);
          if (await save(row.id, row.value, value)) resealed[column] = (resealed[column] ?? 0) + 1;
          else skipped++;
        }
        if (rows.length < pageRows) break;
        after = rows.at(-1)?.id;
      }
    };
    for (const sealed of singleKeyColumns) await run(sealed.column, this.pageOf(sealed), this.saveOf(sealed));
    await run(sealedColumns.replies, this.pageOfReplies(), this.saveOfReplies());
    return { resealed, skipped };
  }

  /** The next page of a table with a one-column key (names from the fixed list above, never from input). */
  private pageOf({ table, key, value, numericKey }: SingleKeyColumn): PageReader {
    return async (after, limit) => {
      const from = after === undefined ? sql`` : sql`where ${sql.ref(key)} > ${numericKey ? Number(after) : after}`;
      const rows = await sql<{ id: string | number; value: string }>`
        select ${sql.ref(key)} as id, ${sql.ref(value)} as value from ${sql.table(table)} ${from}
        order by ${sql.ref(key)} limit ${limit}`.execute(this.db);
      return rows.rows.map((row) => ({ id: String(row.id), value: row.value }));
    };
  }

  /** Writes a re-sealed value only if the row still holds the value it was read with. */
  private saveOf({ table, key, value, numericKey }: SingleKeyColumn): Save {
    return async (id, old, sealed) => {
      const result = await sql`
        update ${sql.table(table)} set ${sql.ref(value)} = ${sealed}
        where ${sql.ref(key)} = ${numericKey ? Number(id) : id} and ${sql.ref(value)} = ${old}`.execute(this.db);
      return Number(result.numAffectedRows ?? 0n) === 1;
    };
  }

  /** Stored replies are keyed by conversation and activity: the page continues after both. */
  private pageOfReplies(): PageReader {
    return async (after, limit) => {
      const [afterKey, afterActivity] = after === undefined ? [] : (JSON.parse(after) as [string, string]);
      const rows = await this.db
        .selectFrom('processed_activities')
        .select(['conversation_key', 'activity_id', 'replies'])
        .$if(afterKey !== undefined, (q) =>
          q.where((eb) =>
            eb.or([
              eb('conversation_key', '>', afterKey as string),
              eb.and([
                eb('conversation_key', '=', afterKey as string),
                eb('activity_id', '>', afterActivity as string),
              ]),
            ]),
          ),
        )
        .orderBy('conversation_key')
        .orderBy('activity_id')
        .limit(limit)
        .execute();
      return rows.map((row) => ({ id: JSON.stringify([row.conversation_key, row.activity_id]), value: row.replies }));
    };
  }

  private saveOfReplies(): Save {
    return async (id, old, value) => {
      const [key, activityId] = JSON.parse(id) as [string, string];
      const result = await this.db
        .updateTable('processed_activities')
        .set({ replies: value })
        .where('conversation_key', '=', key)
        .where('activity_id', '=', activityId)
        .where('replies', '=', old)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    };
  }

  /** A consistent copy of a SQLite store while it runs: one read transaction (VACUUM INTO), writers carry on. */
  async backupTo(path: string): Promise<void> {
    if (this.dialect !== 'sqlite') throw new Error('backup --to works on the SQLite store; use pg_dump for PostgreSQL');
    await sql`vacuum into ${path}`.execute(this.db);
  }

  /** Undelivered, live outbox rows and the creation time of the oldest (counts and times only). */
  async outboxBacklog(): Promise<{ depth: number; oldestCreatedAt: string | null }> {
    const row = await this.db
      .selectFrom('outbox')
      .select((eb) => [eb.fn.countAll().as('depth'), eb.fn.min('created_at').as('oldest')])
      .where('delivered_at', 'is', null)
      .where('dead_at', 'is', null)
      .executeTakeFirst();
    return { depth: Number(row?.depth ?? 0), oldestCreatedAt: row?.oldest ? String(row.oldest) : null };
  }
}

type Save = (id: string, old: string, value: string) => Promise<boolean>;

/** A sealed column of a table keyed by one column. */
interface SingleKeyColumn {
  column: string;
  table: string;
  key: string;
  value: string;
  numericKey: boolean;
}

/** The sealed columns rotation walks through by a one-column key (stored replies have a two-column key). */
const singleKeyColumns: readonly SingleKeyColumn[] = [
  { column: sealedColumns.snapshot, table: 'conversations', key: 'key', value: 'snapshot', numericKey: false },
  { column: sealedColumns.record, table: 'records', key: 'id', value: 'data', numericKey: false },
  { column: sealedColumns.note, table: 'review_notes', key: 'id', value: 'text', numericKey: true },
  { column: sealedColumns.payload, table: 'outbox', key: 'id', value: 'payload', numericKey: true },
];
/** The next rows after the key `after` (undefined: from the start), in key order; `id` is the key, as text. */
type PageReader = (after: string | undefined, limit: number) => Promise<{ id: string; value: string }[]>;
