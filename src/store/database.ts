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

export interface Database {
  conversations: ConversationsTable;
  processed_activities: ProcessedActivitiesTable;
  records: RecordsTable;
  crisis_events: CrisisEventsTable;
  outbox: OutboxTable;
  alert_acknowledgements: AlertAcknowledgementsTable;
}

export type StoreDialect = 'sqlite' | 'postgres';
