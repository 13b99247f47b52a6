// Adding to the weekly funnel counters inside a caller's transaction (a turn, the abandon sweep), and reading them.
import { type Kysely, sql } from 'kysely';
import type { Database } from './database.js';

export async function addInsightCounts(trx: Kysely<Database>, week: string, metrics: readonly string[]): Promise<void> {
  for (const metric of metrics) {
    await trx
      .insertInto('insight_counts')
      .values({ week, metric, count: 1 })
      .onConflict((c) => c.columns(['week', 'metric']).doUpdateSet({ count: sql`insight_counts.count + 1` }))
      .execute();
  }
}

export interface InsightCount {
  week: string;
  metric: string;
  count: number;
}

/** Counters of the weeks starting from `fromWeek` up to and including `toWeek` (YYYY-MM-DD Mondays). */
export async function readInsightCounts(
  db: Kysely<Database>,
  fromWeek: string,
  toWeek: string,
): Promise<InsightCount[]> {
  const rows = await db
    .selectFrom('insight_counts')
    .select(['week', 'metric', 'count'])
    .where('week', '>=', fromWeek)
    .where('week', '<=', toWeek)
    .orderBy('week')
    .orderBy('metric')
    .execute();
  return rows.map((row) => ({ week: row.week, metric: row.metric, count: Number(row.count) }));
}
