// The alert worker: on a timer (and at start), escalate overdue unacknowledged crisis alerts, then deliver due messages
// on every configured channel, each channel its own rows.
import type { OutboxStore } from '../store/outbox-types.js';
import type { OnCallContact } from './alert-body.js';
import { deliverDueAlerts } from './deliver.js';
import { escalateOverdueAlerts } from './escalate.js';
import type { AlertLogger } from './logger.js';
import type { AlertSender } from './sender.js';
import { webhookSender } from './webhook.js';

export interface AlertWorkerOptions {
  store: OutboxStore;
  logger: AlertLogger;
  webhookUrl?: string | undefined;
  secret?: string | undefined;
  onCall: OnCallContact;
  escalationMinutes: number;
  intervalMs?: number;
  now?: () => Date;
  /** Failed attempts after which a message is marked dead. */
  maxAttempts?: number;
  batchSize?: number;
  leaseMs?: number;
  timeoutMs?: number;
  random?: () => number;
}

export interface AlertWorker {
  /** One run (escalate, then deliver); runs never overlap, a call during a run waits for it and runs again. */
  runOnce(): Promise<void>;
  /** No more runs; resolves when the run in flight (if any) has finished. */
  stop(): Promise<void>;
}

const errorName = (error: unknown) => (error instanceof Error ? error.name : 'Error');

export function startAlertWorker(options: AlertWorkerOptions): AlertWorker {
  const { store, logger, webhookUrl, secret } = options;
  const now = options.now ?? (() => new Date());
  const intervalMs = options.intervalMs ?? 5_000;
  let stopped = false;
  let chain: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;

  // A configuration problem is said once, at start, not on every run.
  if (!webhookUrl) {
    logger.warn({}, 'ALERT_WEBHOOK_URL is not set: crisis alerts stay queued and are not delivered anywhere');
  } else if (!secret) {
    logger.error(
      {},
      'ALERT_WEBHOOK_URL is set without ALERT_WEBHOOK_SECRET: alerts are never sent unsigned, none sent',
    );
  }

  // An unconfigured channel's rows stay queued, to be delivered once it is configured.
  const senders: AlertSender[] = [];
  if (webhookUrl && secret) senders.push(webhookSender({ url: webhookUrl, secret, timeoutMs: options.timeoutMs }));

  async function run(): Promise<void> {
    try {
      await escalateOverdueAlerts(store, logger, options.escalationMinutes, now());
    } catch (error) {
      logger.error({ err: { name: errorName(error) } }, 'alert escalation check failed');
    }
    for (const sender of senders) {
      if (stopped) return;
      try {
        await deliverDueAlerts({
          store,
          logger,
          sender,
          onCall: options.onCall,
          now,
          maxAttempts: options.maxAttempts ?? 20,
          batchSize: options.batchSize ?? 20,
          leaseMs: options.leaseMs ?? 60_000,
          ...(options.random ? { random: options.random } : {}),
          stopping: () => stopped,
        });
      } catch (error) {
        logger.error({ channel: sender.channel, err: { name: errorName(error) } }, 'alert delivery run failed');
      }
    }
  }

  function runOnce(): Promise<void> {
    if (stopped) return chain;
    chain = chain.then(run);
    return chain;
  }

  function schedule(delayMs: number) {
    if (stopped) return;
    timer = setTimeout(() => {
      void runOnce().then(() => schedule(intervalMs));
    }, delayMs);
    timer.unref();
  }
  schedule(0);

  return {
    runOnce,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await chain;
      for (const sender of senders) sender.close?.();
    },
  };
}
