// Indexes that let every filter of the queue walk in the queue's own order (measured with `npm run bench:review`).
// Each filter column leads an index that ends in the queue's order (rank, time, id), so a filtered first page stops
// after its rows instead of sorting every match; they replace the narrower indexes of 004 on status and names.
// The date range gets a covering index: the queue's columns sit behind each row's record JSON, so reading a row's
// date from the table costs its whole record, while the index holds the date and the order keys together.
import type { Kysely, Migration } from 'kysely';

const queueOrder = ['queue_rank', 'queue_at', 'id'] as const;

const replaced = [
  ['records_status', ['status', 'queue_rank']],
  ['records_first_name', ['first_name_index']],
  ['records_last_name', ['last_name_index']],
] as const;

const added = [
  ['records_status_queue', 'status'],
  ['records_triage_queue', 'triage_level'],
  ['records_review_queue', 'review_state'],
  ['records_created_queue', 'created_at'],
  ['records_first_name_queue', 'first_name_index'],
  ['records_last_name_queue', 'last_name_index'],
] as const;

export function queueIndexesMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      for (const [name, column] of added) {
        await db.schema
          .createIndex(name)
          .on('records')
          .columns([column, ...queueOrder])
          .execute();
      }
      for (const [name] of replaced) await db.schema.dropIndex(name).execute();
    },
    async down(db: Kysely<unknown>) {
      for (const [name, columns] of replaced) {
        await db.schema
          .createIndex(name)
          .on('records')
          .columns([...columns])
          .execute();
      }
      for (const [name] of added) await db.schema.dropIndex(name).execute();
    },
  };
}
