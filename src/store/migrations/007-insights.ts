// The practice's funnel: counts per week and metric, no ids, so that retention and erasure never change them and a
// conversation that stored nothing (declined consent) still counts.
import type { Kysely, Migration } from 'kysely';

export function insightsMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('insight_counts')
        // The Monday (UTC) starting the ISO week, YYYY-MM-DD.
        .addColumn('week', 'text', (c) => c.notNull())
        // `started`, `reached:<step>`, `submitted`, `declined`, `abandoned`, `abandoned-at:<step>`, `triage:<level>`,
        // `completed-within:<minutes>`: names of counters, never a value a person gave.
        .addColumn('metric', 'text', (c) => c.notNull())
        .addColumn('count', 'integer', (c) => c.notNull().defaultTo(0))
        .addPrimaryKeyConstraint('insight_counts_pk', ['week', 'metric'])
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('insight_counts').ifExists().execute();
    },
  };
}
