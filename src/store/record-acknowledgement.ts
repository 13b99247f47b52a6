// A record as read: its triage shows who acknowledged its crisis alerts and when (RECORD.md `triage.acknowledged*`).
import type { StoredRecordResult } from './types.js';

export function withAcknowledgement(
  result: StoredRecordResult,
  acknowledgement: { by: string; at: string } | undefined,
): StoredRecordResult {
  if (!result.ok || !acknowledgement) return result;
  const triage = { ...result.record.triage, acknowledgedBy: acknowledgement.by, acknowledgedAt: acknowledgement.at };
  return { ok: true, record: { ...result.record, triage } };
}
