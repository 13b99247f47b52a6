// The outbox: the alerts queued, and what the alert worker and the review dashboard need (claim, settle, acknowledge).

/** A practice alert to deliver at least once (one row per channel: webhook, email), written in the turn's transaction. */
export interface OutboxMessage {
  kind: string;
  /** Unique: the same alert is never queued twice. */
  dedupKey: string;
  payload: Record<string, unknown>;
}

/** A message claimed for one delivery attempt; `payload` is parsed JSON, checked by whoever sends it. */
export interface ClaimedOutboxMessage {
  id: number;
  kind: string;
  dedupKey: string;
  payload: unknown;
  /** Attempts made before this one. */
  attempts: number;
  createdAt: string;
}

export interface ClaimOptions {
  now: string;
  /** Only these kinds (each sender claims its own). */
  kinds: readonly string[];
  /** Skipped once this many attempts have failed. */
  maxAttempts: number;
  /** Until when the claim holds: another worker may retry it after that (at least once, if this one dies). */
  leaseUntil: string;
  limit: number;
}

export interface OutboxFailure {
  at: string;
  /** Short and payload-free: an HTTP status or an error name. */
  error: string;
  nextAttemptAt: string;
  /** Give up: the message is never claimed again. */
  dead: boolean;
}

/** A delivered crisis alert whose record nobody acknowledged and that was not escalated yet. */
export interface OverdueAlert {
  id: number;
  /** The channel's alert kind (`crisis-alert`, `crisis-alert:email`): its escalation goes the same way. */
  kind: string;
  dedupKey: string;
  payload: Record<string, unknown>;
  createdAt: string;
  deliveredAt: string;
}

export interface AlertAcknowledgement {
  recordId: string;
  by: string;
  at: string;
}

export interface OutboxStore {
  /** Queues messages outside a turn; a dedup key already queued is ignored. Returns how many were new. */
  enqueueOutbox(messages: readonly OutboxMessage[], at: string): Promise<number>;
  /** Due messages (undelivered, live, next attempt reached), leased to the caller, oldest first. */
  claimDueOutbox(options: ClaimOptions): Promise<ClaimedOutboxMessage[]>;
  markOutboxDelivered(id: number, at: string): Promise<void>;
  recordOutboxFailure(id: number, failure: OutboxFailure): Promise<void>;
  /** Staff saw the record's crisis alerts: every alert queued up to `at` stops escalating. */
  acknowledgeAlerts(recordId: string, by: string, at: string): Promise<void>;
  listAlertAcknowledgements(recordId: string): Promise<AlertAcknowledgement[]>;
  /** Crisis alerts (any channel) delivered at or before `deliveredBefore`, unacknowledged and without an escalation. */
  listOverdueAlerts(deliveredBefore: string): Promise<OverdueAlert[]>;
}
