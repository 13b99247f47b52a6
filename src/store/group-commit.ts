// Group commit for SQLite's single writer: the turns that reach their commit together are written in one
// transaction, so one fsync (synchronous=FULL, unchanged) makes all of them durable. Each turn's writes sit in their
// own savepoint: one that fails is rolled back alone and its caller told; every caller is answered only after the
// transaction holding its writes has committed.
import type { Kysely } from 'kysely';
import type { Database } from './database.js';
import { VersionConflictError } from './types.js';

/** One turn's writes, run inside the shared transaction (all-or-nothing on its own, see conversation-transaction). */
export type GroupedWrite = (trx: Kysely<Database>) => Promise<void>;

/** Runs `work` in one write transaction and commits it (durably) before resolving. */
export type WriteTransaction = (work: (trx: Kysely<Database>) => Promise<void>) => Promise<void>;

interface Pending {
  write: GroupedWrite;
  resolve(): void;
  reject(error: unknown): void;
}

/** A batch far larger than any real burst would only delay its first turns; the rest go in the next one. */
const maxBatch = 256;

export class GroupCommit {
  private queue: Pending[] = [];
  private running = false;
  private scheduled = false;

  constructor(private readonly transaction: WriteTransaction) {}

  /** Resolves once `write` is committed durably, or rejects with its own error (or the commit's). */
  commit(write: GroupedWrite): Promise<void> {
    return new Promise((resolve, reject) => {
      this.queue.push({ write, resolve, reject });
      this.schedule();
    });
  }

  /**
   * After the current pass of the event loop, so every turn that reaches its commit in this pass joins the batch;
   * while a batch is being written, the next one gathers and starts when it is done.
   */
  private schedule(): void {
    if (this.running || this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      void this.flush();
    });
  }

  private async flush(): Promise<void> {
    const batch = this.queue.splice(0, maxBatch);
    if (batch.length === 0) return;
    this.running = true;
    const conflicts = new Map<Pending, unknown>();
    let broken: { item: Pending; error: unknown } | undefined;
    try {
      await this.transaction(async (trx) => {
        for (const item of batch) {
          try {
            await item.write(trx);
          } catch (error) {
            // A version conflict is rolled back to its savepoint and leaves the transaction sound. Anything else
            // (a full disk, an I/O error) may have ended the transaction: nothing of this batch is committed.
            if (error instanceof VersionConflictError) {
              conflicts.set(item, error);
              continue;
            }
            broken = { item, error };
            throw error;
          }
        }
      });
      for (const item of batch) {
        if (conflicts.has(item)) item.reject(conflicts.get(item));
        else item.resolve();
      }
    } catch (error) {
      if (broken) {
        // The turn that failed is told; the others, rolled back with it, are written again in the next batch.
        broken.item.reject(broken.error);
        this.queue.unshift(...batch.filter((item) => item !== broken?.item));
      } else {
        // The commit itself failed: none of these turns is saved.
        for (const item of batch) item.reject(error);
      }
    } finally {
      this.running = false;
      if (this.queue.length > 0) this.schedule();
    }
  }
}
