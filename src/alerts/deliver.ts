// Delivers one channel's due alert messages one at a time: claim (leased), send, then mark delivered or schedule the retry.
import { kindsOf } from '../store/alert-keys.js';
import type { OutboxStore } from '../store/outbox-types.js';
import { alertBody, type OnCallContact } from './alert-body.js';
import { backoffMs } from './backoff.js';
import type { AlertLogger } from './logger.js';
import type { AlertSender } from './sender.js';

export interface DeliveryOptions {
  store: OutboxStore;
  logger: AlertLogger;
  /** The channel: it claims only its own rows, so each channel's delivery and retries are its own. */
  sender: AlertSender;
  onCall: OnCallContact;
  now: () => Date;
  maxAttempts: number;
  /** Most messages per run, so one run stays short. */
  batchSize: number;
  /** How long a claimed message is held for this worker (longer than one send with its timeout). */
  leaseMs: number;
  random?: () => number;
  /** Checked between messages: a stopping worker finishes the one in flight and no more. */
  stopping: () => boolean;
}

const iso = (date: Date, plusMs = 0) => new Date(date.getTime() + plusMs).toISOString();

/** Returns how many messages were delivered. */
export async function deliverDueAlerts(options: DeliveryOptions): Promise<number> {
  const { store, logger, sender } = options;
  const kinds = kindsOf(sender.channel);
  let delivered = 0;
  for (let n = 0; n < options.batchSize && !options.stopping(); n++) {
    const started = options.now();
    const [message] = await store.claimDueOutbox({
      now: iso(started),
      kinds,
      maxAttempts: options.maxAttempts,
      leaseUntil: iso(started, options.leaseMs),
      limit: 1,
    });
    if (!message) break;
    const ids = {
      channel: sender.channel,
      outboxId: message.id,
      deliveryId: message.dedupKey,
      attempt: message.attempts + 1,
    };

    const body = alertBody(message, options.onCall);
    if (!body) {
      // Sending cannot fix a payload that fails the allow-list: give up at once and say so loudly.
      await store.recordOutboxFailure(message.id, {
        at: iso(started),
        error: 'invalid payload',
        nextAttemptAt: iso(started),
        dead: true,
      });
      logger.error(ids, 'alert not sent: its payload is not a valid alert (marked dead)');
      continue;
    }

    const result = await sender.send(body, options.now());
    const finished = options.now();
    const logged = { ...ids, type: body.type, recordId: body.recordId, riskLevel: body.level };
    if (result.ok) {
      await store.markOutboxDelivered(message.id, iso(finished));
      delivered += 1;
      const { status, rejected } = result;
      logger.info({ ...logged, ...(status ? { status } : {}) }, 'alert delivered');
      if (rejected) logger.warn({ ...logged, rejected }, 'alert delivered, but some recipients were refused');
      continue;
    }
    const dead = ids.attempt >= options.maxAttempts;
    const retryInMs = backoffMs(ids.attempt, options.random);
    await store.recordOutboxFailure(message.id, {
      at: iso(finished),
      error: result.error,
      nextAttemptAt: iso(finished, retryInMs),
      dead,
    });
    if (dead) logger.error({ ...logged, error: result.error }, 'alert delivery given up after the maximum attempts');
    else logger.warn({ ...logged, error: result.error, retryInMs }, 'alert delivery failed, will retry');
  }
  return delivered;
}
