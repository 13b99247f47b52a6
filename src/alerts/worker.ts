// The alert worker: on a timer (and at start), escalate overdue unacknowledged crisis alerts, then deliver due messages
// on every configured channel, each channel its own rows.
import type { OutboxStore } from '../store/outbox-types.js';
import type { OnCallContact } from './alert-body.js';
import { alertChannelKeys, alertChannelStatus } from './channels.js';
import { deliverDueAlerts } from './deliver.js';
import { emailSender } from './email.js';
import { escalateOverdueAlerts } from './escalate.js';
import type { AlertLogger } from './logger.js';
import type { AlertSender } from './sender.js';
import { webhookSender } from './webhook.js';

export interface AlertWorkerOptions {
  store: OutboxStore;
  logger: AlertLogger;
  webhookUrl?: string | undefined;
  secret?: string | undefined;
  /** Email alerts: sent when there is an SMTP server and at least one recipient. */
  email?: AlertEmailOptions | undefined;
  /** Teams alert cards (src/alerts/teams.ts), when TEAMS_ALERT_CONVERSATION names a channel. */
  teams?: AlertSender | undefined;
  onCall: OnCallContact;
  escalationMinutes: number;
  /**
   * Whether this run escalates (several instances on one database: one of them per interval). Delivery needs no such
   * turn: its claims already give each row to one worker. Without it every run escalates.
   */
  claimEscalation?: ((now: Date) => Promise<boolean>) | undefined;
  intervalMs?: number;
  now?: () => Date;
  /** Failed attempts after which a message is marked dead. */
  maxAttempts?: number;
  batchSize?: number;
  leaseMs?: number;
  timeoutMs?: number;
  random?: () => number;
}

export interface AlertEmailOptions {
  smtpUrl?: string | undefined;
  /** ALERT_EMAIL_TO and the practice's `alerts.emailTo`. */
  to: readonly string[];
  practice: { name: string; email: string; timeZone: string };
  /** PUBLIC_URL, for the link to the record. */
  publicUrl?: string | undefined;
}

export interface AlertWorker {
  /** One run (escalate, then deliver); runs never overlap, a call during a run waits for it and runs again. */
  runOnce(): Promise<void>;
  /** No more runs; resolves when the run in flight (if any) has finished. */
  stop(): Promise<void>;
}

/** How often the worker runs unless told otherwise. */
export const alertWorkerIntervalMs = 5_000;

const errorName = (error: unknown) => (error instanceof Error ? error.name : 'Error');

export function startAlertWorker(options: AlertWorkerOptions): AlertWorker {
  const { store, logger, webhookUrl, secret } = options;
  const now = options.now ?? (() => new Date());
  const intervalMs = options.intervalMs ?? alertWorkerIntervalMs;
  let stopped = false;
  let chain: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;

  // A configuration problem is said once, at start, not on every run.
  const { email } = options;
  const status = alertChannelStatus({
    webhookUrl,
    webhookSecret: secret,
    smtpUrl: email?.smtpUrl,
    emailTo: email?.to ?? [],
    teamsConversation: options.teams ? 'configured' : undefined,
  });
  for (const problem of status.problems) logger.error({}, problem);
  if (status.configured.length === 0) {
    logger.warn(
      {},
      `no alert channel is configured: crisis alerts stay queued and reach nobody (set ${alertChannelKeys})`,
    );
  } else {
    logger.info({ channels: status.configured }, 'crisis alerts are delivered to every configured channel');
  }

  // An unconfigured channel's rows stay queued, to be delivered once it is configured.
  const senders: AlertSender[] = [];
  if (webhookUrl && secret && status.configured.includes('webhook')) {
    senders.push(webhookSender({ url: webhookUrl, secret, timeoutMs: options.timeoutMs }));
  }
  if (email?.smtpUrl && status.configured.includes('email')) {
    senders.push(
      emailSender({
        smtpUrl: email.smtpUrl,
        to: email.to,
        practiceEmail: email.practice.email,
        practiceName: email.practice.name,
        timeZone: email.practice.timeZone,
        publicUrl: email.publicUrl,
        escalationMinutes: options.escalationMinutes,
        timeoutMs: options.timeoutMs,
      }),
    );
  }

  if (options.teams) senders.push(options.teams);

  async function run(): Promise<void> {
    try {
      const at = now();
      if (!options.claimEscalation || (await options.claimEscalation(at))) {
        await escalateOverdueAlerts(store, logger, options.escalationMinutes, at);
      }
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
