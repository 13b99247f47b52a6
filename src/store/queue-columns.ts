// The queue's columns of a record: what the practice sorts and filters on, kept as indexed columns (never free text).
// Names are findable by an exact, normalised match through a keyed HMAC (a blind index): the column says nothing of
// the name without the key, so encrypting records at rest later changes nothing here.
import { createHmac } from 'node:crypto';
import type { IntakeRecord } from '../record/schema.js';

/** Case, accents, punctuation and spacing do not matter to a name search. */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function nameIndex(key: Uint8Array, name: string | undefined): string | null {
  const normalised = name ? normaliseName(name) : '';
  if (!normalised) return null;
  return createHmac('sha256', key).update(normalised).digest('hex').slice(0, 40);
}

const unacknowledgedRank: Readonly<Record<string, number>> = { emergency: 0, urgent: 1, concern: 2 };

/**
 * Unacknowledged emergency, urgent and concern first, whatever the completion state (an abandoned intake that raised a
 * flag is a person to call), then submitted intakes oldest first, then flagged ones already acknowledged, then the rest.
 */
export function queueRank(status: string, triageLevel: string, unacknowledged: boolean): number {
  const urgent = unacknowledgedRank[triageLevel];
  if (unacknowledged && urgent !== undefined) return urgent;
  if (status === 'submitted') return 3;
  return triageLevel !== 'none' ? 4 : 5;
}

/** Oldest first within a rank: by when it was created (flags), sent (submitted), or last touched (the rest). */
export function queueAt(rank: number, times: { createdAt: string; submittedAt: string | null; updatedAt: string }) {
  if (rank <= 2) return times.createdAt;
  return rank === 3 ? (times.submittedAt ?? times.createdAt) : times.updatedAt;
}

export function queueColumns(record: IntakeRecord, unacknowledged: boolean, key: Uint8Array) {
  const rank = queueRank(record.status, record.triage.level, unacknowledged);
  return {
    first_name_index: nameIndex(key, record.contact.firstName),
    last_name_index: nameIndex(key, record.contact.lastName),
    triage_kinds: [...record.triage.kinds].sort().join(' '),
    unacknowledged: unacknowledged ? 1 : 0,
    queue_rank: rank,
    queue_at: queueAt(rank, record),
  };
}
