// Resume codes in the store: written in the turn that gave one (with the rest of that turn), redeemed with a check of
// its secret, its age, the guesses so far and whether the intake can still be continued.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from './database.js';

/** A code as the engine issues it: the secret part in the clear only until it is hashed here. */
export interface NewResumeCode {
  reference: string;
  secret: string;
  userId: string;
  expiresAt: string;
}

/** The conversation a redeemed code continues. */
export interface RedeemedResumeCode {
  conversationKey: string;
  userId: string;
}

/** Wrong guesses after which a code opens nothing any more (a new "stop" gives a new one). */
export const maxResumeGuesses = 5;

const hashOf = (conversationKey: string, secret: string) =>
  createHash('sha256').update(`resume-code\n${conversationKey}\n${secret}`).digest('hex');

const sameHash = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/** Writes (or replaces) the conversation's one live code, inside the turn's transaction. */
export async function saveResumeCode(
  trx: Kysely<Database>,
  conversationKey: string,
  code: NewResumeCode,
  at: string,
): Promise<void> {
  const row = {
    reference: code.reference,
    secret_hash: hashOf(conversationKey, code.secret),
    user_id: code.userId,
    created_at: at,
    expires_at: code.expiresAt,
    failed_attempts: 0,
  };
  await trx
    .insertInto('resume_codes')
    .values({ conversation_key: conversationKey, ...row })
    .onConflict((oc) => oc.column('conversation_key').doUpdateSet(row))
    .execute();
}

/**
 * The conversation a code continues, or undefined (never saying why: unknown, wrong, expired, locked, or the intake
 * was sent, abandoned or erased). A wrong secret counts against every live code with that reference.
 */
export async function redeemResumeCode(
  trx: Kysely<Database>,
  reference: string,
  secret: string,
  now: string,
): Promise<RedeemedResumeCode | undefined> {
  const candidates = await trx
    .selectFrom('resume_codes')
    .innerJoin('conversations', 'conversations.key', 'resume_codes.conversation_key')
    .innerJoin('records', 'records.id', 'conversations.record_id')
    .select([
      'resume_codes.conversation_key as key',
      'resume_codes.secret_hash as hash',
      'resume_codes.user_id as userId',
      'resume_codes.failed_attempts as failed',
      'records.status as status',
    ])
    .where('resume_codes.reference', '=', reference)
    .where('resume_codes.expires_at', '>', now)
    .execute();
  const live = candidates.filter((row) => row.failed < maxResumeGuesses);
  const match = live.find((row) => sameHash(row.hash, hashOf(row.key, secret)));
  if (match) return match.status === 'in-progress' ? { conversationKey: match.key, userId: match.userId } : undefined;
  if (live.length > 0) {
    await trx
      .updateTable('resume_codes')
      .set((eb) => ({ failed_attempts: eb('failed_attempts', '+', 1) }))
      .where(
        'conversation_key',
        'in',
        live.map((row) => row.key),
      )
      .execute();
  }
  return undefined;
}

/** Codes of conversations being erased or purged go with them. */
export async function deleteResumeCodes(trx: Kysely<Database>, conversationKeys: readonly string[]): Promise<number> {
  if (conversationKeys.length === 0) return 0;
  const deleted = await trx
    .deleteFrom('resume_codes')
    .where('conversation_key', 'in', [...conversationKeys])
    .executeTakeFirst();
  return Number(deleted.numDeletedRows);
}

/** Expired codes are of no use to anyone: removed by the scheduled sweep. */
export async function deleteExpiredResumeCodes(trx: Kysely<Database>, now: string): Promise<number> {
  const deleted = await trx.deleteFrom('resume_codes').where('expires_at', '<=', now).executeTakeFirst();
  return Number(deleted.numDeletedRows);
}
