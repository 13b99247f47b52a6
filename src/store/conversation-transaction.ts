// One turn's reads and its single commit, inside the transaction that holds the conversation's lock.
import type { Kysely } from 'kysely';
import { type PersistedIntake, serialisedSnapshot } from '../conversation/machine-state.js';
import { sealedColumns } from './crypto/columns.js';
import type { ValueCipher } from './crypto/value-cipher.js';
import type { Database, StoreDialect } from './database.js';
import { addInsightCounts } from './insight-counts.js';
import { type Before, stepOfSnapshot, turnMetrics, weekOf } from './insight-metrics.js';
import { queueColumns } from './queue-columns.js';
import { recordRow } from './record-rows.js';
import { saveResumeCode } from './resume-codes.js';
import {
  type ConversationRow,
  inSavepoint,
  insertNewConversation,
  insertProcessedActivity,
  readConversation,
  updateConversationAt,
  writeRecord,
} from './turn-statements.js';
import {
  type ConversationTransaction,
  type StoredConversation,
  type TurnCommit,
  VersionConflictError,
} from './types.js';

function parseObject(text: string, what: string): PersistedIntake {
  const value: unknown = JSON.parse(text);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(`${what} is not an object`);
  return value as PersistedIntake;
}

/** Crisis events of the record newer than its latest acknowledgement (or any, when none was acknowledged). */
/**
 * Whether a flagged record still waits for someone at the practice to acknowledge it: any triage level above `none`
 * counts (an urgent screen result raises no alert, yet is a person to call), until an acknowledgement later than
 * its latest crisis event.
 */
export async function needsAcknowledgement(
  trx: Kysely<Database>,
  recordId: string,
  triageLevel: string,
): Promise<boolean> {
  if (triageLevel === 'none') return false;
  const latestAck = await trx
    .selectFrom('alert_acknowledgements')
    .select((eb) => eb.fn.max('acknowledged_at').as('at'))
    .where('record_id', '=', recordId)
    .executeTakeFirst();
  if (!latestAck?.at) return true;
  const latestEvent = await trx
    .selectFrom('crisis_events')
    .select((eb) => eb.fn.max('created_at').as('at'))
    .where('record_id', '=', recordId)
    .executeTakeFirst();
  return latestEvent?.at !== undefined && latestEvent.at !== null && String(latestEvent.at) > String(latestAck.at);
}

/** Runs one turn's writes: in this transaction (PostgreSQL), or in the group commit's shared one (SQLite). */
export type RunWrites = (write: (trx: Kysely<Database>) => Promise<void>) => Promise<void>;

/**
 * `reads` holds the conversation's lock (its transaction on PostgreSQL; on SQLite the store's own connection while
 * the in-process lock is held) and `runWrites` runs the commit. One query reads the conversation, its record's status
 * and triage level (for the funnel's counters) and, given an activity id, whether it was already applied; the commit
 * reuses that reading instead of reading and decrypting the snapshot again.
 */
export function conversationTransaction(
  reads: Kysely<Database>,
  dialect: StoreDialect,
  key: string,
  nameIndexKey: Uint8Array,
  cipher: ValueCipher,
  runWrites: RunWrites = (write) => write(reads),
): ConversationTransaction {
  /** What load() found, so the commit knows where the conversation was without reading it again. */
  let loaded: { version: number; before: Before } | undefined;
  /** The row read by repliesFor() for an activity not yet applied: load() then needs no query of its own. */
  let prefetched: ConversationRow | undefined;

  function openReplies(sealed: string): unknown[] {
    const replies: unknown = JSON.parse(cipher.open(sealed, sealedColumns.replies));
    if (!Array.isArray(replies)) throw new Error('stored replies are not a list');
    return replies;
  }

  /** Where the conversation was before this turn, read from the store (a commit without a load before it). */
  async function readBefore(trx: Kysely<Database>, turn: TurnCommit): Promise<Before | undefined> {
    if (turn.expectedVersion === null) return undefined;
    const conversation = await trx
      .selectFrom('conversations')
      .select('snapshot')
      .where('key', '=', key)
      .executeTakeFirst();
    const record = await trx
      .selectFrom('records')
      .select(['status', 'triage_level'])
      .where('id', '=', turn.record.id)
      .executeTakeFirst();
    return {
      step: conversation
        ? stepOfSnapshot(parseObject(cipher.open(conversation.snapshot, sealedColumns.snapshot), 'stored snapshot'))
        : undefined,
      status: record?.status,
      triageLevel: record?.triage_level,
    };
  }

  /** Where the conversation was before this turn, for the funnel's counters (nothing when it is new). */
  function before(trx: Kysely<Database>, turn: TurnCommit): Before | undefined | Promise<Before | undefined> {
    if (turn.expectedVersion === null) return undefined;
    // The version check in the commit refuses the turn if the conversation moved since it was loaded.
    if (loaded && loaded.version === turn.expectedVersion) return loaded.before;
    return readBefore(trx, turn);
  }

  async function writeAll(trx: Kysely<Database>, turn: TurnCommit): Promise<void> {
    const metrics = turnMetrics(await before(trx, turn), turn);
    const snapshot = cipher.seal(serialisedSnapshot(turn.snapshot), sealedColumns.snapshot);
    const row = { key, channel: turn.channel, snapshot, recordId: turn.record.id, at: turn.at };
    if (turn.expectedVersion === null) {
      if (!(await insertNewConversation(trx, dialect, row))) {
        throw new VersionConflictError(`conversation ${key} already exists`);
      }
    } else if (!(await updateConversationAt(trx, dialect, row, turn.expectedVersion))) {
      throw new VersionConflictError(`conversation ${key} is not at version ${turn.expectedVersion}`);
    }

    if (turn.resumeCode) await saveResumeCode(trx, key, turn.resumeCode, turn.at);

    if (turn.crisisEvents.length > 0) {
      await trx
        .insertInto('crisis_events')
        .values(
          turn.crisisEvents.map((event) => ({
            record_id: turn.record.id,
            conversation_key: key,
            at: event.at,
            step: event.step,
            field: event.field,
            kind: event.kind,
            level: event.level,
            subject: event.subject,
            minor: event.minor ? 1 : 0,
            source: event.source,
            rules: JSON.stringify(event.rules),
            created_at: turn.at,
          })),
        )
        .execute();
    }

    // After the events: whether the record now has alerts nobody acknowledged is one of its queue columns.
    const unacknowledged = await needsAcknowledgement(trx, turn.record.id, turn.record.triage.level);
    await writeRecord(trx, dialect, {
      ...recordRow(turn.record, cipher),
      ...queueColumns(turn.record, unacknowledged, nameIndexKey),
    });

    if (turn.outbox.length > 0) {
      await trx
        .insertInto('outbox')
        .values(
          turn.outbox.map((message) => ({
            kind: message.kind,
            dedup_key: message.dedupKey,
            payload: cipher.seal(JSON.stringify(message.payload), sealedColumns.payload),
            created_at: turn.at,
          })),
        )
        .onConflict((oc) => oc.column('dedup_key').doNothing())
        .execute();
    }

    // The funnel moves with the turn, in its transaction: counts only, never who.
    await addInsightCounts(trx, weekOf(turn.at), metrics);

    if (turn.activityId !== null) {
      await insertProcessedActivity(trx, dialect, {
        key,
        activityId: turn.activityId,
        replies: cipher.seal(JSON.stringify(turn.replies), sealedColumns.replies),
        at: turn.at,
      });
    }
  }

  return {
    async load(): Promise<StoredConversation | undefined> {
      const row = prefetched ?? (await readConversation(reads, dialect, key, null));
      prefetched = undefined;
      if (!row) return undefined;
      const snapshot = parseObject(cipher.open(row.snapshot, sealedColumns.snapshot), 'stored snapshot');
      loaded = {
        version: row.version,
        before: {
          step: stepOfSnapshot(snapshot),
          status: row.record_status ?? undefined,
          triageLevel: row.record_triage_level ?? undefined,
        },
      };
      return {
        key: row.key,
        recordId: row.record_id,
        version: row.version,
        snapshot,
        channel: row.channel,
        createdAt: row.created_at,
        updatedAt: row.updated_at,
      };
    },

    async repliesFor(activityId: string): Promise<unknown[] | undefined> {
      const row = await readConversation(reads, dialect, key, activityId);
      if (row) {
        if (row.replayed !== null) return openReplies(row.replayed);
        prefetched = row;
        return undefined;
      }
      // No conversation row: an activity is stored with its conversation, but look anyway rather than assume.
      const stored = await reads
        .selectFrom('processed_activities')
        .select('replies')
        .where('conversation_key', '=', key)
        .where('activity_id', '=', activityId)
        .executeTakeFirst();
      return stored ? openReplies(stored.replies) : undefined;
    },

    async commit(turn: TurnCommit): Promise<void> {
      if (turn.key !== key) throw new Error('commit for another conversation than the one locked');
      // A savepoint makes the commit all-or-nothing even if the caller catches its error and goes on.
      await runWrites((trx) => inSavepoint(trx, () => writeAll(trx, turn)));
    },
  };
}
