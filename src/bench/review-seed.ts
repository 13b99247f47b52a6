// Fills a migrated store with a population for `bench:review`: templates from real demo conversations, then batched
// inserts into the store's own tables and columns (built by its own row builders), so the queries measured are real.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kysely, sql } from 'kysely';
import { seedIntakes } from '../cli/seed-demo.js';
import type { PracticeSettings } from '../config.js';
import type { IntakeRecord } from '../record/schema.js';
import { connect } from '../store/connect.js';
import type { Database } from '../store/database.js';
import { openStore } from '../store/open-store.js';
import { type PopulatedIntake, populatedIntake, seededRandom, type Templates } from './review-population.js';

/** Real records to vary: the demo intakes, run as conversations through the turn engine into a scratch store. */
export async function demoTemplates(practice: PracticeSettings): Promise<Templates> {
  const directory = mkdtempSync(join(tmpdir(), 'bench-review-templates-'));
  const url = `sqlite:${join(directory, 'intake.db')}`;
  const store = await openStore(url, { nameIndexKey: new Uint8Array(32) });
  try {
    const seeded = await seedIntakes(store, practice, url);
    const sent = (prefix: string): IntakeRecord[] =>
      seeded.filter((s) => s.label.startsWith(prefix) && s.record.status === 'submitted').map((s) => s.record);
    const [emergency] = sent('emergency');
    const [urgent] = sent('urgent');
    const calm = sent('calm');
    if (!emergency || !urgent || calm.length === 0) throw new Error('The demo intakes no longer cover every level.');
    return { emergency, urgent, calm };
  } finally {
    await store.close();
    rmSync(directory, { recursive: true, force: true });
  }
}

/** Rows per INSERT (under both dialects' bound-parameter limits) and per transaction. */
const rowsPerStatement = 400;
const rowsPerTransaction = 5_000;

async function insertChunk(db: Kysely<Database>, chunk: readonly PopulatedIntake[]): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (let start = 0; start < chunk.length; start += rowsPerStatement) {
      const part = chunk.slice(start, start + rowsPerStatement);
      await trx
        .insertInto('records')
        .values(part.map((p) => p.record))
        .execute();
      const events = part.flatMap((p) => (p.event ? [p.event] : []));
      if (events.length > 0) await trx.insertInto('crisis_events').values(events).execute();
      const acknowledgements = part.flatMap((p) => (p.acknowledgement ? [p.acknowledgement] : []));
      if (acknowledgements.length > 0)
        await trx.insertInto('alert_acknowledgements').values(acknowledgements).execute();
      const notes = part.flatMap((p) => (p.note ? [p.note] : []));
      if (notes.length > 0) await trx.insertInto('review_notes').values(notes).execute();
    }
  });
}

export interface Population {
  /** A sample of the ids seeded (records to open). */
  sampleIds: string[];
  /** How many wait for an acknowledgement (the top of the queue). */
  waiting: number;
  /** Bytes of record JSON in all. */
  dataBytes: number;
}

/** Seeds `count` intakes created before `now` into the (already migrated) database at `databaseUrl`. */
export async function seedPopulation(options: {
  databaseUrl: string;
  count: number;
  templates: Templates;
  nameIndexKey: Uint8Array;
  now: number;
  seed: number;
}): Promise<Population> {
  const db = new Kysely<Database>({ dialect: connect(options.databaseUrl).kyselyDialect });
  const random = seededRandom(options.seed);
  const population: Population = { sampleIds: [], waiting: 0, dataBytes: 0 };
  try {
    for (let start = 0; start < options.count; start += rowsPerTransaction) {
      const chunk: PopulatedIntake[] = [];
      for (let index = start; index < Math.min(options.count, start + rowsPerTransaction); index++) {
        const intake = populatedIntake(index, random, options.templates, options.now, options.nameIndexKey);
        chunk.push(intake);
        if (index % 97 === 0) population.sampleIds.push(intake.record.id);
        if (intake.record.unacknowledged === 1) population.waiting++;
        population.dataBytes += intake.record.data.length;
      }
      await insertChunk(db, chunk);
    }
    // PostgreSQL's autovacuum analyses a table that grew over two years long before anyone reads it; after a bulk load
    // of minutes it has not yet, so this does what it would (SQLite has no such daemon and is measured as it is).
    if (options.databaseUrl.startsWith('postgres')) await sql`analyze`.execute(db);
  } finally {
    await db.destroy();
  }
  return population;
}
