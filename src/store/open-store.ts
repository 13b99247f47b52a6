// Opens the store named by DATABASE_URL (SQLite by default, PostgreSQL when given) and migrates it.
import { Kysely } from 'kysely';
import { searchIndexKey } from '../data-keys.js';
import { connect } from './connect.js';
import { cipherFromKeys, type ValueCipher } from './crypto/value-cipher.js';
import type { Database } from './database.js';
import { KyselyStore, type StoreLogger } from './kysely-store.js';
import type { IntakeStore } from './types.js';

export interface OpenStoreOptions {
  /** Gets ids and counts only, never record data or snapshots. */
  logger?: StoreLogger;
  /** Keys the blind index of names; by default SEARCH_INDEX_KEY, else the key kept in the data directory. */
  nameIndexKey?: Uint8Array;
  /** Seals what people wrote; by default from RECORD_ENCRYPTION_KEY and RECORD_ENCRYPTION_OLD_KEYS (none: plaintext). */
  cipher?: ValueCipher;
}

export async function openStore(databaseUrl: string, options: OpenStoreOptions = {}): Promise<IntakeStore> {
  const { dialect, kyselyDialect } = connect(databaseUrl);
  const store = new KyselyStore(
    new Kysely<Database>({ dialect: kyselyDialect }),
    dialect,
    options.logger,
    // Every process that writes records must index names with the same key, or name search misses them.
    options.nameIndexKey ??
      searchIndexKey({ DATABASE_URL: databaseUrl, SEARCH_INDEX_KEY: process.env.SEARCH_INDEX_KEY }),
    // Every process that reads records (server, export, review) must hold the same keys.
    options.cipher ?? cipherFromKeys(process.env.RECORD_ENCRYPTION_KEY, process.env.RECORD_ENCRYPTION_OLD_KEYS),
  );
  try {
    await store.migrate();
  } catch (error) {
    await store.close();
    throw error;
  }
  options.logger?.info({ dialect, encryptionKeyId: store.encryptionKeyId ?? null }, 'store open');
  return store;
}
