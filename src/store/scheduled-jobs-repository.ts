// Scheduled jobs across instances: one caller per interval is told to run a job (the others skip it), the same Kysely
// code on SQLite and PostgreSQL, guarded by an advisory lock on PostgreSQL.
import { hostname } from 'node:os';
import { type Kysely, sql } from 'kysely';
import type { Database, StoreDialect } from './database.js';

/** The process that took a run, for an operator reading the table: host and pid, nothing else. */
const runner = `${hostname()}:${process.pid}`;

export class ScheduledJobsRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: StoreDialect,
  ) {}

  /**
   * True for exactly one caller per `intervalMs` of `job`: the one whose conditional upsert moved `last_run_at` to
   * `now`. A job never run before is due at once.
   */
  async claimScheduledRun(job: string, now: Date, intervalMs: number): Promise<boolean> {
    const dueBefore = new Date(now.getTime() - intervalMs).toISOString();
    const claim = (db: Kysely<Database>) =>
      db
        .insertInto('scheduled_jobs')
        .values({ job, last_run_at: now.toISOString(), last_run_by: runner })
        .onConflict((oc) =>
          oc
            .column('job')
            .doUpdateSet({ last_run_at: now.toISOString(), last_run_by: runner })
            .where('scheduled_jobs.last_run_at', '<=', dueBefore),
        )
        .returning('job')
        .executeTakeFirst();
    // SQLite runs one write at a time: the conditional upsert alone decides.
    if (this.dialect === 'sqlite') return (await claim(this.db)) !== undefined;
    return this.db.transaction().execute(async (trx) => {
      // Another instance deciding the same job right now wins; this one skips without waiting on its row lock.
      const { rows } = await sql<{ locked: boolean }>`
        select pg_try_advisory_xact_lock(hashtext(${`job:${job}`})) as locked`.execute(trx);
      if (!rows[0]?.locked) return false;
      return (await claim(trx)) !== undefined;
    });
  }
}
