// Alert delivery state: a `dead_at` mark for messages given up on, and staff acknowledgements of crisis alerts per record.
import type { Kysely, Migration } from 'kysely';
import type { StoreDialect } from '../database.js';

export function alertsMigration(dialect: StoreDialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      const serialId = dialect === 'postgres' ? ('serial' as const) : ('integer' as const);

      await db.schema.alterTable('outbox').addColumn('dead_at', 'text').execute();
      // The worker's claim: undelivered, live, due.
      await db.schema
        .createIndex('outbox_due')
        .on('outbox')
        .columns(['delivered_at', 'dead_at', 'next_attempt_at'])
        .execute();
      // The escalation check: delivered crisis alerts by delivery time.
      await db.schema.createIndex('outbox_kind_delivered').on('outbox').columns(['kind', 'delivered_at']).execute();

      // Append-only: who acknowledged a record's alerts and when; an alert raised later needs a new acknowledgement.
      await db.schema
        .createTable('alert_acknowledgements')
        .addColumn('id', serialId, (c) => (dialect === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey()))
        .addColumn('record_id', 'text', (c) => c.notNull())
        .addColumn('acknowledged_by', 'text', (c) => c.notNull())
        .addColumn('acknowledged_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('alert_acknowledgements_record_id')
        .on('alert_acknowledgements')
        .column('record_id')
        .execute();
    },

    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('alert_acknowledgements').ifExists().execute();
      await db.schema.dropIndex('outbox_kind_delivered').ifExists().execute();
      await db.schema.dropIndex('outbox_due').ifExists().execute();
      await db.schema.alterTable('outbox').dropColumn('dead_at').execute();
    },
  };
}
