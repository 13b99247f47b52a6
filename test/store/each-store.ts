// One suite body run against every database the store supports: a fresh, migrated store per test.
import { afterEach, beforeEach, describe } from 'vitest';
import { openStore } from '../../src/store/open-store.js';
import type { IntakeStore } from '../../src/store/types.js';
import { postgresDatabase, postgresUrl, sqliteDatabase, type TestDatabase } from './targets.js';

export interface OpenedStore {
  store: IntakeStore;
  database: TestDatabase;
}

/** SQLite always; PostgreSQL when TEST_DATABASE_URL is set (skipped, and so reported, otherwise). */
const backends = [
  ['sqlite', sqliteDatabase, false],
  ['postgres', postgresDatabase, !postgresUrl],
] as const;

/** Declares `title on sqlite` and `title on postgres`; `opened()` gives the current test's store and database. */
export function describeEachStore(title: string, body: (opened: () => OpenedStore) => void): void {
  describe.each(backends)(`${title} on %s`, (_dialect, createDatabase, skip) => {
    describe.skipIf(skip)('', () => {
      let current: OpenedStore | undefined;
      beforeEach(async () => {
        const database = await createDatabase();
        current = { database, store: await openStore(database.url) };
      });
      afterEach(async () => {
        await current?.store.close();
        await current?.database.drop();
        current = undefined;
      });
      body(() => {
        if (!current) throw new Error('the store is open only inside a test');
        return current;
      });
    });
  });
}
