// What the store's care of its data reports and who asks for it: types shared by the store's interface and its repository.
import type { AuditEntry } from './review-types.js';

/** Who asked, for the audit row of an erasure or a purge. */
export type DataCareActor = Pick<AuditEntry, 'actorId' | 'actorEmail' | 'via' | 'address'>;

/** What an erasure removed, as counts (the audit row's detail). */
export interface ErasedCounts {
  records: number;
  conversations: number;
  activities: number;
  notes: number;
}

export interface RotationCounts {
  /** Values sealed again under the current key, per column. */
  resealed: Record<string, number>;
  /** Values changed by a turn while the rotation ran (written under the current key by that turn). */
  skipped: number;
}
