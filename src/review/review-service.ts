// What staff do with intakes: read the queue, find a person, open a record, move its review on, write a note,
// acknowledge its crisis alerts, export. Each action and its audit row commit in one transaction, and every record
// leaves here as the caller's role may see it (redact.ts).
import type { RecordView } from '../record/record-view.js';
import type {
  QueueFilters,
  QueuePage,
  QueueRow,
  ReviewState,
  ReviewTransaction,
  StaffRole,
} from '../store/review-types.js';
import type { IntakeStore } from '../store/types.js';
import type { Actor } from './auth/staff-service.js';
import { type IntakeSummary, recordFor, summaryFor } from './redact.js';

/** Who is acting, with what role (the audit row's who, the redaction's role). */
export interface Caller extends Actor {
  role: StaffRole;
}

/** The export formats, built from what the caller may see. */
export interface ReviewExports {
  csv(records: readonly RecordView[]): string;
  questionnaireResponse(record: RecordView): object;
}

export type RecordLookup = { found: true; record: RecordView } | { found: false; reason: 'missing' | 'unreadable' };

export interface ReviewChange {
  reviewState?: ReviewState | undefined;
  note?: string | undefined;
}

/** References as people read them out: any case, with or without the dash. */
const referencePattern = /^[A-Za-z0-9]{3}-?[A-Za-z0-9]{3}$/;
export const asReference = (query: string): string | undefined => {
  const trimmed = query.trim();
  if (!referencePattern.test(trimmed)) return undefined;
  const compact = trimmed.replace('-', '').toUpperCase();
  return `${compact.slice(0, 3)}-${compact.slice(3)}`;
};

/** How many rows one export may hold: a practice's whole history fits, a runaway request does not. */
export const exportLimit = 10_000;
const searchLimit = 50;

export class ReviewService {
  constructor(
    private readonly store: IntakeStore,
    private readonly exports: ReviewExports,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private audit(tx: ReviewTransaction, caller: Caller, action: string, recordId: string | null, detail = {}) {
    return tx.audit({
      at: this.now().toISOString(),
      actorId: caller.id,
      actorEmail: caller.email,
      via: caller.via,
      action,
      recordId,
      detail,
      address: caller.address,
    });
  }

  async queue(caller: Caller, filters: QueueFilters, cursor: string | null, limit: number) {
    const page: QueuePage = await this.store.reviewReads().queue(filters, cursor, limit);
    return { items: page.items.map((row) => summaryFor(caller.role, row)), next: page.next };
  }

  /** How many records have crisis alerts nobody has acknowledged yet (the banner above the queue). */
  async waitingAlerts(): Promise<number> {
    return this.store.reviewReads().countUnacknowledged();
  }

  /**
   * By reference, else by exact first or last name. The audit row says how many were found and how, never what was
   * typed: a name is health information once it is linked to a therapy intake.
   */
  async search(caller: Caller, query: string, filters: QueueFilters): Promise<IntakeSummary[]> {
    const reference = asReference(query);
    return this.store.review(async (tx) => {
      let rows: QueueRow[] = [];
      if (reference) rows = await tx.findByReference(reference, filters);
      if (rows.length === 0) {
        const index = this.store.nameIndex(query);
        rows = index ? await tx.findByName([index], filters, searchLimit) : [];
      }
      await this.audit(tx, caller, 'search', null, { by: reference ? 'reference' : 'name', found: rows.length });
      return rows.map((row) => summaryFor(caller.role, row));
    });
  }

  private async view(tx: ReviewTransaction, caller: Caller, id: string): Promise<RecordLookup> {
    const stored = await tx.record(id);
    if (!stored) return { found: false, reason: 'missing' };
    if (!stored.ok) return { found: false, reason: 'unreadable' };
    return { found: true, record: recordFor(caller.role, stored.record) };
  }

  async record(caller: Caller, id: string): Promise<RecordLookup> {
    return this.store.review(async (tx) => {
      const found = await this.view(tx, caller, id);
      if (found.found) await this.audit(tx, caller, 'record.view', id);
      return found;
    });
  }

  /** The record as a FHIR QuestionnaireResponse; audited as an export. */
  async fhir(caller: Caller, id: string): Promise<{ found: true; resource: object } | { found: false }> {
    return this.store.review(async (tx) => {
      const found = await this.view(tx, caller, id);
      if (!found.found) return { found: false };
      await this.audit(tx, caller, 'export.fhir', id);
      return { found: true, resource: this.exports.questionnaireResponse(found.record) };
    });
  }

  /** The filtered list as CSV, the caller's view of each record; one audit row names how many left. */
  async csv(caller: Caller, filters: QueueFilters): Promise<string> {
    return this.store.review(async (tx) => {
      const views: RecordView[] = [];
      let cursor: string | null = null;
      do {
        const page: QueuePage = await tx.queue(filters, cursor, 500);
        for (const row of page.items) {
          const found = await this.view(tx, caller, row.id);
          if (found.found) views.push(found.record);
        }
        cursor = views.length < exportLimit ? page.next : null;
      } while (cursor);
      await this.audit(tx, caller, 'export.csv', null, { count: views.length, filters: { ...filters } });
      return this.exports.csv(views);
    });
  }

  /** Moves the review on and/or appends a note; false when there is no such record. */
  async change(caller: Caller, id: string, change: ReviewChange): Promise<boolean> {
    const at = this.now().toISOString();
    return this.store.review(async (tx) => {
      const stored = await tx.record(id);
      if (!stored) return false;
      if (change.reviewState) {
        const from = stored.ok ? stored.record.review.state : null;
        await tx.setReviewState(id, change.reviewState, caller.email ?? caller.via, at);
        await this.audit(tx, caller, 'record.review', id, { from, to: change.reviewState });
      }
      if (change.note) {
        await tx.addNote(id, caller.email ?? caller.via, at, change.note);
        await this.audit(tx, caller, 'record.note', id, { length: change.note.length });
      }
      return true;
    });
  }

  /** Acknowledges the record's crisis alerts: their escalation stops; false when there is no such record. */
  async acknowledge(caller: Caller, id: string): Promise<boolean> {
    const at = this.now().toISOString();
    return this.store.review(async (tx) => {
      const stored = await tx.record(id);
      if (!stored) return false;
      await tx.acknowledge(id, caller.email ?? caller.via, at);
      await this.audit(tx, caller, 'record.acknowledge', id);
      return true;
    });
  }

  /**
   * Erases a person's data on request (admins only, checked by the route): the record, its conversations, stored
   * replies and notes; crisis events and acknowledgements stay. False when there is no such record.
   */
  async erase(caller: Caller, id: string): Promise<boolean> {
    const actor = { actorId: caller.id, actorEmail: caller.email, via: caller.via, address: caller.address };
    const counts = await this.store.erase(id, actor, this.now().toISOString());
    return counts.records + counts.conversations > 0;
  }

  /** Audit rows, newest first; reading the log is itself audited. */
  async auditLog(caller: Caller, before: number | undefined, limit: number) {
    return this.store.review(async (tx) => {
      const entries = await tx.auditLog({ before, limit: limit + 1 });
      await this.audit(tx, caller, 'audit.view', null);
      const page = entries.slice(0, limit);
      return { items: page, next: entries.length > limit ? (page.at(-1)?.id ?? null) : null };
    });
  }
}
