// The first schema: conversations, processed activities, records, crisis events (append-only) and the outbox.
import type { Kysely, Migration } from 'kysely';
import type { StoreDialect } from '../database.js';

export function initialMigration(dialect: StoreDialect): Migration {
  return {
    // The schema builder does not need the table types, so the database is typed `unknown`.
    async up(db: Kysely<unknown>) {
      // The one dialect difference: an auto-incrementing integer key.
      const serialId = dialect === 'postgres' ? ('serial' as const) : ('integer' as const);

      await db.schema
        .createTable('conversations')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('record_id', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('snapshot', 'text', (c) => c.notNull())
        .addColumn('channel', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('processed_activities')
        .addColumn('conversation_key', 'text', (c) => c.notNull())
        .addColumn('activity_id', 'text', (c) => c.notNull())
        .addColumn('replies', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('processed_activities_pk', ['conversation_key', 'activity_id'])
        .execute();

      await db.schema
        .createTable('records')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('reference', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('triage_level', 'text', (c) => c.notNull())
        .addColumn('schema_version', 'integer', (c) => c.notNull())
        .addColumn('data', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('submitted_at', 'text')
        .execute();
      await db.schema.createIndex('records_updated_at').on('records').column('updated_at').execute();

      await db.schema
        .createTable('crisis_events')
        .addColumn('id', serialId, (c) => (dialect === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey()))
        .addColumn('record_id', 'text', (c) => c.notNull())
        .addColumn('conversation_key', 'text', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('step', 'text', (c) => c.notNull())
        .addColumn('field', 'text')
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('level', 'text', (c) => c.notNull())
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('rules', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('crisis_events_record_id').on('crisis_events').column('record_id').execute();

      await db.schema
        .createTable('outbox')
        .addColumn('id', serialId, (c) => (dialect === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey()))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('dedup_key', 'text', (c) => c.notNull().unique())
        .addColumn('payload', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('next_attempt_at', 'text')
        .addColumn('delivered_at', 'text')
        .addColumn('last_error', 'text')
        .execute();
    },

    async down(db: Kysely<unknown>) {
      for (const table of ['outbox', 'crisis_events', 'records', 'processed_activities', 'conversations']) {
        await db.schema.dropTable(table).ifExists().execute();
      }
    },
  };
}
