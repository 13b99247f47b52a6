// The practice's storage over Kysely, bound to one transaction: accounts, sessions, tokens, audit, queue, reviews.
import type { Kysely, Selectable, SelectQueryBuilder } from 'kysely';
import { z } from 'zod';
import { needsAcknowledgement } from './conversation-transaction.js';
import { sealedColumns } from './crypto/columns.js';
import type { ValueCipher } from './crypto/value-cipher.js';
import type { Database, RecordsTable, StaffAccountsTable } from './database.js';
import { queueAt, queueRank } from './queue-columns.js';
import { recordFromRow } from './record-rows.js';
import type {
  ApiToken,
  QueueFilters,
  QueueRow,
  ReviewState,
  ReviewTransaction,
  StaffAccount,
  StaffRole,
  StaffSession,
} from './review-types.js';

const parseList = (text: string): string[] => {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
};

function account(row: Selectable<StaffAccountsTable>): StaffAccount {
  return {
    id: row.id,
    email: row.email,
    role: row.role as StaffRole,
    hasPassword: row.password_hash !== null,
    totpEnrolled: row.totp_secret !== null,
    recoveryCodesLeft: parseList(row.recovery_codes).length,
    entraObjectId: row.entra_object_id,
    failedAttempts: row.failed_attempts,
    lockedUntil: row.locked_until,
    disabledAt: row.disabled_at,
    createdAt: row.created_at,
  };
}

/** What a queue row shows of the stored record: the first name only. */
const queueName = z.object({ contact: z.object({ firstName: z.string().optional() }) });

/**
 * The first name, read without validating the whole record: a page of 50 spent three quarters of its time in full
 * validations (bench:review). A record that no longer parses is still reported wherever it is opened or exported.
 */
function firstNameOf(data: string, cipher: ValueCipher): string | undefined {
  try {
    const parsed = queueName.safeParse(JSON.parse(cipher.open(data, sealedColumns.record)));
    return parsed.success ? parsed.data.contact.firstName : undefined;
  } catch {
    return undefined;
  }
}

/** The queue's position of a row, as an opaque cursor. */
const cursorOf = (row: { queue_rank: number; queue_at: string; id: string }) =>
  Buffer.from(JSON.stringify([row.queue_rank, row.queue_at, row.id])).toString('base64url');

function parseCursor(cursor: string | null): [number, string, string] | undefined {
  if (!cursor) return undefined;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      typeof value[0] === 'number' &&
      typeof value[1] === 'string' &&
      typeof value[2] === 'string'
    ) {
      return [value[0], value[1], value[2]];
    }
  } catch {
    // An unreadable cursor is the start.
  }
  return undefined;
}

type QueueSelect = Pick<
  Selectable<RecordsTable>,
  | 'id'
  | 'reference'
  | 'status'
  | 'review_state'
  | 'triage_level'
  | 'triage_kinds'
  | 'unacknowledged'
  | 'created_at'
  | 'submitted_at'
  | 'queue_rank'
  | 'queue_at'
  | 'data'
>;

const queueColumns = [
  'id',
  'reference',
  'status',
  'review_state',
  'triage_level',
  'triage_kinds',
  'unacknowledged',
  'created_at',
  'submitted_at',
  'queue_rank',
  'queue_at',
  'data',
] as const;

/** Open ends of a date range, in the stored format (any collation sorts them outside every real date). */
const earliest = '0000-01-01T00:00:00.000Z';
const latest = '9999-12-31T23:59:59.999Z';

export function reviewTransaction(db: Kysely<Database>, cipher: ValueCipher): ReviewTransaction {
  const noteText = (stored: string) => cipher.open(stored, sealedColumns.note);

  const matching = (filters: QueueFilters) => {
    let query = db.selectFrom('records');
    if (filters.status) query = query.where('status', '=', filters.status);
    if (filters.triage) query = query.where('triage_level', '=', filters.triage);
    if (filters.review) query = query.where('review_state', '=', filters.review);
    if (filters.from || filters.to) {
      // Always both bounds: without statistics, SQLite reads a one-sided range as wide and walks the whole queue
      // reading each row's date (behind its record JSON) instead of the date index (bench:review: 1.5 s against 5 ms).
      query = query.where('created_at', '>=', filters.from ?? earliest).where('created_at', '<', filters.to ?? latest);
    }
    return query;
  };
  const filtered = (filters: QueueFilters) => matching(filters).select(queueColumns);

  async function latestAcks(ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await db
      .selectFrom('alert_acknowledgements')
      .select(['record_id', (eb) => eb.fn.max('acknowledged_at').as('at')])
      .where('record_id', 'in', [...ids])
      .groupBy('record_id')
      .execute();
    return new Map(rows.map((r) => [r.record_id, String(r.at)]));
  }

  async function rows(found: readonly QueueSelect[]): Promise<QueueRow[]> {
    const acks = await latestAcks(found.map((r) => r.id));
    return found.map((row) => ({
      id: row.id,
      reference: row.reference,
      status: row.status,
      review: row.review_state as ReviewState,
      triageLevel: row.triage_level,
      triageKinds: row.triage_kinds ? row.triage_kinds.split(' ') : [],
      unacknowledged: row.unacknowledged === 1,
      createdAt: row.created_at,
      submittedAt: row.submitted_at,
      firstName: firstNameOf(row.data, cipher),
      acknowledgedAt: acks.get(row.id) ?? null,
    }));
  }

  const ordered = <O>(query: SelectQueryBuilder<Database, 'records', O>) =>
    query.orderBy('queue_rank').orderBy('queue_at').orderBy('id');

  return {
    async createAccount({ id, email, role, at }) {
      await db
        .insertInto('staff_accounts')
        .values({ id, email: email.toLowerCase(), role, created_at: at, updated_at: at })
        .execute();
    },
    async accountByEmail(email) {
      const row = await db
        .selectFrom('staff_accounts')
        .selectAll()
        .where('email', '=', email.toLowerCase())
        .executeTakeFirst();
      return row ? account(row) : undefined;
    },
    async accountById(id) {
      const row = await db.selectFrom('staff_accounts').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? account(row) : undefined;
    },
    async accountByEntraId(objectId) {
      const row = await db
        .selectFrom('staff_accounts')
        .selectAll()
        .where('entra_object_id', '=', objectId)
        .executeTakeFirst();
      return row ? account(row) : undefined;
    },
    async listAccounts() {
      return (await db.selectFrom('staff_accounts').selectAll().orderBy('email').execute()).map(account);
    },
    async secrets(accountId) {
      const row = await db
        .selectFrom('staff_accounts')
        .select(['password_hash', 'totp_secret', 'recovery_codes'])
        .where('id', '=', accountId)
        .executeTakeFirst();
      return row
        ? { passwordHash: row.password_hash, totpSecret: row.totp_secret, recoveryCodes: parseList(row.recovery_codes) }
        : undefined;
    },
    async setPassword(accountId, passwordHash, at) {
      await db
        .updateTable('staff_accounts')
        .set({ password_hash: passwordHash, updated_at: at })
        .where('id', '=', accountId)
        .execute();
    },
    async setTotp(accountId, secret, at) {
      await db
        .updateTable('staff_accounts')
        .set({ totp_secret: secret, totp_last_step: null, updated_at: at })
        .where('id', '=', accountId)
        .execute();
    },
    async setRecoveryCodes(accountId, hashes, at) {
      await db
        .updateTable('staff_accounts')
        .set({ recovery_codes: JSON.stringify(hashes), updated_at: at })
        .where('id', '=', accountId)
        .execute();
    },
    async useRecoveryCode(accountId, hash, at) {
      const row = await db
        .selectFrom('staff_accounts')
        .select('recovery_codes')
        .where('id', '=', accountId)
        .executeTakeFirst();
      const codes = row ? parseList(row.recovery_codes) : [];
      if (!codes.includes(hash)) return false;
      const result = await db
        .updateTable('staff_accounts')
        .set({ recovery_codes: JSON.stringify(codes.filter((c) => c !== hash)), updated_at: at })
        .where('id', '=', accountId)
        // Unchanged since read: two sign-ins racing with one code never both succeed.
        .where('recovery_codes', '=', row?.recovery_codes ?? '')
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    async acceptTotpStep(accountId, step, at) {
      const result = await db
        .updateTable('staff_accounts')
        .set({ totp_last_step: step, updated_at: at })
        .where('id', '=', accountId)
        .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step)]))
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    async noteFailure(accountId, at, lockedUntil) {
      await db
        .updateTable('staff_accounts')
        .set((eb) => ({
          failed_attempts: eb('failed_attempts', '+', 1),
          updated_at: at,
          ...(lockedUntil ? { locked_until: lockedUntil } : {}),
        }))
        .where('id', '=', accountId)
        .execute();
      const row = await db
        .selectFrom('staff_accounts')
        .select('failed_attempts')
        .where('id', '=', accountId)
        .executeTakeFirst();
      return row?.failed_attempts ?? 0;
    },
    async clearFailures(accountId, at) {
      await db
        .updateTable('staff_accounts')
        .set({ failed_attempts: 0, locked_until: null, updated_at: at })
        .where('id', '=', accountId)
        .execute();
    },
    async setDisabled(accountId, at) {
      await db
        .updateTable('staff_accounts')
        .set({ disabled_at: at, updated_at: at ?? new Date().toISOString() })
        .where('id', '=', accountId)
        .execute();
    },
    async setRole(accountId, role, at) {
      await db.updateTable('staff_accounts').set({ role, updated_at: at }).where('id', '=', accountId).execute();
    },
    async setEntraObjectId(accountId, objectId, at) {
      await db
        .updateTable('staff_accounts')
        .set({ entra_object_id: objectId, updated_at: at })
        .where('id', '=', accountId)
        .execute();
    },
    async addSetupToken(tokenHash, accountId, at, expiresAt) {
      await db
        .insertInto('staff_setup_tokens')
        .values({ token_hash: tokenHash, account_id: accountId, created_at: at, expires_at: expiresAt })
        .execute();
    },
    async setupToken(tokenHash, at, use) {
      const row = await db
        .selectFrom('staff_setup_tokens')
        .selectAll()
        .where('token_hash', '=', tokenHash)
        .executeTakeFirst();
      if (!row || row.used_at !== null || row.expires_at <= at) return undefined;
      if (use) {
        const result = await db
          .updateTable('staff_setup_tokens')
          .set({ used_at: at })
          .where('token_hash', '=', tokenHash)
          // Still unused: of two uses racing, only one succeeds.
          .where('used_at', 'is', null)
          .executeTakeFirst();
        if (Number(result.numUpdatedRows) !== 1) return undefined;
      }
      return row.account_id;
    },
    async endSetupTokens(accountId, at) {
      const result = await db
        .updateTable('staff_setup_tokens')
        .set({ used_at: at })
        .where('account_id', '=', accountId)
        .where('used_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },
    async createSession(idHash, session) {
      await db
        .insertInto('staff_sessions')
        .values({
          id_hash: idHash,
          account_id: session.accountId,
          stage: session.stage,
          csrf: session.csrf,
          kind: session.kind,
          created_at: session.createdAt,
          last_seen_at: session.lastSeenAt,
          expires_at: session.expiresAt,
          ended_at: session.endedAt,
        })
        .execute();
    },
    async session(idHash) {
      const row = await db.selectFrom('staff_sessions').selectAll().where('id_hash', '=', idHash).executeTakeFirst();
      if (!row) return undefined;
      return {
        accountId: row.account_id,
        stage: row.stage === 'active' ? 'active' : 'password',
        csrf: row.csrf,
        kind: row.kind === 'teams' ? 'teams' : 'web',
        createdAt: row.created_at,
        lastSeenAt: row.last_seen_at,
        expiresAt: row.expires_at,
        endedAt: row.ended_at,
      } satisfies StaffSession;
    },
    async touchSession(idHash, at) {
      await db.updateTable('staff_sessions').set({ last_seen_at: at }).where('id_hash', '=', idHash).execute();
    },
    async endSession(idHash, at) {
      await db
        .updateTable('staff_sessions')
        .set({ ended_at: at })
        .where('id_hash', '=', idHash)
        .where('ended_at', 'is', null)
        .execute();
    },
    async endAllSessions(accountId, at) {
      const result = await db
        .updateTable('staff_sessions')
        .set({ ended_at: at })
        .where('account_id', '=', accountId)
        .where('ended_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },
    async addApiToken(tokenHash, token) {
      await db
        .insertInto('api_tokens')
        .values({
          id: token.id,
          token_hash: tokenHash,
          account_id: token.accountId,
          created_at: token.createdAt,
          expires_at: token.expiresAt,
          revoked_at: token.revokedAt,
          last_used_at: token.lastUsedAt,
        })
        .execute();
    },
    async apiToken(tokenHash) {
      const row = await db.selectFrom('api_tokens').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
      return row ? apiTokenOf(row) : undefined;
    },
    async useApiToken(id, at) {
      await db.updateTable('api_tokens').set({ last_used_at: at }).where('id', '=', id).execute();
    },
    async listApiTokens(accountId) {
      const found = await db
        .selectFrom('api_tokens')
        .selectAll()
        .where('account_id', '=', accountId)
        .orderBy('created_at')
        .execute();
      return found.map(apiTokenOf);
    },
    async revokeApiTokens(accountId, at) {
      const result = await db
        .updateTable('api_tokens')
        .set({ revoked_at: at })
        .where('account_id', '=', accountId)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },
    async audit(entry) {
      await db
        .insertInto('audit_log')
        .values({
          at: entry.at,
          actor_id: entry.actorId,
          actor_email: entry.actorEmail,
          via: entry.via,
          action: entry.action,
          record_id: entry.recordId,
          detail: JSON.stringify(entry.detail),
          address: entry.address,
        })
        .execute();
    },
    async auditLog({ before, limit }) {
      const found = await db
        .selectFrom('audit_log')
        .selectAll()
        .$if(before !== undefined, (q) => q.where('id', '<', before ?? 0))
        .orderBy('id', 'desc')
        .limit(limit)
        .execute();
      return found.map((row) => ({
        id: row.id,
        at: row.at,
        actorId: row.actor_id,
        actorEmail: row.actor_email,
        via: row.via,
        action: row.action,
        recordId: row.record_id,
        detail: JSON.parse(row.detail) as Record<string, unknown>,
        address: row.address,
      }));
    },
    async countUnacknowledged() {
      const row = await db
        .selectFrom('records')
        .select((eb) => eb.fn.countAll().as('count'))
        // Waiting alerts rank first in the queue (ranks 0-2): the queue's index finds them without reading the rest.
        .where('queue_rank', '<=', 2)
        .where('unacknowledged', '=', 1)
        .executeTakeFirst();
      return Number(row?.count ?? 0);
    },
    async queue(filters, cursor, limit) {
      const after = parseCursor(cursor);
      let query = matching(filters);
      if (after) {
        const [rank, at, id] = after;
        query = query.where((eb) =>
          eb.or([
            eb('queue_rank', '>', rank),
            eb.and([eb('queue_rank', '=', rank), eb('queue_at', '>', at)]),
            eb.and([eb('queue_rank', '=', rank), eb('queue_at', '=', at), eb('id', '>', id)]),
          ]),
        );
      }
      // The page's ids first, from the indexes alone where they cover the filters; only then the page's rows, so a
      // wide date range sorts its matches' keys, never their records.
      const pageIds = ordered(query.select('id')).limit(limit + 1);
      const found = await ordered(db.selectFrom('records').select(queueColumns).where('id', 'in', pageIds)).execute();
      const page = found.slice(0, limit);
      const last = page.at(-1);
      return { items: await rows(page), next: found.length > limit && last ? cursorOf(last) : null };
    },
    async findByReference(reference, filters) {
      return rows(await ordered(filtered(filters).where('reference', '=', reference.toUpperCase())).execute());
    },
    async findByName(indexes, filters, limit) {
      if (indexes.length === 0) return [];
      const found = await ordered(
        filtered(filters).where((eb) =>
          eb.or([eb('first_name_index', 'in', [...indexes]), eb('last_name_index', 'in', [...indexes])]),
        ),
      )
        .limit(limit)
        .execute();
      return rows(found);
    },
    async record(id) {
      const row = await db
        .selectFrom('records')
        .select(['id', 'data', 'review_state', 'review_by', 'review_at'])
        .where('id', '=', id)
        .executeTakeFirst();
      if (!row) return undefined;
      const parsed = recordFromRow(row, cipher);
      if (!parsed.ok) return parsed;
      const noteRows = await db
        .selectFrom('review_notes')
        .selectAll()
        .where('record_id', '=', id)
        .orderBy('id')
        .execute();
      const ack = await db
        .selectFrom('alert_acknowledgements')
        .select(['acknowledged_by', 'acknowledged_at'])
        .where('record_id', '=', id)
        .orderBy('id', 'desc')
        .executeTakeFirst();
      const record = {
        ...parsed.record,
        review: {
          state: row.review_state as ReviewState,
          by: row.review_by,
          at: row.review_at,
          notes: noteRows.map((n) => ({ at: n.at, by: n.author, text: noteText(n.text) })),
        },
        triage: {
          ...parsed.record.triage,
          ...(ack ? { acknowledgedBy: ack.acknowledged_by, acknowledgedAt: ack.acknowledged_at } : {}),
        },
      };
      return { ok: true, record };
    },
    async setReviewState(recordId, state, by, at) {
      const result = await db
        .updateTable('records')
        .set({ review_state: state, review_by: by, review_at: at })
        .where('id', '=', recordId)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    async addNote(recordId, author, at, text) {
      await db
        .insertInto('review_notes')
        .values({ record_id: recordId, author, at, text: cipher.seal(text, sealedColumns.note) })
        .execute();
    },
    async notes(recordId) {
      const found = await db
        .selectFrom('review_notes')
        .selectAll()
        .where('record_id', '=', recordId)
        .orderBy('id')
        .execute();
      return found.map((n) => ({ id: n.id, author: n.author, at: n.at, text: noteText(n.text) }));
    },
    async acknowledge(recordId, by, at) {
      // A no-op update first takes the record's row lock (PostgreSQL; SQLite holds the whole write lock already): a
      // turn still committing a new crisis event finishes before the events are read below, so the record goes on
      // waiting for that event instead of being marked acknowledged under it.
      const row = await db
        .updateTable('records')
        .set((eb) => ({ queue_rank: eb.ref('queue_rank') }))
        .where('id', '=', recordId)
        .returning(['status', 'triage_level', 'created_at', 'submitted_at', 'updated_at'])
        .executeTakeFirst();
      await db
        .insertInto('alert_acknowledgements')
        .values({ record_id: recordId, acknowledged_by: by, acknowledged_at: at })
        .execute();
      if (!row) return;
      const unacknowledged = await needsAcknowledgement(db, recordId, row.triage_level);
      const rank = queueRank(row.status, row.triage_level, unacknowledged);
      const since = queueAt(rank, {
        createdAt: row.created_at,
        submittedAt: row.submitted_at,
        updatedAt: row.updated_at,
      });
      await db
        .updateTable('records')
        .set({ unacknowledged: unacknowledged ? 1 : 0, queue_rank: rank, queue_at: since })
        .where('id', '=', recordId)
        .execute();
    },
  };
}

function apiTokenOf(row: Selectable<Database['api_tokens']>): ApiToken {
  return {
    id: row.id,
    accountId: row.account_id,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    revokedAt: row.revoked_at,
    lastUsedAt: row.last_used_at,
  };
}
