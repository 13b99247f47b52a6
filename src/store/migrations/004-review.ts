// The practice's side: staff accounts (password, TOTP, recovery codes), setup links, sessions, API tokens, the
// append-only audit log, review states and notes, and the queue's indexed columns on records (no free text in them).
import type { Kysely, Migration } from 'kysely';
import type { StoreDialect } from '../database.js';

export function reviewMigration(dialect: StoreDialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      const serialId = dialect === 'postgres' ? ('serial' as const) : ('integer' as const);
      const serial = (c: import('kysely').ColumnDefinitionBuilder) =>
        dialect === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey();

      await db.schema
        .createTable('staff_accounts')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('email', 'text', (c) => c.notNull().unique())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('password_hash', 'text')
        .addColumn('totp_secret', 'text')
        .addColumn('totp_last_step', 'integer')
        .addColumn('recovery_codes', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('entra_object_id', 'text')
        .addColumn('failed_attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('locked_until', 'text')
        .addColumn('disabled_at', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('staff_setup_tokens')
        .addColumn('token_hash', 'text', (c) => c.primaryKey())
        .addColumn('account_id', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .addColumn('used_at', 'text')
        .execute();

      await db.schema
        .createTable('staff_sessions')
        .addColumn('id_hash', 'text', (c) => c.primaryKey())
        .addColumn('account_id', 'text', (c) => c.notNull())
        .addColumn('stage', 'text', (c) => c.notNull())
        .addColumn('csrf', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull().defaultTo('web'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('last_seen_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .addColumn('ended_at', 'text')
        .execute();
      await db.schema.createIndex('staff_sessions_account').on('staff_sessions').column('account_id').execute();

      await db.schema
        .createTable('api_tokens')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('token_hash', 'text', (c) => c.notNull().unique())
        .addColumn('account_id', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .addColumn('revoked_at', 'text')
        .addColumn('last_used_at', 'text')
        .execute();

      await db.schema
        .createTable('audit_log')
        .addColumn('id', serialId, serial)
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('actor_id', 'text')
        .addColumn('actor_email', 'text')
        .addColumn('via', 'text', (c) => c.notNull())
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('record_id', 'text')
        .addColumn('detail', 'text', (c) => c.notNull().defaultTo('{}'))
        .addColumn('address', 'text')
        .execute();
      await db.schema.createIndex('audit_log_at').on('audit_log').column('at').execute();
      await db.schema.createIndex('audit_log_record').on('audit_log').column('record_id').execute();

      await db.schema
        .createTable('review_notes')
        .addColumn('id', serialId, serial)
        .addColumn('record_id', 'text', (c) => c.notNull())
        .addColumn('author', 'text', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('review_notes_record').on('review_notes').column('record_id').execute();

      // The queue reads indexed columns only: rank and time order it, blind indexes find a name, codes filter.
      for (const [name, type, fallback] of [
        ['review_state', 'text', 'new'],
        ['review_by', 'text', null],
        ['review_at', 'text', null],
        ['first_name_index', 'text', null],
        ['last_name_index', 'text', null],
        ['triage_kinds', 'text', ''],
        ['unacknowledged', 'integer', 0],
        ['queue_rank', 'integer', 5],
        ['queue_at', 'text', ''],
      ] as const) {
        await db.schema
          .alterTable('records')
          .addColumn(name, type, (c) => (fallback === null ? c : c.notNull().defaultTo(fallback)))
          .execute();
      }
      await db.schema.createIndex('records_queue').on('records').columns(['queue_rank', 'queue_at', 'id']).execute();
      await db.schema.createIndex('records_first_name').on('records').column('first_name_index').execute();
      await db.schema.createIndex('records_last_name').on('records').column('last_name_index').execute();
      await db.schema.createIndex('records_reference').on('records').column('reference').execute();
      await db.schema.createIndex('records_status').on('records').columns(['status', 'queue_rank']).execute();
      await db.schema
        .createIndex('crisis_events_record_at')
        .on('crisis_events')
        .columns(['record_id', 'created_at'])
        .execute();
    },

    async down(db: Kysely<unknown>) {
      for (const table of [
        'review_notes',
        'audit_log',
        'api_tokens',
        'staff_sessions',
        'staff_setup_tokens',
        'staff_accounts',
      ]) {
        await db.schema.dropTable(table).ifExists().execute();
      }
    },
  };
}
