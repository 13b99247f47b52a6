// The durable local fallback for crisis signals: when the store cannot take a turn, the signal is appended here.
import { randomUUID } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { riskKinds, riskLevels, riskSubjects } from '../../dialogs/crisis-policy.js';
import { stepIds } from '../../dialogs/types.js';
import { dataDirectory } from '../config.js';

/** One signal, with where it happened; never the message text. */
export const fallbackEntrySchema = z.object({
  fallbackId: z.string().min(1),
  conversationKey: z.string().min(1),
  channel: z.string().min(1),
  locale: z.string().min(2),
  at: z.string().min(1),
  step: z.enum(stepIds),
  field: z.string().nullable(),
  signals: z.array(z.object({ kind: z.enum(riskKinds), level: z.enum(riskLevels) })).min(1),
  rules: z.array(z.string()),
  minor: z.boolean(),
  /** Who was at risk; entries written before this was kept were about the writer. */
  subject: z.enum(riskSubjects).default('self'),
});
export type FallbackEntry = z.infer<typeof fallbackEntrySchema>;

export const newFallbackId = () => randomUUID();

/** Append-only JSON lines, each write fsynced: it must survive the crash that may follow a store failure. */
export class CrisisFallbackLog {
  constructor(readonly path: string) {}

  append(entries: readonly FallbackEntry[]): void {
    if (entries.length === 0) return;
    mkdirSync(dirname(this.path), { recursive: true });
    const fd = openSync(this.path, 'a', 0o600);
    try {
      writeSync(fd, entries.map((entry) => `${JSON.stringify(entry)}\n`).join(''));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  }

  /** Every readable entry; a torn last line (a crash mid-write) is skipped, not fatal. */
  readAll(): FallbackEntry[] {
    if (!existsSync(this.path)) return [];
    return readFileSync(this.path, 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .flatMap((line) => {
        try {
          const parsed = fallbackEntrySchema.safeParse(JSON.parse(line));
          return parsed.success ? [parsed.data] : [];
        } catch {
          return [];
        }
      });
  }

  /** Drops replayed entries by rewriting the file atomically (write aside, fsync, rename). */
  remove(fallbackIds: readonly string[]): void {
    if (fallbackIds.length === 0 || !existsSync(this.path)) return;
    const done = new Set(fallbackIds);
    const remaining = this.readAll().filter((entry) => !done.has(entry.fallbackId));
    const aside = `${this.path}.${process.pid}.tmp`;
    const fd = openSync(aside, 'w', 0o600);
    try {
      writeSync(fd, remaining.map((entry) => `${JSON.stringify(entry)}\n`).join(''));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(aside, this.path);
  }
}

/** In the service's data directory: next to the SQLite file, else ./data. */
export const fallbackPathFor = (databaseUrl: string): string =>
  join(dataDirectory(databaseUrl), 'crisis-fallback.jsonl');
