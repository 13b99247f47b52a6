// Migrations live in code (no file-system provider), so they ship inside the build and run at open on either dialect.
import { type Kysely, type Migration, type MigrationProvider, Migrator } from 'kysely';
import type { StoreDialect } from '../database.js';
import { initialMigration } from './001-initial.js';
import { alertsMigration } from './002-alerts.js';
import { riskSubjectMigration } from './003-risk-subject.js';
import { reviewMigration } from './004-review.js';
import { teamsMigration } from './005-teams.js';
import { insightsMigration } from './006-insights.js';

class InCodeMigrationProvider implements MigrationProvider {
  constructor(private readonly dialect: StoreDialect) {}

  async getMigrations(): Promise<Record<string, Migration>> {
    return {
      '001-initial': initialMigration(this.dialect),
      '002-alerts': alertsMigration(this.dialect),
      '003-risk-subject': riskSubjectMigration(),
      '004-review': reviewMigration(this.dialect),
      '005-teams': teamsMigration(),
      '006-insights': insightsMigration(),
    };
  }
}

/** Brings the schema to the latest migration; returns the names applied now (none when already current). */
export async function migrateToLatest<DB>(db: Kysely<DB>, dialect: StoreDialect): Promise<string[]> {
  const migrator = new Migrator({ db, provider: new InCodeMigrationProvider(dialect) });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error('migration failed', { cause: error });
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
