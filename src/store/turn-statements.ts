// The turn's own statements, written once as SQL: Kysely builds and compiles a query anew on every call, which cost
// a turn more CPU than SQLite took to run them (docs/perf.md). The statements are those the query builder wrote.
import { CompiledQuery, type Kysely } from 'kysely';
import type { Database, StoreDialect } from './database.js';

/** `?` placeholders, numbered for PostgreSQL (`$1`, `$2`, ...); none of these statements has a `?` anywhere else. */
function forDialect(text: string, dialect: StoreDialect): string {
  if (dialect === 'sqlite') return text;
  let n = 0;
  return text.replace(/\?/g, () => `$${++n}`);
}

/** A statement for both dialects, compiled once; `run` binds its parameters, in the order of the `?`s. */
function statement(text: string): (dialect: StoreDialect) => string {
  const texts = { sqlite: forDialect(text, 'sqlite'), postgres: forDialect(text, 'postgres') };
  return (dialect) => texts[dialect];
}

const conversationColumns = `c.key, c.record_id, c.version, c.snapshot, c.channel, c.created_at, c.updated_at,
  (select r.status from records r where r.id = c.record_id) as record_status,
  (select r.triage_level from records r where r.id = c.record_id) as record_triage_level`;

const selectConversation = statement(
  `select ${conversationColumns}, null as replayed from conversations c where c.key = ?`,
);
const selectConversationAndReplies = statement(
  `select ${conversationColumns},
    (select p.replies from processed_activities p where p.conversation_key = c.key and p.activity_id = ?) as replayed
  from conversations c where c.key = ?`,
);

/** The conversation's row as a turn reads it: with its record's funnel columns, and the replies of a redelivery. */
export interface ConversationRow {
  key: string;
  record_id: string;
  version: number;
  snapshot: string;
  channel: string;
  created_at: string;
  updated_at: string;
  record_status: string | null;
  record_triage_level: string | null;
  replayed: string | null;
}

async function run<R>(db: Kysely<Database>, text: string, parameters: readonly unknown[]) {
  return db.executeQuery<R>(CompiledQuery.raw(text, [...parameters]));
}

/**
 * The conversation with its record's status and triage level and, given an activity id, the replies stored for it.
 * PostgreSQL locks the conversation's row (`for update`); SQLite has no row locks (the in-process lock serialises).
 */
export async function readConversation(
  db: Kysely<Database>,
  dialect: StoreDialect,
  key: string,
  activityId: string | null,
): Promise<ConversationRow | undefined> {
  const lock = dialect === 'postgres' ? ' for update of c' : '';
  const result =
    activityId === null
      ? await run<ConversationRow>(db, selectConversation(dialect) + lock, [key])
      : await run<ConversationRow>(db, selectConversationAndReplies(dialect) + lock, [activityId, key]);
  return result.rows[0];
}

const insertConversation = statement(
  `insert into conversations (key, version, channel, created_at, snapshot, record_id, updated_at)
  values (?, 1, ?, ?, ?, ?, ?) on conflict (key) do nothing`,
);
const updateConversation = statement(
  'update conversations set snapshot = ?, record_id = ?, updated_at = ?, version = ? where key = ? and version = ?',
);

export interface ConversationWrite {
  key: string;
  channel: string;
  snapshot: string;
  recordId: string;
  at: string;
}

/** Inserts a new conversation at version 1; false when one with the key already exists. */
export async function insertNewConversation(db: Kysely<Database>, dialect: StoreDialect, row: ConversationWrite) {
  const { key, channel, snapshot, recordId, at } = row;
  const result = await run(db, insertConversation(dialect), [key, channel, at, snapshot, recordId, at]);
  return Number(result.numAffectedRows ?? 0n) > 0;
}

/** Moves the conversation from `version` to `version + 1`; false when it is not at `version`. */
export async function updateConversationAt(
  db: Kysely<Database>,
  dialect: StoreDialect,
  row: Omit<ConversationWrite, 'channel'>,
  version: number,
) {
  const { key, snapshot, recordId, at } = row;
  const result = await run(db, updateConversation(dialect), [snapshot, recordId, at, version + 1, key, version]);
  return Number(result.numAffectedRows ?? 0n) > 0;
}

/** The columns a turn writes to its record; the review columns are the practice's and a turn never changes them. */
export const recordColumns = [
  'id',
  'reference',
  'status',
  'triage_level',
  'schema_version',
  'data',
  'created_at',
  'updated_at',
  'submitted_at',
  'first_name_index',
  'last_name_index',
  'triage_kinds',
  'unacknowledged',
  'queue_rank',
  'queue_at',
] as const;

/** What the columns of `recordColumns` hold (an optional column left undefined is written as null). */
export type RecordWrite = Record<(typeof recordColumns)[number], string | number | null | undefined>;

// created_at is kept from the first turn; everything else a turn writes is replaced.
const upsertRecord = statement(
  `insert into records (${recordColumns.join(', ')}) values (${recordColumns.map(() => '?').join(', ')})
  on conflict (id) do update set ${recordColumns
    .filter((column) => column !== 'id' && column !== 'created_at')
    .map((column) => `${column} = excluded.${column}`)
    .join(', ')}`,
);

export async function writeRecord(db: Kysely<Database>, dialect: StoreDialect, row: RecordWrite): Promise<void> {
  await run(
    db,
    upsertRecord(dialect),
    recordColumns.map((column) => row[column] ?? null),
  );
}

const insertProcessed = statement(
  'insert into processed_activities (conversation_key, activity_id, replies, created_at) values (?, ?, ?, ?)',
);

export async function insertProcessedActivity(
  db: Kysely<Database>,
  dialect: StoreDialect,
  row: { key: string; activityId: string; replies: string; at: string },
): Promise<void> {
  await run(db, insertProcessed(dialect), [row.key, row.activityId, row.replies, row.at]);
}

const savepoint = CompiledQuery.raw('savepoint turn_commit');
const rollbackToSavepoint = CompiledQuery.raw('rollback to savepoint turn_commit');
const releaseSavepoint = CompiledQuery.raw('release savepoint turn_commit');

/** Runs `work` in a savepoint: all of its writes, or none of them even if the caller catches its error and goes on. */
export async function inSavepoint(db: Kysely<Database>, work: () => Promise<void>): Promise<void> {
  await db.executeQuery(savepoint);
  try {
    await work();
  } catch (error) {
    await db.executeQuery(rollbackToSavepoint);
    throw error;
  }
  await db.executeQuery(releaseSavepoint);
}
