// `intake -- erase --id ID`, `backup --to FILE` and `rotate-key`: the operator's data care from the command line,
// each with a one-line result on stdout and reasons on stderr; the store does the work (data-care-repository.ts).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { environment } from '../config.js';
import { cipherFromKeys } from '../store/crypto/value-cipher.js';
import { openStore } from '../store/open-store.js';
import type { IntakeStore } from '../store/types.js';

const recordIdSchema = z.string().regex(/^[A-Za-z0-9-]{1,100}$/);

async function withStore(work: (store: IntakeStore) => Promise<number>): Promise<number> {
  const env = environment();
  const store = await openStore(env.DATABASE_URL, {
    cipher: cipherFromKeys(env.RECORD_ENCRYPTION_KEY, env.RECORD_ENCRYPTION_OLD_KEYS),
  });
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

export async function eraseCommand(id: string | undefined, by: string | undefined): Promise<number> {
  if (!recordIdSchema.safeParse(id).success) {
    process.stderr.write('erase needs --id RECORD_ID (the record id, as in the export or the dashboard).\n');
    return 2;
  }
  if (by !== undefined && !z.email().safeParse(by).success) {
    process.stderr.write('--by must be the email address of whoever asked for the erasure.\n');
    return 2;
  }
  return withStore(async (store) => {
    const counts = await store.erase(
      id as string,
      { actorId: null, actorEmail: by ?? null, via: 'cli', address: null },
      new Date().toISOString(),
    );
    if (counts.records + counts.conversations === 0) {
      process.stderr.write(`There is no record ${id}.\n`);
      return 1;
    }
    process.stdout.write(
      `Erased record ${id}: ${counts.conversations} conversation(s), ${counts.activities} stored turn(s), ` +
        `${counts.notes} note(s). Crisis events and acknowledgements are kept without personal data.\n`,
    );
    return 0;
  });
}

export async function backupCommand(to: string | undefined): Promise<number> {
  if (!to) {
    process.stderr.write('backup needs --to FILE (a new file; an existing one is never overwritten).\n');
    return 2;
  }
  const path = resolve(to);
  if (existsSync(path)) {
    process.stderr.write(`${path} already exists: choose a new file name.\n`);
    return 2;
  }
  return withStore(async (store) => {
    if (store.dialect !== 'sqlite') {
      process.stderr.write('The store is PostgreSQL: back it up with pg_dump (see README, "Backups and restore").\n');
      return 2;
    }
    await store.backupTo(path);
    process.stdout.write(`${path}\n`);
    return 0;
  });
}

export async function rotateKeyCommand(): Promise<number> {
  if (!environment().RECORD_ENCRYPTION_KEY) {
    process.stderr.write(
      'rotate-key seals everything under RECORD_ENCRYPTION_KEY: set it (and the old keys in ' +
        'RECORD_ENCRYPTION_OLD_KEYS).\n',
    );
    return 2;
  }
  return withStore(async (store) => {
    const { resealed, skipped } = await store.rotateKey();
    const total = Object.values(resealed).reduce((sum, n) => sum + n, 0);
    await store.review((tx) =>
      tx.audit({
        at: new Date().toISOString(),
        actorId: null,
        actorEmail: null,
        via: 'cli',
        action: 'storage.rotate-key',
        recordId: null,
        detail: { keyId: store.encryptionKeyId, resealed, skipped },
        address: null,
      }),
    );
    process.stdout.write(
      `Sealed ${total} value(s) under key ${store.encryptionKeyId}${skipped ? `; ${skipped} changed meanwhile (already under it)` : ''}.\n`,
    );
    return 0;
  });
}
