// What the practice's side needs from storage: staff accounts and their secrets, sessions, API tokens, the audit log,
// and the queue with review states, notes and acknowledgements. Every write of an action and its audit row share one
// transaction (IntakeStore.review().transact).
import type { StoredRecordResult } from './stored-record.js';

export const staffRoles = ['admin', 'clinician', 'front-desk'] as const;
export type StaffRole = (typeof staffRoles)[number];

export const reviewStates = ['new', 'in-review', 'contacted', 'closed'] as const;
export type ReviewState = (typeof reviewStates)[number];

export interface StaffAccount {
  id: string;
  email: string;
  role: StaffRole;
  hasPassword: boolean;
  totpEnrolled: boolean;
  recoveryCodesLeft: number;
  entraObjectId: string | null;
  failedAttempts: number;
  lockedUntil: string | null;
  disabledAt: string | null;
  createdAt: string;
}

export interface StaffSecrets {
  passwordHash: string | null;
  totpSecret: string | null;
  recoveryCodes: string[];
}

export interface StaffSession {
  accountId: string;
  stage: 'password' | 'active';
  csrf: string;
  kind: 'web' | 'teams';
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  endedAt: string | null;
}

export interface ApiToken {
  id: string;
  accountId: string;
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
  lastUsedAt: string | null;
}

export interface AuditEntry {
  at: string;
  actorId: string | null;
  actorEmail: string | null;
  /** `session`, `token:<id>`, `teams`, `cli`, `system`, `anonymous`. */
  via: string;
  action: string;
  recordId: string | null;
  /** Ids, states and counts only. */
  detail: Record<string, unknown>;
  address: string | null;
}

export interface QueueFilters {
  status?: string | undefined;
  triage?: string | undefined;
  review?: ReviewState | undefined;
  /** Created on or after / before (ISO). */
  from?: string | undefined;
  to?: string | undefined;
}

export interface QueueRow {
  id: string;
  reference: string;
  status: string;
  review: ReviewState;
  triageLevel: string;
  triageKinds: string[];
  unacknowledged: boolean;
  createdAt: string;
  submittedAt: string | null;
  /** Read from the stored record for display; undefined when it holds none or is not JSON. */
  firstName: string | undefined;
  /** The latest acknowledgement, if any. */
  acknowledgedAt: string | null;
}

export interface QueuePage {
  items: QueueRow[];
  next: string | null;
}

export interface Note {
  id: number;
  author: string;
  at: string;
  text: string;
}

/** One transaction's worth of the practice's storage. */
export interface ReviewTransaction {
  // Staff accounts
  createAccount(account: { id: string; email: string; role: StaffRole; at: string }): Promise<void>;
  accountByEmail(email: string): Promise<StaffAccount | undefined>;
  accountById(id: string): Promise<StaffAccount | undefined>;
  accountByEntraId(objectId: string): Promise<StaffAccount | undefined>;
  listAccounts(): Promise<StaffAccount[]>;
  secrets(accountId: string): Promise<StaffSecrets | undefined>;
  setPassword(accountId: string, passwordHash: string | null, at: string): Promise<void>;
  setTotp(accountId: string, secret: string | null, at: string): Promise<void>;
  setRecoveryCodes(accountId: string, hashes: readonly string[], at: string): Promise<void>;
  /** Removes one unused recovery code; false when it was not one. */
  useRecoveryCode(accountId: string, hash: string, at: string): Promise<boolean>;
  /** Accepts a TOTP time step only if no later or equal one was accepted before (no code is used twice). */
  acceptTotpStep(accountId: string, step: number, at: string): Promise<boolean>;
  noteFailure(accountId: string, at: string, lockedUntil: string | null): Promise<number>;
  clearFailures(accountId: string, at: string): Promise<void>;
  setDisabled(accountId: string, at: string | null): Promise<void>;
  setRole(accountId: string, role: StaffRole, at: string): Promise<void>;
  setEntraObjectId(accountId: string, objectId: string | null, at: string): Promise<void>;
  // Setup links
  addSetupToken(tokenHash: string, accountId: string, at: string, expiresAt: string): Promise<void>;
  /** The account a valid, unused, unexpired setup token is for (marks it used when `use`). */
  setupToken(tokenHash: string, at: string, use: boolean): Promise<string | undefined>;
  /** Ends every unused setup token of the account (a reset replaces them); returns how many. */
  endSetupTokens(accountId: string, at: string): Promise<number>;
  // Sessions
  createSession(idHash: string, session: StaffSession): Promise<void>;
  session(idHash: string): Promise<StaffSession | undefined>;
  touchSession(idHash: string, at: string): Promise<void>;
  endSession(idHash: string, at: string): Promise<void>;
  endAllSessions(accountId: string, at: string): Promise<number>;
  // API tokens
  addApiToken(tokenHash: string, token: ApiToken): Promise<void>;
  apiToken(tokenHash: string): Promise<ApiToken | undefined>;
  useApiToken(id: string, at: string): Promise<void>;
  listApiTokens(accountId: string): Promise<ApiToken[]>;
  revokeApiTokens(accountId: string, at: string): Promise<number>;
  // Audit (append-only: there is no update or delete)
  audit(entry: AuditEntry): Promise<void>;
  auditLog(options: { before?: number | undefined; limit: number }): Promise<(AuditEntry & { id: number })[]>;
  // The queue and records
  queue(filters: QueueFilters, cursor: string | null, limit: number): Promise<QueuePage>;
  /** How many records wait for someone to acknowledge their crisis alerts (all of them, not a page). */
  countUnacknowledged(): Promise<number>;
  findByReference(reference: string, filters: QueueFilters): Promise<QueueRow[]>;
  findByName(indexes: readonly string[], filters: QueueFilters, limit: number): Promise<QueueRow[]>;
  /** The record with its review state, notes and latest acknowledgement merged in. */
  record(id: string): Promise<StoredRecordResult | undefined>;
  setReviewState(recordId: string, state: ReviewState, by: string, at: string): Promise<boolean>;
  addNote(recordId: string, author: string, at: string, text: string): Promise<void>;
  notes(recordId: string): Promise<Note[]>;
  /** Acknowledges the record's crisis alerts: their escalation stops, and the queue moves the record down. */
  acknowledge(recordId: string, by: string, at: string): Promise<void>;
}
