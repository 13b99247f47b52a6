// The key that signs local Direct Line tokens: DIRECT_LINE_LOCAL_KEY, or (outside production) one generated once
// into the data directory, so tokens outlive a restart on a laptop too.
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDirectory, type Environment } from '../config.js';

export const generatedKeyFile = 'direct-line.key';

function readKey(path: string): string | undefined {
  try {
    const key = readFileSync(path, 'utf8').trim();
    return key.length >= 32 ? key : undefined;
  } catch {
    return undefined;
  }
}

export function localDirectLineKey(env: Pick<Environment, 'DIRECT_LINE_LOCAL_KEY' | 'DATABASE_URL'>): string {
  if (env.DIRECT_LINE_LOCAL_KEY) return env.DIRECT_LINE_LOCAL_KEY;
  const directory = dataDirectory(env.DATABASE_URL);
  const path = join(directory, generatedKeyFile);
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
