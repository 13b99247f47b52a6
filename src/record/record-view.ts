// A record as a member of staff may see it: a role that may not see a section gets the record without it (RECORD.md).
import type { IntakeRecord } from './schema.js';

/** Who the record is and where it stands: always there. */
type Always = 'id' | 'reference' | 'status' | 'createdAt' | 'updatedAt';

/**
 * Every other section may be absent (a front-desk view has no safety or measures), and within a section what the role
 * may not see is left out (own words), with its entries in `answers`. Exports write what is there, and nothing else.
 */
export type RecordView = Pick<IntakeRecord, Always> & Partial<Omit<IntakeRecord, Always>>;
