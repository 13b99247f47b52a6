// Who a crisis event is about (the writer or someone they reported) and whether that person is a child.
import type { Kysely, Migration } from 'kysely';

export function riskSubjectMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .alterTable('crisis_events')
        .addColumn('subject', 'text', (c) => c.notNull().defaultTo('self'))
        .execute();
      await db.schema
        .alterTable('crisis_events')
        .addColumn('minor', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.alterTable('crisis_events').dropColumn('minor').execute();
      await db.schema.alterTable('crisis_events').dropColumn('subject').execute();
    },
  };
}
