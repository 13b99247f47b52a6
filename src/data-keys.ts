// Keys the service needs to keep across restarts (signing local tokens, the blind index of names): from the
// environment when set, else generated once into the data directory (outside production), read back after that.
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDirectory } from './config.js';

function readKey(path: string): string | undefined {
  try {
    const key = readFileSync(path, 'utf8').trim();
    return key.length >= 32 ? key : undefined;
  } catch {
    return undefined;
  }
}

/** The key from `fromEnvironment`, else the one in `<data directory>/<fileName>`, created there on first use. */
export function persistentKey(databaseUrl: string, fileName: string, fromEnvironment: string | undefined): string {
  if (fromEnvironment) return fromEnvironment;
  const directory = dataDirectory(databaseUrl);
  const path = join(directory, fileName);
  const existing = readKey(path);
  if (existing) return existing;
  mkdirSync(directory, { recursive: true });
  try {
    // `wx`: if another process wrote one first, that one wins and is read back.
    writeFileSync(path, randomBytes(32).toString('base64url'), { mode: 0o600, flag: 'wx' });
  } catch {
    // Written meanwhile by another instance; read below.
  }
  const key = readKey(path);
  if (!key) throw new Error(`could not create ${path}`);
  return key;
}

/** The blind index key of names, as bytes (SEARCH_INDEX_KEY, or generated into the data directory). */
export const searchIndexKey = (env: { DATABASE_URL: string; SEARCH_INDEX_KEY?: string | undefined }): Uint8Array =>
  new TextEncoder().encode(persistentKey(env.DATABASE_URL, 'search-index.key', env.SEARCH_INDEX_KEY));
