// Replies a channel could not take when the turn ended: kept in the outbox and sent again, at least once, until the
// channel is back. The turn itself was saved before the first send, so nothing here can lose or repeat an answer.
import { randomUUID } from 'node:crypto';
import type { Activity, ConversationReference } from 'botbuilder';
import { z } from 'zod';
import { backoffMs } from '../alerts/backoff.js';
import type { Logger } from '../logging.js';
import type { OutboxStore } from '../store/outbox-types.js';
import type { IntakeAdapter } from './adapter.js';

export const undeliveredKind = 'bot-replies';

const payloadSchema = z.object({
  reference: z
    .object({
      serviceUrl: z.string().min(1),
      channelId: z.string().min(1),
      conversation: z.object({ id: z.string().min(1) }).loose(),
    })
    .loose(),
  activities: z.array(z.record(z.string(), z.unknown())).min(1),
});

export interface UndeliveredOptions {
  store: OutboxStore;
  adapter: IntakeAdapter;
  /** The bot's app id ('' without credentials), for the proactive send. */
  appId: string;
  logger: Logger;
  now?: () => Date;
  intervalMs?: number;
  /** A reply older than this is no use to anyone (the person has moved on or left): it is given up. */
  maxAgeMs?: number;
  maxAttempts?: number;
}

export class UndeliveredReplies {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> = Promise.resolve();
  private stopped = false;
  private readonly now: () => Date;

  constructor(private readonly options: UndeliveredOptions) {
    this.now = options.now ?? (() => new Date());
  }

  /** Keeps replies for another attempt; if even that fails, the stored turn still answers a redelivery. */
  async keep(reference: Partial<ConversationReference>, activities: Partial<Activity>[], activityId: string | null) {
    const key = `${undeliveredKind}:${reference.channelId}:${reference.conversation?.id}:${activityId ?? randomUUID()}`;
    try {
      await this.options.store.enqueueOutbox(
        [{ kind: undeliveredKind, dedupKey: key, payload: { reference, activities } }],
        this.now().toISOString(),
      );
      this.schedule(1_000);
    } catch (error) {
      this.options.logger.error(
        { conversation: reference.conversation?.id, err: { name: (error as Error).name } },
        'undelivered replies could not be kept',
      );
    }
  }

  start(): void {
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  /** One pass over the replies that are due; never runs twice at once. */
  runOnce(): Promise<void> {
    this.running = this.running.then(() => this.deliverDue()).catch(() => undefined);
    return this.running;
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      void this.runOnce().then(() => this.schedule(this.options.intervalMs ?? 10_000));
    }, delayMs);
    this.timer.unref();
  }

  private async deliverDue(): Promise<void> {
    const { store, adapter, appId, logger } = this.options;
    for (let n = 0; n < 20 && !this.stopped; n++) {
      const started = this.now();
      const [message] = await store.claimDueOutbox({
        now: started.toISOString(),
        kinds: [undeliveredKind],
        maxAttempts: this.options.maxAttempts ?? 12,
        leaseUntil: new Date(started.getTime() + 60_000).toISOString(),
        limit: 1,
      });
      if (!message) return;
      const parsed = payloadSchema.safeParse(message.payload);
      const tooOld = started.getTime() - Date.parse(message.createdAt) > (this.options.maxAgeMs ?? 24 * 3_600_000);
      if (!parsed.success || tooOld) {
        await store.recordOutboxFailure(message.id, {
          at: started.toISOString(),
          error: parsed.success ? 'expired' : 'invalid payload',
          nextAttemptAt: started.toISOString(),
          dead: true,
        });
        continue;
      }
      const { reference, activities } = parsed.data;
      try {
        // The adapter's turn error handler would swallow a failed send and the replies would be marked delivered:
        // keep the error and throw it here, so the outbox retries them.
        let failure: unknown;
        await adapter.continueConversationAsync(
          appId,
          reference as unknown as Partial<ConversationReference>,
          async (context) => {
            try {
              for (const activity of activities) await context.sendActivity(activity as Partial<Activity>);
            } catch (error) {
              failure = error;
            }
          },
        );
        if (failure) throw failure;
        await store.markOutboxDelivered(message.id, this.now().toISOString());
        logger.info({ outboxId: message.id, conversation: reference.conversation.id }, 'kept replies delivered');
      } catch (error) {
        const attempt = message.attempts + 1;
        const finished = this.now();
        await store.recordOutboxFailure(message.id, {
          at: finished.toISOString(),
          error: (error as Error).name || 'Error',
          nextAttemptAt: new Date(finished.getTime() + backoffMs(attempt)).toISOString(),
          dead: attempt >= (this.options.maxAttempts ?? 12),
        });
      }
    }
  }
}
