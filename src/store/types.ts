// What the rest of the service needs from storage: one locked transaction per turn, and the records.
import type { CrisisEvent } from '../../dialogs/intake-context.js';
import type { PersistedIntake } from '../conversation/machine-state.js';
import type { IntakeRecord } from '../record/schema.js';
import type { DataCareActor, ErasedCounts, RotationCounts } from './data-care-types.js';
import type { InsightCount } from './insight-counts.js';
import type { OutboxMessage, OutboxStore } from './outbox-types.js';
import type { NewResumeCode, RedeemedResumeCode } from './resume-codes.js';
import type { ReviewTransaction } from './review-types.js';
import type { StoredRecordResult } from './stored-record.js';
import type { TeamsChannelStore } from './teams-types.js';

/** A conversation as stored: where it is (the machine's snapshot) and at which version. */
export interface StoredConversation {
  /** `${channelId}:${conversationId}`. */
  key: string;
  recordId: string;
  version: number;
  snapshot: PersistedIntake;
  channel: string;
  createdAt: string;
  updatedAt: string;
}

/** Everything one turn changes, committed together before any reply is sent. */
export interface TurnCommit {
  key: string;
  /** The version loaded; `null` for a conversation that did not exist yet. */
  expectedVersion: number | null;
  snapshot: PersistedIntake;
  channel: string;
  /** The incoming activity's id, so a redelivery is answered from `replies` and never applied twice. */
  activityId: string | null;
  /** The reply activities of this turn, as sent. */
  replies: unknown[];
  record: IntakeRecord;
  crisisEvents: CrisisEvent[];
  outbox: OutboxMessage[];
  at: string;
  /** The code a "stop" in this turn gave the person, stored with the turn so it works the moment they read it. */
  resumeCode?: NewResumeCode | undefined;
}

export class VersionConflictError extends Error {
  override name = 'VersionConflictError';
}

/** Work done while holding one conversation's lock, inside one transaction. */
export interface ConversationTransaction {
  load(): Promise<StoredConversation | undefined>;
  /** The replies stored for an activity already applied, if it was. */
  repliesFor(activityId: string): Promise<unknown[] | undefined>;
  /** Writes snapshot v+1, the record, crisis events, outbox rows and the processed activity; throws VersionConflictError. */
  commit(turn: TurnCommit): Promise<void>;
}

export type { StoredRecordResult } from './stored-record.js';

/** One turn's replies as stored, under the id of the activity it answered. */
export interface StoredReplies {
  activityId: string;
  at: string;
  activities: unknown[];
}

/** Outbox delivery and alert acknowledgements: see outbox-types.ts. */
export interface IntakeStore extends OutboxStore, TeamsChannelStore {
  readonly dialect: 'sqlite' | 'postgres';
  /** The id of the key new values are sealed under (RECORD_ENCRYPTION_KEY); undefined when stored unencrypted. */
  readonly encryptionKeyId: string | undefined;
  /** Runs the migrations (idempotent). */
  migrate(): Promise<void>;
  /** Runs `work` in one transaction holding the conversation's lock; concurrent calls for one key run one after another. */
  withConversation<T>(key: string, work: (tx: ConversationTransaction) => Promise<T>): Promise<T>;
  /** The replies stored for a conversation's turns, oldest first (the most recent `limit` turns): its history. */
  repliesOf(key: string, limit?: number): Promise<StoredReplies[]>;
  /** The turns stored at or after `since`, oldest first, but for the activity ids in `except` (an indexed read). */
  repliesSince(key: string, since: string, except: readonly string[]): Promise<StoredReplies[]>;
  /** Every record, oldest first; a stored record that no longer parses is returned as a problem, never dropped. */
  listRecords(options?: { since?: string }): Promise<StoredRecordResult[]>;
  getRecord(id: string): Promise<StoredRecordResult | undefined>;
  /** Keys of conversations whose record is in progress and idle since before `idleSince`. */
  idleConversations(idleSince: string): Promise<string[]>;
  /** In-progress records idle since before `idleSince` become `abandoned`; returns how many. */
  markAbandoned(idleSince: string, now: string): Promise<number>;
  /** Crisis events, for safety review and tests. */
  listCrisisEvents(recordId?: string): Promise<(CrisisEvent & { recordId: string })[]>;
  listOutbox(): Promise<(OutboxMessage & { id: number; createdAt: string; deliveredAt: string | null })[]>;
  /** The practice's storage in one transaction: an action and its audit row commit together, or neither does. */
  review<T>(work: (tx: ReviewTransaction) => Promise<T>): Promise<T>;
  /** Reads of the practice's storage that change nothing. */
  reviewReads(): ReviewTransaction;
  /** The blind index of a name as typed into a search (null when nothing of it is left to match). */
  nameIndex(name: string): string | null;
  /** Erases a record's personal data and its conversations (a later turn starts afresh), with its audit row. */
  erase(recordId: string, actor: DataCareActor, at: string): Promise<ErasedCounts>;
  /** Purges abandoned intakes idle since before `before` that the practice closed and that wait for no acknowledgement. */
  purgeAbandoned(before: string, at: string, retentionDays: number): Promise<string[]>;
  /** Seals every stored value not yet under the current key, `pageRows` rows per read (500 unless said). */
  rotateKey(pageRows?: number): Promise<RotationCounts>;
  /** A consistent online copy of a SQLite store at `path` (VACUUM INTO); PostgreSQL uses pg_dump. */
  backupTo(path: string): Promise<void>;
  /** Undelivered outbox rows: how many, and since when the oldest waits. */
  outboxBacklog(): Promise<{ depth: number; oldestCreatedAt: string | null }>;
  /** The funnel's weekly counters from `fromWeek` to `toWeek` (Mondays, YYYY-MM-DD): counts only. */
  insightCounts(fromWeek: string, toWeek: string): Promise<InsightCount[]>;
  /**
   * The conversation a resume code continues (its reference and secret part, as typed), or undefined; a wrong secret
   * counts towards the code's lock.
   */
  redeemResumeCode(reference: string, secret: string, now: string): Promise<RedeemedResumeCode | undefined>;
  /**
   * True for one caller per `intervalMs` of a scheduled job across every instance on this database (the others skip
   * that run): see scheduled-jobs-repository.ts.
   */
  claimScheduledRun(job: string, now: Date, intervalMs: number): Promise<boolean>;
  /** Readiness: a trivial query. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
