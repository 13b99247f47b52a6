// The key that signs local Direct Line tokens: DIRECT_LINE_LOCAL_KEY, or (outside production) one generated once
// into the data directory, so tokens outlive a restart on a laptop too.
import type { Environment } from '../config.js';
import { persistentKey } from '../data-keys.js';

export const generatedKeyFile = 'direct-line.key';

export const localDirectLineKey = (env: Pick<Environment, 'DIRECT_LINE_LOCAL_KEY' | 'DATABASE_URL'>): string =>
  persistentKey(env.DATABASE_URL, generatedKeyFile, env.DIRECT_LINE_LOCAL_KEY);
