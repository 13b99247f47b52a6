// A record as read from the store: parsed, or reported (which record, what failed), never silently dropped.
import type { IntakeRecord } from '../record/schema.js';

export type StoredRecordResult = { ok: true; record: IntakeRecord } | { ok: false; id: string; problem: string };
