// Several instances on one database: each scheduled job (the abandon sweep, escalation) remembers when it last ran, so
// that one instance runs it per interval, not every instance.
import type { Kysely, Migration } from 'kysely';

export function scheduledJobsMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('scheduled_jobs')
        // A job's name (`sweep`, `escalation`): never anything about a person.
        .addColumn('job', 'text', (c) => c.primaryKey())
        // When the run that holds the current interval started (ISO-8601, as every timestamp here).
        .addColumn('last_run_at', 'text', (c) => c.notNull())
        // Which process took it: host and pid, for an operator reading the table.
        .addColumn('last_run_by', 'text', (c) => c.notNull())
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('scheduled_jobs').ifExists().execute();
    },
  };
}
