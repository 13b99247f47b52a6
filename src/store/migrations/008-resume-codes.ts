// Resume codes: what "stop" gives a person to carry on later on any device. One live code per conversation; the
// secret part is kept only as a hash, and wrong guesses are counted so a code locks after a few.
import type { Kysely, Migration } from 'kysely';

export function resumeCodesMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('resume_codes')
        .addColumn('conversation_key', 'text', (c) => c.primaryKey())
        // The intake's reference (the code's first part, also shown to the practice): found by it, never by the secret.
        .addColumn('reference', 'text', (c) => c.notNull())
        // SHA-256 of the conversation key and the secret part.
        .addColumn('secret_hash', 'text', (c) => c.notNull())
        // The channel's user id the conversation's tokens are issued to (a random id, not a person's detail).
        .addColumn('user_id', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .addColumn('failed_attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema.createIndex('resume_codes_reference').on('resume_codes').column('reference').execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('resume_codes').ifExists().execute();
    },
  };
}
