// Records to rows and back: a stored record is parsed on the way out, and one that no longer parses is reported.
import type { Selectable } from 'kysely';
import { type IntakeRecord, intakeRecordSchema } from '../record/schema.js';
import { sealedColumns } from './crypto/columns.js';
import type { ValueCipher } from './crypto/value-cipher.js';
import type { RecordsTable } from './database.js';
import type { StoredRecordResult } from './stored-record.js';

/** The columns of a record's row that come from the record itself (the queue's come from queue-columns.ts). */
export type RecordRow = Pick<
  Selectable<RecordsTable>,
  | 'id'
  | 'reference'
  | 'status'
  | 'triage_level'
  | 'schema_version'
  | 'data'
  | 'created_at'
  | 'updated_at'
  | 'submitted_at'
>;

export function recordRow(record: IntakeRecord, cipher: ValueCipher): RecordRow {
  return {
    id: record.id,
    reference: record.reference,
    status: record.status,
    triage_level: record.triage.level,
    schema_version: record.schemaVersion,
    data: cipher.seal(JSON.stringify(record), sealedColumns.record),
    created_at: record.createdAt,
    updated_at: record.updatedAt,
    submitted_at: record.submittedAt,
  };
}

const maxIssues = 5;

/** Where the row failed (paths and issue codes only: never the values, which are health data). */
export function recordFromRow(
  row: Pick<Selectable<RecordsTable>, 'id' | 'data'>,
  cipher: ValueCipher,
): StoredRecordResult {
  let text: string;
  try {
    text = cipher.open(row.data, sealedColumns.record);
  } catch (error) {
    return { ok: false, id: row.id, problem: `data: ${(error as Error).message}` };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, id: row.id, problem: 'data: not valid JSON' };
  }
  const parsed = intakeRecordSchema.safeParse(json);
  if (parsed.success) return { ok: true, record: parsed.data };
  const issues = parsed.error.issues;
  const described = issues.slice(0, maxIssues).map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.code}`);
  if (issues.length > maxIssues) described.push(`and ${issues.length - maxIssues} more`);
  return { ok: false, id: row.id, problem: described.join('; ') };
}

/** The stored JSON with the status changed, or undefined when the JSON is not an object (left for the report). */
export function withStatus(
  data: string,
  status: IntakeRecord['status'],
  now: string,
  cipher: ValueCipher,
): string | undefined {
  let json: unknown;
  try {
    json = JSON.parse(cipher.open(data, sealedColumns.record));
  } catch {
    return undefined;
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return undefined;
  return cipher.seal(JSON.stringify({ ...json, status, updatedAt: now }), sealedColumns.record);
}
