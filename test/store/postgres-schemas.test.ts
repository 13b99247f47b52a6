// Two stores in two schemas of one PostgreSQL database (the URL's search_path): each migrates its own schema, whatever
// the other already holds.
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open-store.js';
import { postgresDatabase, postgresUrl } from './targets.js';

describe.skipIf(!postgresUrl)('stores side by side on one PostgreSQL database', () => {
  it('migrates a fresh schema while another schema already holds a migrated store', async () => {
    const first = await postgresDatabase();
    const second = await postgresDatabase();
    try {
      const migrated = await openStore(first.url);
      await migrated.close();
      const fresh = await openStore(second.url);
      await fresh.ping();
      await fresh.close();
      for (const database of [first, second]) {
        const names = (await database.rows('select name from kysely_migration order by name')).map((r) => r.name);
        expect(names.at(-1)).toBe('009-scheduled-jobs');
      }
    } finally {
      await first.drop();
      await second.drop();
    }
  });
});
