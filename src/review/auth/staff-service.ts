// Staff accounts and sign-in: setup links, passwords, TOTP with recovery codes, lockout, server-side sessions that
// expire when idle and in all, and API tokens. Every change writes its audit row in the same transaction.
import { randomUUID } from 'node:crypto';
import type { ReviewTransaction, StaffAccount, StaffRole, StaffSession } from '../../store/review-types.js';
import type { IntakeStore } from '../../store/types.js';
import {
  hashPassword,
  passwordRules,
  randomToken,
  recoveryCodeHash,
  recoveryCodes,
  sha256,
  verifyPassword,
} from './secrets.js';
import { isTotpSecret, newTotpSecret, totpStep } from './totp.js';

export interface StaffPolicy {
  setupHours: number;
  tokenDays: number;
  idleMinutes: number;
  absoluteHours: number;
  /** Failed passwords or codes in a row before the account is locked, and for how long. */
  lockAfter: number;
  lockMinutes: number;
  /** How long a sign-in may wait between the password and the second factor. */
  secondFactorMinutes: number;
}

export const defaultPolicy: StaffPolicy = {
  setupHours: 24,
  tokenDays: 90,
  idleMinutes: 15,
  absoluteHours: 12,
  lockAfter: 5,
  lockMinutes: 15,
  secondFactorMinutes: 10,
};

/** Who did something, for the audit row. */
export interface Actor {
  id: string | null;
  email: string | null;
  via: string;
  address: string | null;
}

export const cliActor: Actor = { id: null, email: null, via: 'cli', address: null };

/** A locked account: no sign-in until `until` (ISO), whatever is typed. */
export interface Locked {
  ok: false;
  reason: 'locked';
  until: string;
}

export type SignInResult =
  | { ok: true; sessionId: string; account: StaffAccount }
  | { ok: false; reason: 'invalid' | 'disabled' }
  | Locked;

export type SecondFactorResult =
  | { ok: true; sessionId: string; account: StaffAccount; recoveryCodes?: string[] }
  | { ok: false; reason: 'invalid' | 'expired' }
  | Locked;

export class StaffError extends Error {
  override name = 'StaffError';
}

const minutes = (n: number) => n * 60_000;

/** A sign-in attempt not (yet) tied to an account. */
const anonymous: Actor = { id: null, email: null, via: 'sign-in', address: null };

export class StaffService {
  constructor(
    private readonly store: IntakeStore,
    private readonly policy: StaffPolicy = defaultPolicy,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private at(plusMs = 0): string {
    return new Date(this.now().getTime() + plusMs).toISOString();
  }

  private audit(tx: ReviewTransaction, actor: Actor, action: string, detail: Record<string, unknown> = {}) {
    return tx.audit({
      at: this.at(),
      actorId: actor.id,
      actorEmail: actor.email,
      via: actor.via,
      action,
      recordId: null,
      detail,
      address: actor.address,
    });
  }

  private async accountOrThrow(tx: ReviewTransaction, email: string): Promise<StaffAccount> {
    const account = await tx.accountByEmail(email);
    if (!account) throw new StaffError(`no account for ${email}`);
    return account;
  }

  private async newSetupToken(tx: ReviewTransaction, accountId: string): Promise<string> {
    const token = randomToken();
    await tx.addSetupToken(sha256(token), accountId, this.at(), this.at(this.policy.setupHours * 3_600_000));
    return token;
  }

  /** Creates an account and returns its one-time setup token (password and TOTP enrolment). */
  async addAccount(
    email: string,
    role: StaffRole,
    actor: Actor,
  ): Promise<{ account: StaffAccount; setupToken: string }> {
    return this.store.review(async (tx) => {
      if (await tx.accountByEmail(email)) throw new StaffError(`an account for ${email} exists already`);
      const id = randomUUID();
      await tx.createAccount({ id, email, role, at: this.at() });
      const setupToken = await this.newSetupToken(tx, id);
      await this.audit(tx, actor, 'staff.add', { accountId: id, role });
      return { account: (await tx.accountById(id)) as StaffAccount, setupToken };
    });
  }

  /** A new setup link: the password must be set again, and every session of the account ends. */
  async resetAccount(email: string, actor: Actor): Promise<string> {
    return this.store.review(async (tx) => {
      const account = await this.accountOrThrow(tx, email);
      await tx.setPassword(account.id, null, this.at());
      await tx.clearFailures(account.id, this.at());
      await tx.endAllSessions(account.id, this.at());
      // A link given out before (perhaps the reason for the reset) stops working: only the new one is valid.
      await tx.endSetupTokens(account.id, this.at());
      const token = await this.newSetupToken(tx, account.id);
      await this.audit(tx, actor, 'staff.reset', { accountId: account.id });
      return token;
    });
  }

  /** TOTP and recovery codes are cleared: the next sign-in enrols again. Every session ends. */
  async resetMfa(email: string, actor: Actor): Promise<void> {
    await this.store.review(async (tx) => {
      const account = await this.accountOrThrow(tx, email);
      await tx.setTotp(account.id, null, this.at());
      await tx.setRecoveryCodes(account.id, [], this.at());
      await tx.endAllSessions(account.id, this.at());
      await this.audit(tx, actor, 'staff.reset-mfa', { accountId: account.id });
    });
  }

  async setDisabled(email: string, disabled: boolean, actor: Actor): Promise<void> {
    await this.store.review(async (tx) => {
      const account = await this.accountOrThrow(tx, email);
      await tx.setDisabled(account.id, disabled ? this.at() : null);
      if (disabled) {
        await tx.endAllSessions(account.id, this.at());
        await tx.revokeApiTokens(account.id, this.at());
      }
      await this.audit(tx, actor, disabled ? 'staff.disable' : 'staff.enable', { accountId: account.id });
    });
  }

  async setRole(email: string, role: StaffRole, actor: Actor): Promise<void> {
    await this.store.review(async (tx) => {
      const account = await this.accountOrThrow(tx, email);
      await tx.setRole(account.id, role, this.at());
      await this.audit(tx, actor, 'staff.role', { accountId: account.id, role });
    });
  }

  list(): Promise<StaffAccount[]> {
    return this.store.reviewReads().listAccounts();
  }

  /** A bearer token for the API: shown once, stored hashed, expiring. */
  async issueApiToken(email: string, actor: Actor): Promise<string> {
    return this.store.review(async (tx) => {
      const account = await this.accountOrThrow(tx, email);
      if (account.disabledAt) throw new StaffError(`the account for ${email} is disabled`);
      const secret = `itk_${randomToken()}`;
      const id = sha256(secret).slice(0, 12);
      await tx.addApiToken(sha256(secret), {
        id,
        accountId: account.id,
        createdAt: this.at(),
        expiresAt: this.at(this.policy.tokenDays * 86_400_000),
        revokedAt: null,
        lastUsedAt: null,
      });
      await this.audit(tx, actor, 'staff.token', { accountId: account.id, tokenId: id });
      return secret;
    });
  }

  async revokeApiTokens(email: string, actor: Actor): Promise<number> {
    return this.store.review(async (tx) => {
      const account = await this.accountOrThrow(tx, email);
      const count = await tx.revokeApiTokens(account.id, this.at());
      await this.audit(tx, actor, 'staff.revoke-tokens', { accountId: account.id, count });
      return count;
    });
  }

  /** The account a setup link is for, if it is still valid. */
  setupAccount(token: string): Promise<StaffAccount | undefined> {
    return this.store.review(async (tx) => {
      const accountId = await tx.setupToken(sha256(token), this.at(), false);
      return accountId ? tx.accountById(accountId) : undefined;
    });
  }

  /** Sets the password from a setup link (used once) and opens a session waiting for the second factor. */
  async completeSetup(token: string, password: string, address: string | null): Promise<string | undefined> {
    if (password.length < passwordRules.min || password.length > passwordRules.max) {
      throw new StaffError(`a password needs ${passwordRules.min} to ${passwordRules.max} characters`);
    }
    const hash = await hashPassword(password);
    return this.store.review(async (tx) => {
      const accountId = await tx.setupToken(sha256(token), this.at(), true);
      const account = accountId ? await tx.accountById(accountId) : undefined;
      if (!account || account.disabledAt) return undefined;
      await tx.setPassword(account.id, hash, this.at());
      await tx.clearFailures(account.id, this.at());
      await tx.endSetupTokens(account.id, this.at());
      await this.audit(tx, this.actorOf(account, 'setup', address), 'staff.setup');
      return this.openSession(tx, account.id, 'password', 'web');
    });
  }

  private actorOf(account: StaffAccount, via: string, address: string | null): Actor {
    return { id: account.id, email: account.email, via, address };
  }

  private async openSession(
    tx: ReviewTransaction,
    accountId: string,
    stage: StaffSession['stage'],
    kind: StaffSession['kind'],
  ): Promise<string> {
    const id = randomToken();
    const span = stage === 'active' ? this.policy.absoluteHours * 3_600_000 : minutes(this.policy.secondFactorMinutes);
    await tx.createSession(sha256(id), {
      accountId,
      stage,
      csrf: randomToken(24),
      kind,
      createdAt: this.at(),
      lastSeenAt: this.at(),
      expiresAt: this.at(span),
      endedAt: null,
    });
    return id;
  }

  private locked(account: StaffAccount): Locked | undefined {
    return account.lockedUntil !== null && account.lockedUntil > this.at()
      ? { ok: false, reason: 'locked', until: account.lockedUntil }
      : undefined;
  }

  /** Notes a wrong password or code; the failure that reaches the limit locks the account, and says so. */
  private async fail(
    tx: ReviewTransaction,
    account: StaffAccount,
    actor: Actor,
    step: 'password' | 'second-factor',
  ): Promise<Locked | undefined> {
    // Once a lock has run out the count starts again: one more typo does not lock the account at once.
    const lockOver = account.lockedUntil !== null && account.lockedUntil <= this.at();
    if (lockOver) await tx.clearFailures(account.id, this.at());
    const failures = (lockOver ? 0 : account.failedAttempts) + 1;
    const lockedUntil = failures >= this.policy.lockAfter ? this.at(minutes(this.policy.lockMinutes)) : null;
    await tx.noteFailure(account.id, this.at(), lockedUntil);
    await this.audit(tx, actor, 'sign-in.failed', { accountId: account.id, step, locked: lockedUntil !== null });
    return lockedUntil ? { ok: false, reason: 'locked', until: lockedUntil } : undefined;
  }

  /** The first step: email and password. The session it opens still needs the second factor. */
  async signIn(email: string, password: string, address: string | null): Promise<SignInResult> {
    const found = await this.store.reviewReads().accountByEmail(email);
    const secrets = found ? await this.store.reviewReads().secrets(found.id) : undefined;
    // Always run the hash, so that an unknown email takes as long as a wrong password.
    const valid = await verifyPassword(password, secrets?.passwordHash ?? null);
    return this.store.review(async (tx) => {
      if (!found) {
        await this.audit(tx, { ...anonymous, address }, 'sign-in.failed', { reason: 'unknown' });
        return { ok: false, reason: 'invalid' };
      }
      const account = (await tx.accountById(found.id)) as StaffAccount;
      const actor = this.actorOf(account, 'sign-in', address);
      // Checked against the hash read before: a password changed (or reset) meanwhile does not count as valid.
      const passwordOk = valid && (await tx.secrets(account.id))?.passwordHash === secrets?.passwordHash;
      if (account.disabledAt) {
        await this.audit(tx, actor, 'sign-in.failed', { reason: 'disabled' });
        // Only the right password learns that the account is disabled; a guess learns nothing about it.
        return { ok: false, reason: passwordOk ? 'disabled' : 'invalid' };
      }
      const locked = this.locked(account);
      if (locked) {
        await this.audit(tx, actor, 'sign-in.failed', { reason: 'locked' });
        return locked;
      }
      if (!passwordOk) return (await this.fail(tx, account, actor, 'password')) ?? { ok: false, reason: 'invalid' };
      await this.audit(tx, actor, 'sign-in.password');
      return { ok: true, sessionId: await this.openSession(tx, account.id, 'password', 'web'), account };
    });
  }

  /**
   * The second step: a TOTP code (or a recovery code). A new secret being enrolled is checked against `enrolling`
   * and saved only when the code matches. On success the waiting session ends and a new one, signed in, begins
   * (the session id changes at sign-in); a first enrolment also returns the recovery codes, shown once.
   */
  async secondFactor(
    sessionId: string,
    code: string,
    address: string | null,
    enrolling?: string,
  ): Promise<SecondFactorResult> {
    const plainCodes = enrolling ? recoveryCodes() : undefined;
    return this.store.review(async (tx) => {
      const session = await tx.session(sha256(sessionId));
      const account = session ? await tx.accountById(session.accountId) : undefined;
      if (!session || !account || session.stage !== 'password' || session.endedAt || session.expiresAt <= this.at()) {
        const who = account ? this.actorOf(account, 'sign-in', address) : { ...anonymous, address };
        await this.audit(tx, who, 'sign-in.failed', { reason: 'expired', step: 'second-factor' });
        return { ok: false, reason: 'expired' };
      }
      const actor = this.actorOf(account, 'sign-in', address);
      if (account.disabledAt) {
        await this.audit(tx, actor, 'sign-in.failed', { reason: 'disabled', step: 'second-factor' });
        return { ok: false, reason: 'expired' };
      }
      const locked = this.locked(account);
      if (locked) {
        await this.audit(tx, actor, 'sign-in.failed', { reason: 'locked', step: 'second-factor' });
        return locked;
      }
      const secrets = await tx.secrets(account.id);
      // A secret being enrolled must be one newEnrolment could have made (not a short one chosen to be guessed).
      const enrolment = enrolling && !secrets?.totpSecret && isTotpSecret(enrolling) ? enrolling : undefined;
      const secret = enrolment ?? secrets?.totpSecret;
      let accepted = false;
      if (secret) {
        const step = totpStep(secret, code, this.now().getTime());
        accepted = step !== undefined && (await tx.acceptTotpStep(account.id, step, this.at()));
      }
      if (!accepted && !enrolling && code.replace(/\s/g, '').length > 6) {
        // biome-ignore lint/correctness/useHookAtTopLevel: a store method named "use…", not a React hook
        accepted = await tx.useRecoveryCode(account.id, recoveryCodeHash(code), this.at());
        if (accepted) await this.audit(tx, actor, 'sign-in.recovery-code');
      }
      if (!accepted) {
        return (await this.fail(tx, account, actor, 'second-factor')) ?? { ok: false, reason: 'invalid' };
      }
      let shown: string[] | undefined;
      if (enrolment && plainCodes) {
        await tx.setTotp(account.id, enrolment, this.at());
        // setTotp resets the last step: accept this code's step again so it cannot be replayed.
        await tx.acceptTotpStep(account.id, totpStep(enrolment, code, this.now().getTime()) ?? 0, this.at());
        await tx.setRecoveryCodes(account.id, plainCodes.map(recoveryCodeHash), this.at());
        await this.audit(tx, actor, 'staff.mfa-enrolled');
        shown = plainCodes;
      }
      await tx.clearFailures(account.id, this.at());
      await tx.endSession(sha256(sessionId), this.at());
      const active = await this.openSession(tx, account.id, 'active', 'web');
      await this.audit(tx, actor, 'sign-in');
      return { ok: true, sessionId: active, account, ...(shown ? { recoveryCodes: shown } : {}) };
    });
  }

  /** A TOTP secret for an account enrolling now (kept in the page until the code that proves it is typed). */
  newEnrolment(): string {
    return newTotpSecret();
  }

  /** A session id as it arrives in a cookie: its session if it is still open, else undefined. */
  async session(
    sessionId: string,
  ): Promise<{ session: StaffSession; account: StaffAccount; idHash: string } | undefined> {
    const idHash = sha256(sessionId);
    const reads = this.store.reviewReads();
    const session = await reads.session(idHash);
    if (!session || session.endedAt) return undefined;
    const now = this.at();
    const idleSince = new Date(this.now().getTime() - minutes(this.policy.idleMinutes)).toISOString();
    if (session.expiresAt <= now || (session.stage === 'active' && session.lastSeenAt <= idleSince)) return undefined;
    const account = await reads.accountById(session.accountId);
    if (!account || account.disabledAt) return undefined;
    return { session, account, idHash };
  }

  async touch(idHash: string): Promise<void> {
    await this.store.reviewReads().touchSession(idHash, this.at());
  }

  async signOut(sessionId: string, actor: Actor): Promise<void> {
    await this.store.review(async (tx) => {
      await tx.endSession(sha256(sessionId), this.at());
      await this.audit(tx, actor, 'sign-out');
    });
  }

  /**
   * The account an API token belongs to, if the token is valid. Every use is noted and audited, and so is every
   * refusal of a token that was issued (revoked, expired, or its account disabled).
   */
  async tokenAccount(
    secret: string,
    address: string | null = null,
  ): Promise<{ account: StaffAccount; tokenId: string } | undefined> {
    if (!/^itk_[A-Za-z0-9_-]{20,100}$/.test(secret)) return undefined;
    return this.store.review(async (tx) => {
      const token = await tx.apiToken(sha256(secret));
      if (!token) return undefined;
      const account = await tx.accountById(token.accountId);
      const actor: Actor = { id: token.accountId, email: account?.email ?? null, via: `token:${token.id}`, address };
      const refused = token.revokedAt
        ? 'revoked'
        : token.expiresAt <= this.at()
          ? 'expired'
          : !account || account.disabledAt
            ? 'disabled'
            : undefined;
      if (refused || !account) {
        await this.audit(tx, actor, 'token.refused', { tokenId: token.id, reason: refused ?? 'disabled' });
        return undefined;
      }
      // biome-ignore lint/correctness/useHookAtTopLevel: a store method named "use…", not a React hook
      await tx.useApiToken(token.id, this.at());
      await this.audit(tx, actor, 'token.use', { tokenId: token.id });
      return { account, tokenId: token.id };
    });
  }

  /** Links an account to its Entra ID object id (Teams sign-in and alert acknowledgement); `null` unlinks it. */
  async setEntraObjectId(email: string, objectId: string | null, actor: Actor): Promise<void> {
    await this.store.review(async (tx) => {
      const account = await this.accountOrThrow(tx, email);
      const taken = objectId ? await tx.accountByEntraId(objectId.toLowerCase()) : undefined;
      if (taken && taken.id !== account.id) throw new StaffError('That Entra object id belongs to another account.');
      await tx.setEntraObjectId(account.id, objectId?.toLowerCase() ?? null, this.at());
      await this.audit(tx, actor, objectId ? 'staff.entra-link' : 'staff.entra-unlink', { accountId: account.id });
    });
  }

  /**
   * The account a Microsoft identity (Teams SSO, a card's Acknowledge) belongs to: the one linked to its object id,
   * else the one with its sign-in email that is linked to no other identity (linked now, and audited). Nobody gets
   * an account this way: one must exist already.
   */
  async accountForEntra(identity: { objectId: string; email?: string | undefined }): Promise<StaffAccount | undefined> {
    const objectId = identity.objectId.toLowerCase();
    return this.store.review(async (tx) => {
      const linked = await tx.accountByEntraId(objectId);
      if (linked) return linked;
      const byEmail = identity.email ? await tx.accountByEmail(identity.email.toLowerCase()) : undefined;
      if (!byEmail || byEmail.entraObjectId !== null) return undefined;
      await tx.setEntraObjectId(byEmail.id, objectId, this.at());
      await this.audit(tx, this.actorOf(byEmail, 'teams', null), 'staff.entra-link', { accountId: byEmail.id });
      return { ...byEmail, entraObjectId: objectId };
    });
  }

  /**
   * An account signed in by Teams single sign-on: a signed-in session of its own kind (see the Teams tab); undefined
   * when the account is disabled (read again here, not taken from the caller).
   */
  async openTeamsSession(account: StaffAccount, address: string | null): Promise<string | undefined> {
    return this.store.review(async (tx) => {
      const current = await tx.accountById(account.id);
      const actor = this.actorOf(current ?? account, 'teams', address);
      if (!current || current.disabledAt) {
        await this.audit(tx, actor, 'sign-in.failed', { reason: 'disabled' });
        return undefined;
      }
      await this.audit(tx, actor, 'sign-in');
      return this.openSession(tx, current.id, 'active', 'teams');
    });
  }
}
