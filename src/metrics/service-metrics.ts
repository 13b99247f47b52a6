// The service's Prometheus metrics (prom-client), one registry per running service: turn latency by channel, turns
// and errors, store commit latency, the outbox backlog, crisis events by kind and level, and the process's own
// (memory, CPU, event loop). Counts and durations only: no ids, no text, and channel labels from a fixed list.
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

/** Channels a label may name; anything else (a loopback caller can send any channelId) is `other`. */
const knownChannels = new Set(['webchat', 'directline', 'msteams', 'emulator', 'test', 'slack', 'email', 'sms']);
export const channelLabel = (channel: string): string => (knownChannels.has(channel) ? channel : 'other');

/** Reads the outbox backlog when Prometheus scrapes (see IntakeStore.outboxBacklog). */
export type OutboxBacklog = () => Promise<{ depth: number; oldestCreatedAt: string | null }>;

export class ServiceMetrics {
  readonly registry = new Registry();
  readonly turnSeconds = new Histogram({
    name: 'intake_turn_duration_seconds',
    help: 'Time from a turn arriving at the engine to its replies being ready (stored first), by channel.',
    labelNames: ['channel'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  readonly turns = new Counter({
    name: 'intake_turns_total',
    help: 'Turns handled, by channel.',
    labelNames: ['channel'],
    registers: [this.registry],
  });
  readonly turnErrors = new Counter({
    name: 'intake_turn_errors_total',
    help: 'Turns whose changes could not be stored (the person was told, crisis resources still sent), by channel.',
    labelNames: ['channel'],
    registers: [this.registry],
  });
  readonly commitSeconds = new Histogram({
    name: 'intake_store_commit_duration_seconds',
    help: "Time from a turn's commit starting to its transaction being durable.",
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [this.registry],
  });
  readonly crisisEvents = new Counter({
    name: 'intake_crisis_events_total',
    help: 'Crisis events stored since the process started, by kind and level.',
    labelNames: ['kind', 'level'],
    registers: [this.registry],
  });

  constructor(backlog: OutboxBacklog) {
    const read = async () => {
      try {
        return await backlog();
      } catch {
        // The store is down: the gauges keep their last values, and /readyz says why.
        return undefined;
      }
    };
    new Gauge({
      name: 'intake_outbox_depth',
      help: 'Alerts in the outbox waiting for delivery (not delivered, not given up).',
      registers: [this.registry],
      async collect() {
        const found = await read();
        if (found) this.set(found.depth);
      },
    });
    new Gauge({
      name: 'intake_outbox_oldest_age_seconds',
      help: 'How long the oldest undelivered alert has waited (0 when none waits).',
      registers: [this.registry],
      async collect() {
        const found = await read();
        if (!found) return;
        const since = found.oldestCreatedAt ? Date.parse(found.oldestCreatedAt) : Number.NaN;
        this.set(Number.isNaN(since) ? 0 : Math.max(0, (Date.now() - since) / 1000));
      },
    });
    collectDefaultMetrics({ register: this.registry });
  }

  /** Starts timing one turn; the returned function ends it. */
  turnStarted(channel: string): () => void {
    const labels = { channel: channelLabel(channel) };
    const end = this.turnSeconds.startTimer(labels);
    return () => {
      end();
      this.turns.inc(labels);
    };
  }
}
