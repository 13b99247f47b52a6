// The outbox's delivery life cycle and crisis alert acknowledgements, the same Kysely code on SQLite and PostgreSQL.
import { type Kysely, type Selectable, sql } from 'kysely';
import { crisisAlertKinds, crisisAlertPrefix, crisisEscalationPrefix } from './alert-keys.js';
import { sealedColumns } from './crypto/columns.js';
import type { ValueCipher } from './crypto/value-cipher.js';
import type { Database, OutboxTable, StoreDialect } from './database.js';
import type {
  AlertAcknowledgement,
  ClaimedOutboxMessage,
  ClaimOptions,
  OutboxFailure,
  OutboxMessage,
  OutboxStore,
  OverdueAlert,
} from './outbox-types.js';
import { outboxFromRow } from './read-rows.js';

/** The payload, or undefined when it does not open or parse (the sender refuses it and records why). */
function parsePayload(text: string, cipher: ValueCipher): unknown {
  try {
    return JSON.parse(cipher.open(text, sealedColumns.payload)) as unknown;
  } catch {
    return undefined;
  }
}

const claimedFromRow = (row: Selectable<OutboxTable>, cipher: ValueCipher): ClaimedOutboxMessage => ({
  id: row.id,
  kind: row.kind,
  dedupKey: row.dedup_key,
  payload: parsePayload(row.payload, cipher),
  attempts: row.attempts,
  createdAt: row.created_at,
});

export class OutboxRepository implements OutboxStore {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: StoreDialect,
    private readonly cipher: ValueCipher,
  ) {}

  async enqueueOutbox(messages: readonly OutboxMessage[], at: string): Promise<number> {
    if (messages.length === 0) return 0;
    const result = await this.db
      .insertInto('outbox')
      .values(
        messages.map((m) => ({
          kind: m.kind,
          dedup_key: m.dedupKey,
          payload: this.cipher.seal(JSON.stringify(m.payload), sealedColumns.payload),
          created_at: at,
        })),
      )
      .onConflict((oc) => oc.column('dedup_key').doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0n);
  }

  /** One statement: the due rows are leased (next attempt pushed to `leaseUntil`) as they are read. */
  async claimDueOutbox(options: ClaimOptions): Promise<ClaimedOutboxMessage[]> {
    if (options.kinds.length === 0 || options.limit < 1) return [];
    const rows = await this.db
      .updateTable('outbox')
      .set({ next_attempt_at: options.leaseUntil })
      .where('id', 'in', (eb) =>
        eb
          .selectFrom('outbox')
          .select('id')
          .where('delivered_at', 'is', null)
          .where('dead_at', 'is', null)
          .where('kind', 'in', [...options.kinds])
          .where('attempts', '<', options.maxAttempts)
          .where((w) => w.or([w('next_attempt_at', 'is', null), w('next_attempt_at', '<=', options.now)]))
          .orderBy('id')
          .limit(options.limit)
          // Two PostgreSQL workers never lease the same row; SQLite runs one write at a time anyway.
          .$if(this.dialect === 'postgres', (q) => q.forUpdate().skipLocked()),
      )
      .returningAll()
      .execute();
    return rows.map((row) => claimedFromRow(row, this.cipher)).sort((a, b) => a.id - b.id);
  }

  async markOutboxDelivered(id: number, at: string): Promise<void> {
    await this.db
      .updateTable('outbox')
      .set((eb) => ({ delivered_at: at, next_attempt_at: null, attempts: eb('attempts', '+', 1) }))
      .where('id', '=', id)
      .where('delivered_at', 'is', null)
      .execute();
  }

  async recordOutboxFailure(id: number, failure: OutboxFailure): Promise<void> {
    await this.db
      .updateTable('outbox')
      .set((eb) => ({
        attempts: eb('attempts', '+', 1),
        last_error: failure.error.slice(0, 200),
        next_attempt_at: failure.nextAttemptAt,
        dead_at: failure.dead ? failure.at : null,
      }))
      .where('id', '=', id)
      .where('delivered_at', 'is', null)
      .execute();
  }

  async acknowledgeAlerts(recordId: string, by: string, at: string): Promise<void> {
    await this.db
      .insertInto('alert_acknowledgements')
      .values({ record_id: recordId, acknowledged_by: by, acknowledged_at: at })
      .execute();
  }

  async listAlertAcknowledgements(recordId: string): Promise<AlertAcknowledgement[]> {
    const rows = await this.db
      .selectFrom('alert_acknowledgements')
      .select(['record_id', 'acknowledged_by', 'acknowledged_at'])
      .where('record_id', '=', recordId)
      .orderBy('id')
      .execute();
    return rows.map((r) => ({ recordId: r.record_id, by: r.acknowledged_by, at: r.acknowledged_at }));
  }

  /**
   * Pairs rows through their keys (`crisis-alert:<recordId>:<n>[:channel]`, `crisis-escalation:<recordId>:<n>[:channel]`),
   * so the outbox stays generic (no record column) and no JSON function differs between the dialects.
   */
  async listOverdueAlerts(deliveredBefore: string): Promise<OverdueAlert[]> {
    const keyTail = sql<string>`substr(alert.dedup_key, ${sql.lit(crisisAlertPrefix.length + 1)})`;
    const rows = await this.db
      .selectFrom('outbox as alert')
      .selectAll('alert')
      .where('alert.kind', 'in', crisisAlertKinds)
      .where('alert.delivered_at', 'is not', null)
      .where('alert.delivered_at', '<=', deliveredBefore)
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('outbox as escalation')
              .select('escalation.id')
              .where(sql<boolean>`escalation.dedup_key = ${sql.lit(crisisEscalationPrefix)} || ${keyTail}`),
          ),
        ),
      )
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('alert_acknowledgements as ack')
              .select('ack.id')
              .whereRef('ack.acknowledged_at', '>=', 'alert.created_at')
              .where(
                sql<boolean>`substr(alert.dedup_key, 1, length(ack.record_id) + ${sql.lit(crisisAlertPrefix.length + 1)}) = ${sql.lit(crisisAlertPrefix)} || ack.record_id || ':'`,
              ),
          ),
        ),
      )
      .orderBy('alert.id')
      .execute();
    return rows.map((row) => {
      const message = outboxFromRow(row, this.cipher);
      return {
        id: message.id,
        kind: message.kind,
        dedupKey: message.dedupKey,
        payload: message.payload,
        createdAt: message.createdAt,
        deliveredAt: message.deliveredAt ?? deliveredBefore,
      };
    });
  }
}
