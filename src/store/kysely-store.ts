// The IntakeStore over Kysely: one locked transaction per turn (keyed mutex + database lock), and the record reads.

import { randomBytes } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import { conversationTransaction } from './conversation-transaction.js';
import { sealedColumns } from './crypto/columns.js';
import { plaintextCipher, type ValueCipher } from './crypto/value-cipher.js';
import { DataCareRepository } from './data-care-repository.js';
import type { DataCareActor } from './data-care-types.js';
import type { Database, StoreDialect } from './database.js';
import { GroupCommit } from './group-commit.js';
import { addInsightCounts, readInsightCounts } from './insight-counts.js';
import { stepOfSnapshot, weekOf } from './insight-metrics.js';
import { KeyedMutex } from './keyed-mutex.js';
import { migrateToLatest } from './migrations/index.js';
import { OutboxRepository } from './outbox-repository.js';
import type { ClaimOptions, OutboxFailure, OutboxMessage } from './outbox-types.js';
import { nameIndex } from './queue-columns.js';
import { crisisEventFromRow, outboxFromRow } from './read-rows.js';
import { withAcknowledgement } from './record-acknowledgement.js';
import { recordFromRow, withStatus } from './record-rows.js';
import { redeemResumeCode } from './resume-codes.js';
import { reviewTransaction } from './review-transaction.js';
import type { ReviewTransaction } from './review-types.js';
import { ScheduledJobsRepository } from './scheduled-jobs-repository.js';
import { TeamsChannelRepository } from './teams-channel-repository.js';
import type { TeamsChannel } from './teams-types.js';
import type { ConversationTransaction, IntakeStore, StoredRecordResult, StoredReplies } from './types.js';

export interface StoreLogger {
  info(obj: object, msg: string): void;
}

export class KyselyStore implements IntakeStore {
  private readonly mutex = new KeyedMutex();
  private readonly outbox: OutboxRepository;
  private readonly care: DataCareRepository;
  private readonly teams: TeamsChannelRepository;
  private readonly jobs: ScheduledJobsRepository;
  /** SQLite turns that reach their commit together share one transaction and one fsync. */
  private readonly groupCommit = new GroupCommit((work) => this.writeTransaction(work));

  constructor(
    private readonly db: Kysely<Database>,
    readonly dialect: StoreDialect,
    private readonly logger?: StoreLogger,
    /** Keys the blind index of names (see queue-columns.ts). */
    private readonly nameIndexKey: Uint8Array = randomBytes(32),
    /** Seals what people wrote before it is stored (see crypto/value-cipher.ts); plaintext when no key is set. */
    private readonly cipher: ValueCipher = plaintextCipher,
  ) {
    this.outbox = new OutboxRepository(db, dialect, cipher);
    this.care = new DataCareRepository(db, dialect, cipher, (work) => this.writeTransaction(work));
    this.teams = new TeamsChannelRepository(db);
    this.jobs = new ScheduledJobsRepository(db, dialect);
  }

  /** The id of the key new values are sealed under; undefined when values are stored unencrypted. */
  get encryptionKeyId(): string | undefined {
    return this.cipher.currentKeyId;
  }

  async migrate(): Promise<void> {
    const applied = await migrateToLatest(this.db, this.dialect);
    this.logger?.info({ dialect: this.dialect, applied }, 'store migrated');
  }

  /**
   * One write transaction. SQLite: Kysely's single connection is held for the whole callback (its driver's
   * mutex serialises every transaction), and `begin immediate` takes the write lock up front so another
   * process cannot make the turn fail half-way with SQLITE_BUSY. PostgreSQL: a pooled transaction.
   */
  private async writeTransaction<T>(work: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
    if (this.dialect === 'postgres') return this.db.transaction().execute(work);
    return this.db.connection().execute(async (connection) => {
      await sql`begin immediate`.execute(connection);
      let result: T;
      try {
        result = await work(connection);
      } catch (error) {
        await sql`rollback`.execute(connection).catch(() => undefined);
        throw error;
      }
      await sql`commit`.execute(connection);
      return result;
    });
  }

  withConversation<T>(key: string, work: (tx: ConversationTransaction) => Promise<T>): Promise<T> {
    if (this.dialect === 'sqlite') return this.mutex.run(key, () => work(this.groupedConversation(key)));
    // In-process first (no pooled connection is taken while waiting), then the database lock for other processes.
    return this.mutex.run(key, () =>
      this.writeTransaction(async (trx) => {
        // Covers a conversation whose row does not exist yet; load() then also locks the row `for update`.
        await sql`select pg_advisory_xact_lock(hashtext(${key}))`.execute(trx);
        return work(conversationTransaction(trx, this.dialect, key, this.nameIndexKey, this.cipher));
      }),
    );
  }

  /**
   * SQLite: the conversation's reads see everything committed (the in-process lock holds until this turn's commit is
   * durable, and WAL readers never see half a transaction); its commit joins the group commit, and the version it
   * read is checked there, so a turn written meanwhile by another process is a conflict, never overwritten.
   */
  private groupedConversation(key: string): ConversationTransaction {
    return conversationTransaction(this.db, this.dialect, key, this.nameIndexKey, this.cipher, (write) =>
      this.groupCommit.commit(write),
    );
  }

  async repliesOf(key: string, limit = 100): Promise<StoredReplies[]> {
    const rows = await this.db
      .selectFrom('processed_activities')
      .select(['activity_id', 'replies', 'created_at'])
      .where('conversation_key', '=', key)
      .orderBy('created_at', 'desc')
      .orderBy('activity_id', 'desc')
      .limit(limit)
      .execute();
    return this.storedReplies(rows.reverse());
  }

  /** Reads the conversation's rows through the primary key's prefix; usually nothing is new and nothing is opened. */
  async repliesSince(key: string, since: string, except: readonly string[]): Promise<StoredReplies[]> {
    const rows = await this.db
      .selectFrom('processed_activities')
      .select(['activity_id', 'replies', 'created_at'])
      .where('conversation_key', '=', key)
      .where('created_at', '>=', since)
      .$if(except.length > 0, (q) => q.where('activity_id', 'not in', [...except]))
      .orderBy('created_at')
      .orderBy('activity_id')
      .execute();
    return this.storedReplies(rows);
  }

  private storedReplies(rows: { activity_id: string; replies: string; created_at: string }[]): StoredReplies[] {
    return rows.flatMap((row) => {
      const activities: unknown = JSON.parse(this.cipher.open(row.replies, sealedColumns.replies));
      return Array.isArray(activities) ? [{ activityId: row.activity_id, at: row.created_at, activities }] : [];
    });
  }

  async listRecords(options: { since?: string } = {}): Promise<StoredRecordResult[]> {
    const rows = await this.db
      .selectFrom('records')
      .select(['id', 'data', 'review_state', 'review_by', 'review_at'])
      .$if(options.since !== undefined, (q) => q.where('updated_at', '>=', options.since ?? ''))
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    const acknowledgements = await this.latestAcknowledgements();
    const notes = await this.db.selectFrom('review_notes').selectAll().orderBy('id').execute();
    const notesOf = new Map<string, { at: string; by: string; text: string }[]>();
    for (const n of notes)
      notesOf.set(n.record_id, [
        ...(notesOf.get(n.record_id) ?? []),
        { at: n.at, by: n.author, text: this.cipher.open(n.text, sealedColumns.note) },
      ]);
    return rows.map((row) => {
      const result = withAcknowledgement(recordFromRow(row, this.cipher), acknowledgements.get(row.id));
      if (!result.ok) return result;
      const review = {
        state: row.review_state,
        by: row.review_by,
        at: row.review_at,
        notes: notesOf.get(row.id) ?? [],
      };
      return { ok: true, record: { ...result.record, review: review as typeof result.record.review } };
    });
  }

  async getRecord(id: string): Promise<StoredRecordResult | undefined> {
    return reviewTransaction(this.db, this.cipher).record(id);
  }

  /** The practice's storage in one transaction: an action and its audit row commit together, or neither does. */
  review<T>(work: (tx: ReviewTransaction) => Promise<T>): Promise<T> {
    return this.writeTransaction((trx) => work(reviewTransaction(trx, this.cipher)));
  }

  /** Reads of the practice's storage that change nothing (the queue's pages). */
  reviewReads(): ReviewTransaction {
    return reviewTransaction(this.db, this.cipher);
  }

  nameIndex(name: string): string | null {
    return nameIndex(this.nameIndexKey, name);
  }

  /** The latest acknowledgement of each record's crisis alerts (kept in its own append-only table). */
  private async latestAcknowledgements(recordId?: string): Promise<Map<string, { by: string; at: string }>> {
    const rows = await this.db
      .selectFrom('alert_acknowledgements')
      .select(['record_id', 'acknowledged_by', 'acknowledged_at'])
      .$if(recordId !== undefined, (q) => q.where('record_id', '=', recordId ?? ''))
      .orderBy('id')
      .execute();
    return new Map(rows.map((r) => [r.record_id, { by: r.acknowledged_by, at: r.acknowledged_at }]));
  }

  async idleConversations(idleSince: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom('conversations')
      .innerJoin('records', 'records.id', 'conversations.record_id')
      .select('conversations.key')
      .where('records.status', '=', 'in-progress')
      .where('records.updated_at', '<', idleSince)
      .execute();
    return rows.map((row) => row.key);
  }

  async markAbandoned(idleSince: string, now: string): Promise<number> {
    const count = await this.writeTransaction(async (trx) => {
      const idle = await trx
        .selectFrom('records')
        .select(['id', 'data', 'updated_at'])
        .where('status', '=', 'in-progress')
        .where('updated_at', '<', idleSince)
        .execute();
      let changed = 0;
      const week = weekOf(now);
      for (const row of idle) {
        const result = await trx
          .updateTable('records')
          .set({
            status: 'abandoned',
            updated_at: now,
            data: withStatus(row.data, 'abandoned', now, this.cipher) ?? row.data,
          })
          // Unchanged since read: a turn committed meanwhile keeps the record in progress.
          .where('id', '=', row.id)
          .where('status', '=', 'in-progress')
          .where('updated_at', '=', row.updated_at)
          .executeTakeFirst();
        changed += Number(result.numUpdatedRows);
        if (Number(result.numUpdatedRows) > 0) {
          // Where people stop: the step their conversation waited in, counted without who.
          const conversation = await trx
            .selectFrom('conversations')
            .select('snapshot')
            .where('record_id', '=', row.id)
            .executeTakeFirst();
          const step = conversation
            ? stepOfSnapshot(JSON.parse(conversation.snapshot) as Record<string, unknown>)
            : undefined;
          await addInsightCounts(trx, week, ['abandoned', `abandoned-at:${step ?? 'unknown'}`]);
        }
      }
      return changed;
    });
    this.logger?.info({ count }, 'idle records marked abandoned');
    return count;
  }

  async listCrisisEvents(recordId?: string) {
    const rows = await this.db
      .selectFrom('crisis_events')
      .selectAll()
      .$if(recordId !== undefined, (q) => q.where('record_id', '=', recordId ?? ''))
      .orderBy('id')
      .execute();
    return rows.map(crisisEventFromRow);
  }

  async listOutbox() {
    const rows = await this.db.selectFrom('outbox').selectAll().orderBy('id').execute();
    return rows.map((row) => outboxFromRow(row, this.cipher));
  }

  enqueueOutbox(messages: readonly OutboxMessage[], at: string) {
    return this.outbox.enqueueOutbox(messages, at);
  }

  claimDueOutbox(options: ClaimOptions) {
    return this.outbox.claimDueOutbox(options);
  }

  markOutboxDelivered(id: number, at: string) {
    return this.outbox.markOutboxDelivered(id, at);
  }

  recordOutboxFailure(id: number, failure: OutboxFailure) {
    return this.outbox.recordOutboxFailure(id, failure);
  }

  acknowledgeAlerts(recordId: string, by: string, at: string) {
    return this.outbox.acknowledgeAlerts(recordId, by, at);
  }

  listAlertAcknowledgements(recordId: string) {
    return this.outbox.listAlertAcknowledgements(recordId);
  }

  listOverdueAlerts(deliveredBefore: string) {
    return this.outbox.listOverdueAlerts(deliveredBefore);
  }

  redeemResumeCode(reference: string, secret: string, now: string) {
    return this.writeTransaction((trx) => redeemResumeCode(trx, reference, secret, now));
  }

  erase(recordId: string, actor: DataCareActor, at: string) {
    return this.care.erase(recordId, actor, at);
  }

  purgeAbandoned(before: string, at: string, retentionDays: number) {
    return this.care.purgeAbandoned(before, at, retentionDays);
  }

  rotateKey(pageRows?: number) {
    return this.care.rotateKey(pageRows);
  }

  backupTo(path: string) {
    return this.care.backupTo(path);
  }

  outboxBacklog() {
    return this.care.outboxBacklog();
  }

  saveTeamsChannel(channel: Omit<TeamsChannel, 'addedAt' | 'removedAt'>, at: string) {
    return this.teams.saveTeamsChannel(channel, at);
  }

  removeTeamsChannels(teamId: string, at: string) {
    return this.teams.removeTeamsChannels(teamId, at);
  }

  teamsChannel(id: string) {
    return this.teams.teamsChannel(id);
  }

  listTeamsChannels() {
    return this.teams.listTeamsChannels();
  }

  insightCounts(fromWeek: string, toWeek: string) {
    return readInsightCounts(this.db, fromWeek, toWeek);
  }

  claimScheduledRun(job: string, now: Date, intervalMs: number) {
    return this.jobs.claimScheduledRun(job, now, intervalMs);
  }

  async ping(): Promise<void> {
    await sql`select 1`.execute(this.db);
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }
}
