// Migrations live in code (no file-system provider), so they ship inside the build and run at open on either dialect.
import { type Kysely, type Migration, type MigrationProvider, Migrator, sql } from 'kysely';
import type { StoreDialect } from '../database.js';
import { initialMigration } from './001-initial.js';
import { alertsMigration } from './002-alerts.js';
import { riskSubjectMigration } from './003-risk-subject.js';
import { reviewMigration } from './004-review.js';
import { queueIndexesMigration } from './005-queue-indexes.js';
import { teamsMigration } from './006-teams.js';
import { insightsMigration } from './007-insights.js';
import { resumeCodesMigration } from './008-resume-codes.js';
import { scheduledJobsMigration } from './009-scheduled-jobs.js';

class InCodeMigrationProvider implements MigrationProvider {
  constructor(private readonly dialect: StoreDialect) {}

  async getMigrations(): Promise<Record<string, Migration>> {
    return {
      '001-initial': initialMigration(this.dialect),
      '002-alerts': alertsMigration(this.dialect),
      '003-risk-subject': riskSubjectMigration(),
      '004-review': reviewMigration(this.dialect),
      '005-queue-indexes': queueIndexesMigration(),
      '006-teams': teamsMigration(),
      '007-insights': insightsMigration(),
      '008-resume-codes': resumeCodesMigration(),
      '009-scheduled-jobs': scheduledJobsMigration(),
    };
  }
}

/** Brings the schema to the latest migration; returns the names applied now (none when already current). */
export async function migrateToLatest<DB>(db: Kysely<DB>, dialect: StoreDialect): Promise<string[]> {
  // PostgreSQL: the migration tables are looked for in the store's own schema (the URL's search_path). Unnamed,
  // Kysely takes another schema's tables in the same database for ours and then fails to lock them.
  const schema =
    dialect === 'postgres'
      ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]?.schema
      : undefined;
  const migrator = new Migrator({
    db,
    provider: new InCodeMigrationProvider(dialect),
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error('migration failed', { cause: error });
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
