// DATABASE_URL forms for SQLite: relative paths, absolute paths with missing folders, and in-memory for tests.
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sqlitePath } from '../../src/store/connect.js';
import { openStore } from '../../src/store/open-store.js';
import { tempSqliteUrl } from './targets.js';

describe('sqlite: URLs', () => {
  it('resolves a relative path against the working directory', () => {
    expect(sqlitePath('sqlite:data/intake.db')).toBe(resolve('data/intake.db'));
    expect(sqlitePath('sqlite:/var/lib/intake.db')).toBe('/var/lib/intake.db');
    expect(sqlitePath('sqlite::memory:')).toBe(':memory:');
  });

  it('creates the missing parent folder', async () => {
    const { url, dir } = tempSqliteUrl();
    const store = await openStore(url);
    await store.ping();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('opens an in-memory database', async () => {
    const store = await openStore('sqlite::memory:');
    expect(await store.listRecords()).toEqual([]);
    await store.close();
  });

  it('refuses an unknown scheme without echoing the URL', async () => {
    await expect(openStore('mysql://user:secret@host/db')).rejects.toThrow(/^(?!.*secret)/);
  });
});
