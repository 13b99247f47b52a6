// The tables as Kysely sees them: snake_case columns, ISO-8601 text timestamps and JSON as text in both dialects.
import type { Generated } from 'kysely';

export interface ConversationsTable {
  key: string;
  record_id: string;
  version: number;
  snapshot: string;
  channel: string;
  created_at: string;
  updated_at: string;
}

export interface ProcessedActivitiesTable {
  conversation_key: string;
  activity_id: string;
  replies: string;
  created_at: string;
}

export interface RecordsTable {
  id: string;
  reference: string;
  status: string;
  triage_level: string;
  schema_version: number;
  data: string;
  created_at: string;
  updated_at: string;
  submitted_at: string | null;
  /** The practice's review state (new, in-review, contacted, closed), by whom and when. */
  review_state: Generated<string>;
  review_by: string | null;
  review_at: string | null;
  /** Keyed HMACs of the normalised first and last name: searchable, not readable. */
  first_name_index: string | null;
  last_name_index: string | null;
  /** Kind codes of the triage, space-separated (no free text). */
  triage_kinds: Generated<string>;
  /** 1 while crisis alerts of the record wait for a clinician's acknowledgement. */
  unacknowledged: Generated<number>;
  /** The queue's order: unacknowledged emergency 0, urgent 1, concern 2; submitted 3; other flagged 4; the rest 5. */
  queue_rank: Generated<number>;
  queue_at: Generated<string>;
}

export interface CrisisEventsTable {
  id: Generated<number>;
  record_id: string;
  conversation_key: string;
  at: string;
  step: string;
  field: string | null;
  kind: string;
  level: string;
  subject: Generated<string>;
  /** 1 when the person at risk is a child. */
  minor: Generated<number>;
  source: string;
  rules: string;
  created_at: string;
}

export interface OutboxTable {
  id: Generated<number>;
  kind: string;
  dedup_key: string;
  payload: string;
  created_at: string;
  attempts: Generated<number>;
  next_attempt_at: string | null;
  delivered_at: string | null;
  last_error: string | null;
  /** Given up on after the maximum attempts; never claimed again. */
  dead_at: string | null;
}

export interface AlertAcknowledgementsTable {
  id: Generated<number>;
  record_id: string;
  acknowledged_by: string;
  acknowledged_at: string;
}

export interface StaffAccountsTable {
  id: string;
  email: string;
  role: string;
  password_hash: string | null;
  totp_secret: string | null;
  /** The last TOTP time step accepted: a code is never accepted twice. */
  totp_last_step: number | null;
  /** JSON list of SHA-256 hashes of the unused recovery codes. */
  recovery_codes: Generated<string>;
  entra_object_id: string | null;
  failed_attempts: Generated<number>;
  locked_until: string | null;
  disabled_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface StaffSetupTokensTable {
  token_hash: string;
  account_id: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface StaffSessionsTable {
  id_hash: string;
  account_id: string;
  /** `password`: the password was right, the second factor is still due; `active`: signed in. */
  stage: string;
  csrf: string;
  kind: Generated<string>;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  ended_at: string | null;
}

export interface ApiTokensTable {
  id: string;
  token_hash: string;
  account_id: string;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
  last_used_at: string | null;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  actor_id: string | null;
  actor_email: string | null;
  /** How the actor came: `session`, `token:<id>`, `cli`, `system`, `anonymous`. */
  via: string;
  action: string;
  record_id: string | null;
  /** JSON of ids, states and counts; never a person's answers or words. */
  detail: Generated<string>;
  address: string | null;
}

export interface ReviewNotesTable {
  id: Generated<number>;
  record_id: string;
  author: string;
  at: string;
  text: string;
}

/** A Teams channel the staff app's bot was added to (006-teams). */
export interface TeamsChannelsTable {
  conversation_id: string;
  service_url: string;
  tenant_id: string;
  team_id: string;
  channel_id: string;
  bot_id: string;
  added_at: string;
  updated_at: string;
  removed_at: string | null;
}

/** The funnel's weekly counters (007-insights): no ids, only counts. */
export interface InsightCountsTable {
  week: string;
  metric: string;
  count: number;
}

/** A resume code "stop" gave a person (008-resume-codes). */
export interface ResumeCodesTable {
  conversation_key: string;
  reference: string;
  secret_hash: string;
  user_id: string;
  created_at: string;
  expires_at: string;
  failed_attempts: Generated<number>;
}

/** When each scheduled job last ran, across instances (009-scheduled-jobs). */
export interface ScheduledJobsTable {
  job: string;
  last_run_at: string;
  last_run_by: string;
}

export interface Database {
  conversations: ConversationsTable;
  processed_activities: ProcessedActivitiesTable;
  records: RecordsTable;
  crisis_events: CrisisEventsTable;
  outbox: OutboxTable;
  alert_acknowledgements: AlertAcknowledgementsTable;
  staff_accounts: StaffAccountsTable;
  staff_setup_tokens: StaffSetupTokensTable;
  staff_sessions: StaffSessionsTable;
  api_tokens: ApiTokensTable;
  audit_log: AuditLogTable;
  review_notes: ReviewNotesTable;
  teams_channels: TeamsChannelsTable;
  insight_counts: InsightCountsTable;
  resume_codes: ResumeCodesTable;
  scheduled_jobs: ScheduledJobsTable;
}

export type StoreDialect = 'sqlite' | 'postgres';
