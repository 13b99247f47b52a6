// Staff accounts against a temp SQLite store, on a clock the tests move: setup links, enrolment and sign-in with
// TOTP or a recovery code, lockout, sessions that end when idle, in all or on sign-out, API tokens, and the audit log.
import { Secret, TOTP } from 'otpauth';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Actor, defaultPolicy, StaffError, StaffService } from '../../src/review/auth/staff-service.js';
import { openStore } from '../../src/store/open-store.js';
import type { AuditEntry, StaffRole } from '../../src/store/review-types.js';
import type { IntakeStore } from '../../src/store/types.js';
import { sqliteDatabase, type TestDatabase } from '../store/targets.js';

const start = new Date('2026-03-02T09:00:00.000Z');
const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

const email = 'ana@practice.example';
const password = 'correct horse battery staple';
const address = '203.0.113.7';
const admin: Actor = { id: 'admin-1', email: 'admin@practice.example', via: 'session', address: '198.51.100.1' };

const totp = (secret: string) =>
  new TOTP({ algorithm: 'SHA1', digits: 6, period: 30, secret: Secret.fromBase32(secret) });

/** The code an authenticator app shows at `at`. */
const codeAt = (secret: string, at: Date) => totp(secret).generate({ timestamp: at.getTime() });

/** Six digits that are not the code of the step at `at` or either neighbour (so never accepted). */
function wrongCode(secret: string, at: Date): string {
  const near = [-30_000, 0, 30_000].map((shift) => totp(secret).generate({ timestamp: at.getTime() + shift }));
  return ['123456', '654321', '111111', '909090'].find((code) => !near.includes(code)) as string;
}

let database: TestDatabase;
let store: IntakeStore;
let staff: StaffService;
let clock: Date;

const advance = (ms: number) => {
  clock = new Date(clock.getTime() + ms);
};
const code = (secret: string) => codeAt(secret, clock);

beforeEach(async () => {
  database = await sqliteDatabase();
  store = await openStore(database.url, { nameIndexKey: new Uint8Array(32) });
  clock = new Date(start);
  staff = new StaffService(store, defaultPolicy, () => clock);
});

afterEach(async () => {
  await store.close();
  await database.drop();
});

/** Every audit row, oldest first. */
async function auditRows(): Promise<(AuditEntry & { id: number })[]> {
  return (await store.reviewReads().auditLog({ limit: 10_000 })).reverse();
}
const actions = async () => (await auditRows()).map((row) => row.action);

/** A new account through its setup link: password, then TOTP enrolment at the first sign-in. */
async function enrolled(who = email, role: StaffRole = 'clinician') {
  const { account, setupToken } = await staff.addAccount(who, role, admin);
  const pending = await staff.completeSetup(setupToken, password, address);
  if (!pending) throw new Error('setup link refused');
  const secret = staff.newEnrolment();
  const result = await staff.secondFactor(pending, code(secret), address, secret);
  if (!result.ok || !result.recoveryCodes) throw new Error(`enrolment refused: ${JSON.stringify(result)}`);
  return { account, setupToken, pending, secret, sessionId: result.sessionId, recoveryCodes: result.recoveryCodes };
}

/** Password then TOTP, half a minute later than the last code (a code is never accepted twice). */
async function signedIn(secret: string, who = email): Promise<{ pending: string; sessionId: string }> {
  advance(30_000);
  const first = await staff.signIn(who, password, address);
  if (!first.ok) throw new Error(`password refused: ${JSON.stringify(first)}`);
  const second = await staff.secondFactor(first.sessionId, code(secret), address);
  if (!second.ok) throw new Error(`code refused: ${JSON.stringify(second)}`);
  return { pending: first.sessionId, sessionId: second.sessionId };
}

describe('accounts and setup links', () => {
  it('adds an account without a password or MFA, with a setup link that names it', async () => {
    const { account, setupToken } = await staff.addAccount('Ana@Practice.example', 'clinician', admin);
    expect(account).toMatchObject({
      email: email,
      role: 'clinician',
      hasPassword: false,
      totpEnrolled: false,
      recoveryCodesLeft: 0,
      failedAttempts: 0,
      lockedUntil: null,
      disabledAt: null,
      createdAt: start.toISOString(),
    });
    expect(setupToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect((await staff.setupAccount(setupToken))?.id).toBe(account.id);
    expect(await staff.setupAccount('not-a-setup-token')).toBeUndefined();
    expect((await staff.list()).map((a) => a.email)).toEqual([email]);
  });

  it('refuses a second account for the same email, in any case', async () => {
    await staff.addAccount(email, 'clinician', admin);
    await expect(staff.addAccount('ANA@practice.example', 'admin', admin)).rejects.toThrow(StaffError);
    await expect(staff.addAccount(email, 'admin', admin)).rejects.toThrow(/exists already/);
    expect(await staff.list()).toHaveLength(1);
  });

  it('uses a setup link once', async () => {
    const { setupToken } = await staff.addAccount(email, 'clinician', admin);
    expect(await staff.completeSetup(setupToken, password, address)).toEqual(expect.any(String));
    expect(await staff.setupAccount(setupToken)).toBeUndefined();
    expect(await staff.completeSetup(setupToken, 'another long password', address)).toBeUndefined();
    // The password is the first one: the second use changed nothing.
    expect((await staff.signIn(email, password, address)).ok).toBe(true);
    expect(await staff.signIn(email, 'another long password', address)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('lets a setup link expire after 24 hours', async () => {
    const { setupToken } = await staff.addAccount(email, 'clinician', admin);
    advance(24 * hour - 1000);
    expect(await staff.setupAccount(setupToken)).toBeDefined();
    advance(1000);
    expect(await staff.setupAccount(setupToken)).toBeUndefined();
    expect(await staff.completeSetup(setupToken, password, address)).toBeUndefined();
    expect((await staff.list())[0]?.hasPassword).toBe(false);
  });

  it('refuses a password too short or too long, and the link stays usable', async () => {
    const { setupToken } = await staff.addAccount(email, 'clinician', admin);
    await expect(staff.completeSetup(setupToken, 'short', address)).rejects.toThrow(/12/);
    await expect(staff.completeSetup(setupToken, 'x'.repeat(257), address)).rejects.toThrow(StaffError);
    expect(await staff.setupAccount(setupToken)).toBeDefined();
    expect(await staff.completeSetup(setupToken, password, address)).toEqual(expect.any(String));
  });

  it('stores only a scrypt hash of the password, and never returns it', async () => {
    const { account } = await enrolled();
    const secrets = await store.reviewReads().secrets(account.id);
    expect(secrets?.passwordHash).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
    expect(secrets?.passwordHash).not.toContain(password);
    const shown = JSON.stringify([await staff.list(), await staff.signIn(email, password, address)]);
    expect(shown).not.toContain(password);
    expect(shown).not.toContain('scrypt$');
  });

  it('refuses setup for a disabled account', async () => {
    const { setupToken } = await staff.addAccount(email, 'clinician', admin);
    await staff.setDisabled(email, true, admin);
    expect(await staff.completeSetup(setupToken, password, address)).toBeUndefined();
  });

  it('changes the role, and a signed-in session sees the new one at once', async () => {
    const { sessionId, account } = await enrolled();
    await staff.setRole(email, 'admin', admin);
    expect((await staff.session(sessionId))?.account.role).toBe('admin');
    const row = (await auditRows()).at(-1);
    expect(row).toMatchObject({
      action: 'staff.role',
      actorId: admin.id,
      detail: { accountId: account.id, role: 'admin' },
    });
    await expect(staff.setRole('nobody@practice.example', 'admin', admin)).rejects.toThrow(/no account/);
  });
});

describe('reset', () => {
  it('gives a new setup link, ends every session, and makes the old password and link useless', async () => {
    const { sessionId, secret } = await enrolled();
    const other = await signedIn(secret);
    advance(30_000);
    const waiting = await staff.signIn(email, password, address);
    if (!waiting.ok) throw new Error('sign-in refused');
    const firstLink = await staff.resetAccount(email, admin);
    const secondLink = await staff.resetAccount(email, admin);

    expect(await staff.session(sessionId)).toBeUndefined();
    expect(await staff.session(other.sessionId)).toBeUndefined();
    expect(await staff.secondFactor(waiting.sessionId, code(secret), address)).toEqual({
      ok: false,
      reason: 'expired',
    });
    expect(await staff.signIn(email, password, address)).toEqual({ ok: false, reason: 'invalid' });
    // Only the latest link works: a link given out before is replaced.
    expect(await staff.setupAccount(firstLink)).toBeUndefined();
    expect(await staff.completeSetup(firstLink, password, address)).toBeUndefined();
    const pending = await staff.completeSetup(secondLink, 'a brand new password', address);
    expect(pending).toEqual(expect.any(String));

    // TOTP stays as it was: the next step asks for the code of the app already set up.
    advance(30_000);
    const done = await staff.secondFactor(pending as string, code(secret), address);
    expect(done).toMatchObject({ ok: true });
    expect(done.ok && done.recoveryCodes).toBeFalsy();
  });

  it('clears the lock', async () => {
    await enrolled();
    for (let i = 0; i < 5; i++) await staff.signIn(email, 'wrong password!!', address);
    expect((await staff.signIn(email, password, address)).ok).toBe(false);
    const link = await staff.resetAccount(email, admin);
    expect((await staff.list())[0]).toMatchObject({ failedAttempts: 0, lockedUntil: null });
    expect(await staff.completeSetup(link, password, address)).toEqual(expect.any(String));
  });

  it('refuses an unknown email', async () => {
    await expect(staff.resetAccount('nobody@practice.example', admin)).rejects.toThrow(/no account for/);
  });
});

describe('enrolment and the second factor', () => {
  it('enrols TOTP at the first sign-in, with ten recovery codes shown once and stored hashed', async () => {
    const { setupToken } = await staff.addAccount(email, 'clinician', admin);
    const pending = (await staff.completeSetup(setupToken, password, address)) as string;
    const waiting = await staff.session(pending);
    expect(waiting?.session.stage).toBe('password');

    const secret = staff.newEnrolment();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(staff.newEnrolment()).not.toBe(secret);

    // A wrong code saves nothing.
    expect(await staff.secondFactor(pending, wrongCode(secret, clock), address, secret)).toEqual({
      ok: false,
      reason: 'invalid',
    });
    expect((await staff.list())[0]?.totpEnrolled).toBe(false);

    const result = await staff.secondFactor(pending, code(secret), address, secret);
    if (!result.ok) throw new Error('enrolment refused');
    expect(result.sessionId).not.toBe(pending);
    expect(result.account.email).toBe(email);
    const codes = result.recoveryCodes ?? [];
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const c of codes) expect(c).toMatch(/^[a-hjkmnp-z2-9]{4}-[a-hjkmnp-z2-9]{4}-[a-hjkmnp-z2-9]{4}$/);

    const account = (await staff.list())[0];
    expect(account).toMatchObject({ hasPassword: true, totpEnrolled: true, recoveryCodesLeft: 10, failedAttempts: 0 });
    const stored = await store.reviewReads().secrets(account?.id ?? '');
    expect(stored?.totpSecret).toBe(secret);
    expect(stored?.recoveryCodes).toHaveLength(10);
    for (const c of codes) expect(JSON.stringify(stored?.recoveryCodes)).not.toContain(c.replace(/-/g, ''));
    for (const c of codes) expect(JSON.stringify(stored?.recoveryCodes)).not.toContain(c);

    expect((await staff.session(result.sessionId))?.session).toMatchObject({ stage: 'active', kind: 'web' });
    // The waiting session ended when the signed-in one began.
    expect(await staff.session(pending)).toBeUndefined();
    expect(await staff.secondFactor(pending, code(secret), address, secret)).toEqual({
      ok: false,
      reason: 'expired',
    });
    expect(await actions()).toEqual([
      'staff.add',
      'staff.setup',
      'sign-in.failed',
      'staff.mfa-enrolled',
      'sign-in',
      'sign-in.failed',
    ]);
  });

  it('signs in with password then TOTP, rotating the session id, with no new recovery codes', async () => {
    const { secret, sessionId: first } = await enrolled();
    advance(30_000);
    const password1 = await staff.signIn(email, password, address);
    if (!password1.ok) throw new Error('password refused');
    expect(password1.account.email).toBe(email);
    // The password alone opens nothing.
    expect((await staff.session(password1.sessionId))?.session.stage).toBe('password');
    const done = await staff.secondFactor(
      password1.sessionId,
      ` ${code(secret).slice(0, 3)} ${code(secret).slice(3)} `,
      address,
    );
    if (!done.ok) throw new Error('code refused');
    expect(done.recoveryCodes).toBeUndefined();
    expect(new Set([first, password1.sessionId, done.sessionId]).size).toBe(3);
    expect(await staff.session(password1.sessionId)).toBeUndefined();
    expect((await staff.session(done.sessionId))?.session.stage).toBe('active');
    // An earlier session of the same account stays open (another device).
    expect((await staff.session(first))?.session.stage).toBe('active');
  });

  it('accepts a code one step either side, and not two', async () => {
    const { secret } = await enrolled();
    advance(5 * minute);
    const attempt = async (shift: number) => {
      const first = await staff.signIn(email, password, address);
      if (!first.ok) throw new Error('password refused');
      return staff.secondFactor(first.sessionId, codeAt(secret, new Date(clock.getTime() + shift)), address);
    };
    expect(await attempt(-60_000)).toEqual({ ok: false, reason: 'invalid' });
    expect(await attempt(60_000)).toEqual({ ok: false, reason: 'invalid' });
    expect((await attempt(-30_000)).ok).toBe(true);
    expect((await attempt(30_000)).ok).toBe(true);
  });

  it('never accepts a TOTP code twice, nor an older one after a newer', async () => {
    const { secret } = await enrolled();
    // The enrolment code itself cannot be replayed at once.
    const again = await staff.signIn(email, password, address);
    if (!again.ok) throw new Error('password refused');
    expect(await staff.secondFactor(again.sessionId, code(secret), address)).toEqual({ ok: false, reason: 'invalid' });

    advance(30_000);
    const used = code(secret);
    const first = await staff.signIn(email, password, address);
    if (!first.ok) throw new Error('password refused');
    expect((await staff.secondFactor(first.sessionId, used, address)).ok).toBe(true);

    advance(10_000);
    const replay = await staff.signIn(email, password, address);
    if (!replay.ok) throw new Error('password refused');
    expect(await staff.secondFactor(replay.sessionId, used, address)).toEqual({ ok: false, reason: 'invalid' });
    // The previous step's code is still inside the window, but older than the one used.
    expect(
      await staff.secondFactor(replay.sessionId, codeAt(secret, new Date(clock.getTime() - 30_000)), address),
    ).toEqual({ ok: false, reason: 'invalid' });
    // The replays were failures, audited and counted.
    expect((await staff.list())[0]?.failedAttempts).toBe(2);
    advance(30_000);
    expect((await staff.secondFactor(replay.sessionId, code(secret), address)).ok).toBe(true);
    expect((await staff.list())[0]?.failedAttempts).toBe(0);
  });

  it('accepts each recovery code once, typed in any case with spaces', async () => {
    const { recoveryCodes, account } = await enrolled();
    const [first, second] = recoveryCodes as [string, string];
    advance(30_000);
    const a = await staff.signIn(email, password, address);
    if (!a.ok) throw new Error('password refused');
    const used = await staff.secondFactor(a.sessionId, first, address);
    expect(used).toMatchObject({ ok: true });
    expect((await staff.list())[0]?.recoveryCodesLeft).toBe(9);

    const b = await staff.signIn(email, password, address);
    if (!b.ok) throw new Error('password refused');
    expect(await staff.secondFactor(b.sessionId, first, address)).toEqual({ ok: false, reason: 'invalid' });
    expect(
      await staff.secondFactor(b.sessionId, ` ${second.toUpperCase().replace(/-/g, ' ')} `, address),
    ).toMatchObject({
      ok: true,
    });
    expect((await staff.list())[0]?.recoveryCodesLeft).toBe(8);
    const rows = (await auditRows()).filter((row) => row.action === 'sign-in.recovery-code');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ actorId: account.id, via: 'sign-in', address });
  });

  it('refuses a malformed or weak enrolment secret as a wrong code, not an error', async () => {
    const { setupToken } = await staff.addAccount(email, 'clinician', admin);
    const pending = (await staff.completeSetup(setupToken, password, address)) as string;
    expect(await staff.secondFactor(pending, '123456', address, 'not base32 at all!')).toEqual({
      ok: false,
      reason: 'invalid',
    });
    const weak = 'AAAAAAAA';
    expect(await staff.secondFactor(pending, code(weak), address, weak)).toEqual({ ok: false, reason: 'invalid' });
    expect((await staff.list())[0]).toMatchObject({ totpEnrolled: false, failedAttempts: 2 });
  });

  it('gives the second factor ten minutes after the password', async () => {
    const { secret } = await enrolled();
    advance(30_000);
    const first = await staff.signIn(email, password, address);
    if (!first.ok) throw new Error('password refused');
    advance(10 * minute);
    expect(await staff.secondFactor(first.sessionId, code(secret), address)).toEqual({ ok: false, reason: 'expired' });
    expect((await auditRows()).at(-1)).toMatchObject({
      action: 'sign-in.failed',
      detail: { reason: 'expired', step: 'second-factor' },
    });
    expect(await staff.secondFactor('no-such-session', code(secret), address)).toEqual({
      ok: false,
      reason: 'expired',
    });
  });

  it('resets MFA: codes cleared, sessions ended, the next sign-in enrols a new secret', async () => {
    const { secret: old, sessionId } = await enrolled();
    await staff.resetMfa(email, admin);
    expect(await staff.session(sessionId)).toBeUndefined();
    expect((await staff.list())[0]).toMatchObject({ totpEnrolled: false, recoveryCodesLeft: 0 });

    advance(30_000);
    const first = await staff.signIn(email, password, address);
    if (!first.ok) throw new Error('password refused');
    expect(await staff.secondFactor(first.sessionId, code(old), address)).toEqual({ ok: false, reason: 'invalid' });
    const secret = staff.newEnrolment();
    const done = await staff.secondFactor(first.sessionId, code(secret), address, secret);
    expect(done.ok && done.recoveryCodes).toHaveLength(10);
    expect((await staff.list())[0]).toMatchObject({ totpEnrolled: true, recoveryCodesLeft: 10 });
    await expect(staff.resetMfa('nobody@practice.example', admin)).rejects.toThrow(StaffError);
  });
});

describe('lockout', () => {
  it('locks after five wrong passwords, says so and until when, and opens again 15 minutes later', async () => {
    const { secret } = await enrolled();
    const until = new Date(clock.getTime() + 15 * minute).toISOString();
    for (let i = 0; i < 4; i++) {
      expect(await staff.signIn(email, `wrong password ${i}`, address)).toEqual({ ok: false, reason: 'invalid' });
    }
    expect(await staff.signIn(email, 'wrong password 4', address)).toEqual({ ok: false, reason: 'locked', until });
    // The right password does not help while locked.
    expect(await staff.signIn(email, password, address)).toEqual({ ok: false, reason: 'locked', until });
    advance(15 * minute - 1000);
    expect(await staff.signIn(email, password, address)).toEqual({ ok: false, reason: 'locked', until });
    advance(1000);
    const result = await signedIn(secret);
    expect((await staff.session(result.sessionId))?.session.stage).toBe('active');
    expect((await staff.list())[0]).toMatchObject({ failedAttempts: 0, lockedUntil: null });

    const failed = (await auditRows()).filter((row) => row.action === 'sign-in.failed');
    expect(failed.map((row) => row.detail)).toEqual([
      ...Array.from({ length: 4 }, () => expect.objectContaining({ locked: false })),
      expect.objectContaining({ locked: true }),
      { reason: 'locked' },
      { reason: 'locked' },
    ]);
  });

  it('counts afresh once a lock has run out: one more typo does not lock again', async () => {
    await enrolled();
    for (let i = 0; i < 5; i++) await staff.signIn(email, 'wrong password!!', address);
    advance(15 * minute);
    expect(await staff.signIn(email, 'wrong password!!', address)).toEqual({ ok: false, reason: 'invalid' });
    expect((await staff.list())[0]?.failedAttempts).toBe(1);
    expect((await staff.signIn(email, password, address)).ok).toBe(true);
  });

  it('locks after five wrong TOTP codes, at the second factor and at the password', async () => {
    const { secret } = await enrolled();
    advance(30_000);
    const first = await staff.signIn(email, password, address);
    if (!first.ok) throw new Error('password refused');
    const until = new Date(clock.getTime() + 15 * minute).toISOString();
    for (let i = 0; i < 4; i++) {
      expect(await staff.secondFactor(first.sessionId, wrongCode(secret, clock), address)).toEqual({
        ok: false,
        reason: 'invalid',
      });
    }
    expect(await staff.secondFactor(first.sessionId, wrongCode(secret, clock), address)).toEqual({
      ok: false,
      reason: 'locked',
      until,
    });
    expect(await staff.secondFactor(first.sessionId, code(secret), address)).toEqual({
      ok: false,
      reason: 'locked',
      until,
    });
    expect(await staff.signIn(email, password, address)).toEqual({ ok: false, reason: 'locked', until });
    expect((await auditRows()).at(-2)).toMatchObject({
      action: 'sign-in.failed',
      detail: { reason: 'locked', step: 'second-factor' },
    });
    advance(15 * minute);
    await signedIn(secret);
  });

  it('counts wrong passwords and codes together, and a full sign-in clears the count', async () => {
    const { secret } = await enrolled();
    for (let i = 0; i < 2; i++) await staff.signIn(email, 'wrong password!!', address);
    advance(30_000);
    const first = await staff.signIn(email, password, address);
    if (!first.ok) throw new Error('password refused');
    for (let i = 0; i < 2; i++) await staff.secondFactor(first.sessionId, wrongCode(secret, clock), address);
    expect((await staff.list())[0]?.failedAttempts).toBe(4);
    expect((await staff.secondFactor(first.sessionId, code(secret), address)).ok).toBe(true);
    expect((await staff.list())[0]?.failedAttempts).toBe(0);
    for (let i = 0; i < 4; i++) await staff.signIn(email, 'wrong password!!', address);
    advance(30_000);
    await signedIn(secret);
  });

  it('refuses an unknown email like a wrong password, and audits it without the email typed', async () => {
    const result = await staff.signIn('nobody@practice.example', password, address);
    expect(result).toEqual({ ok: false, reason: 'invalid' });
    expect(await auditRows()).toEqual([
      expect.objectContaining({
        action: 'sign-in.failed',
        actorId: null,
        actorEmail: null,
        detail: { reason: 'unknown' },
      }),
    ]);
  });

  it('refuses a password before setup is done', async () => {
    await staff.addAccount(email, 'clinician', admin);
    expect(await staff.signIn(email, '', address)).toEqual({ ok: false, reason: 'invalid' });
    expect(await staff.signIn(email, password, address)).toEqual({ ok: false, reason: 'invalid' });
  });
});

describe('sessions', () => {
  it('ends a session idle for 15 minutes; each use keeps it going', async () => {
    const { sessionId } = await enrolled();
    for (let i = 0; i < 6; i++) {
      advance(14 * minute);
      const open = await staff.session(sessionId);
      expect(open?.session.stage).toBe('active');
      await staff.touch(open?.idHash ?? '');
    }
    advance(15 * minute - 1000);
    expect(await staff.session(sessionId)).toBeDefined();
    advance(1000);
    expect(await staff.session(sessionId)).toBeUndefined();
  });

  it('ends a session after 12 hours however busy', async () => {
    const { sessionId } = await enrolled();
    const idHash = (await staff.session(sessionId))?.idHash as string;
    for (let elapsed = 0; elapsed < 12 * hour - 10 * minute; elapsed += 10 * minute) {
      advance(10 * minute);
      expect(await staff.session(sessionId)).toBeDefined();
      await staff.touch(idHash);
    }
    advance(10 * minute);
    expect(await staff.session(sessionId)).toBeUndefined();
  });

  it('ends the session on the server at sign-out', async () => {
    const { sessionId, account } = await enrolled();
    const open = await staff.session(sessionId);
    expect(open?.account.id).toBe(account.id);
    await staff.signOut(sessionId, { id: account.id, email, via: 'session', address });
    expect(await staff.session(sessionId)).toBeUndefined();
    expect((await auditRows()).at(-1)).toMatchObject({ action: 'sign-out', actorId: account.id, via: 'session' });
  });

  it('keeps a CSRF token with each session, different in each', async () => {
    const { sessionId, secret } = await enrolled();
    const other = await signedIn(secret);
    const a = (await staff.session(sessionId))?.session.csrf;
    const b = (await staff.session(other.sessionId))?.session.csrf;
    expect(a).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(b).not.toBe(a);
  });

  it('shuts a disabled account out of sign-in, sessions and tokens, until enabled again', async () => {
    const { sessionId, secret } = await enrolled();
    const token = await staff.issueApiToken(email, admin);
    await staff.setDisabled(email, true, admin);
    expect(await staff.session(sessionId)).toBeUndefined();
    expect(await staff.tokenAccount(token)).toBeUndefined();
    expect(await staff.signIn(email, password, address)).toEqual({ ok: false, reason: 'disabled' });
    // Without the right password nothing tells the account apart from an unknown one.
    expect(await staff.signIn(email, 'wrong password!!', address)).toEqual({ ok: false, reason: 'invalid' });
    await expect(staff.issueApiToken(email, admin)).rejects.toThrow(/disabled/);

    await staff.setDisabled(email, false, admin);
    expect(await staff.session(sessionId)).toBeUndefined();
    expect(await staff.tokenAccount(token)).toBeUndefined();
    await signedIn(secret);
    expect(await staff.tokenAccount(await staff.issueApiToken(email, admin))).toBeDefined();
    expect((await actions()).filter((a) => a === 'staff.disable' || a === 'staff.enable')).toEqual([
      'staff.disable',
      'staff.enable',
    ]);
  });

  it('ends a waiting (password only) session when the account is disabled', async () => {
    const { secret } = await enrolled();
    advance(30_000);
    const first = await staff.signIn(email, password, address);
    if (!first.ok) throw new Error('password refused');
    await staff.setDisabled(email, true, admin);
    expect(await staff.secondFactor(first.sessionId, code(secret), address)).toEqual({ ok: false, reason: 'expired' });
  });

  it('opens a Teams session for an account, not for a disabled one', async () => {
    const { account } = await enrolled();
    const id = (await staff.openTeamsSession(account, address)) as string;
    expect((await staff.session(id))?.session).toMatchObject({ stage: 'active', kind: 'teams' });
    expect((await auditRows()).at(-1)).toMatchObject({ action: 'sign-in', via: 'teams', actorId: account.id });
    await staff.setDisabled(email, true, admin);
    expect(await staff.session(id)).toBeUndefined();
    // The account as the caller had it (not yet disabled) does not matter: the stored one does.
    expect(await staff.openTeamsSession(account, address)).toBeUndefined();
    expect((await auditRows()).at(-1)).toMatchObject({ action: 'sign-in.failed', detail: { reason: 'disabled' } });
  });
});

describe('API tokens', () => {
  it('issues a token shown once and stored hashed; each use is noted and audited', async () => {
    const { account } = await enrolled();
    const token = await staff.issueApiToken(email, admin);
    expect(token).toMatch(/^itk_[A-Za-z0-9_-]{43}$/);
    const rows = await database.rows('select * from api_tokens');
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain(token);
    expect(JSON.stringify(rows)).not.toContain(token.slice(4));

    advance(minute);
    const found = await staff.tokenAccount(token);
    expect(found?.account.id).toBe(account.id);
    const tokenId = found?.tokenId as string;
    expect((await store.reviewReads().listApiTokens(account.id))[0]).toMatchObject({
      id: tokenId,
      lastUsedAt: clock.toISOString(),
      expiresAt: new Date(start.getTime() + 90 * day).toISOString(),
      revokedAt: null,
    });
    await staff.tokenAccount(token);
    const uses = (await auditRows()).filter((row) => row.action === 'token.use');
    expect(uses).toHaveLength(2);
    expect(uses[0]).toMatchObject({ actorId: account.id, actorEmail: email, via: `token:${tokenId}` });
    expect((await auditRows()).find((row) => row.action === 'staff.token')).toMatchObject({
      actorId: admin.id,
      detail: { accountId: account.id, tokenId },
    });
  });

  it('lets a token expire after 90 days', async () => {
    await enrolled();
    const token = await staff.issueApiToken(email, admin);
    advance(90 * day - 1000);
    expect(await staff.tokenAccount(token)).toBeDefined();
    advance(1000);
    expect(await staff.tokenAccount(token)).toBeUndefined();
    expect((await auditRows()).at(-1)).toMatchObject({ action: 'token.refused', detail: { reason: 'expired' } });
  });

  it('revokes every token of an account', async () => {
    await enrolled();
    const other = await staff.addAccount('ben@practice.example', 'front-desk', admin);
    const a = await staff.issueApiToken(email, admin);
    const b = await staff.issueApiToken(email, admin);
    const c = await staff.issueApiToken(other.account.email, admin);
    expect(await staff.revokeApiTokens(email, admin)).toBe(2);
    expect(await staff.tokenAccount(a)).toBeUndefined();
    expect(await staff.tokenAccount(b)).toBeUndefined();
    expect((await staff.tokenAccount(c))?.account.email).toBe('ben@practice.example');
    expect(await staff.revokeApiTokens(email, admin)).toBe(0);
    expect((await auditRows()).filter((row) => row.action === 'staff.revoke-tokens').map((row) => row.detail)).toEqual([
      expect.objectContaining({ count: 2 }),
      expect.objectContaining({ count: 0 }),
    ]);
    await expect(staff.revokeApiTokens('nobody@practice.example', admin)).rejects.toThrow(/no account/);
  });

  it('refuses tokens it did not issue', async () => {
    await enrolled();
    const token = await staff.issueApiToken(email, admin);
    const before = (await auditRows()).length;
    for (const wrong of ['', token.slice(4), `${token}x`, `itk_${'A'.repeat(43)}`, `Bearer ${token}`]) {
      expect(await staff.tokenAccount(wrong)).toBeUndefined();
    }
    expect((await auditRows()).length).toBe(before);
    await expect(staff.issueApiToken('nobody@practice.example', admin)).rejects.toThrow(/no account/);
  });
});

describe('the audit log', () => {
  it('has a row for every sign-in, failure, change and token use, and no secret in any of them', async () => {
    const { setupToken, secret, recoveryCodes, sessionId, pending, account } = await enrolled();
    const secrets: string[] = [password, secret, setupToken, sessionId, pending, ...recoveryCodes];
    secrets.push(...recoveryCodes.map((c) => c.replace(/-/g, '')));

    await staff.signIn(email, 'a wrong password', address);
    advance(30_000);
    const first = await staff.signIn(email, password, address);
    if (!first.ok) throw new Error('password refused');
    secrets.push(first.sessionId);
    const wrong = wrongCode(secret, clock);
    await staff.secondFactor(first.sessionId, wrong, address);
    const used = code(secret);
    const done = await staff.secondFactor(first.sessionId, used, address);
    if (!done.ok) throw new Error('code refused');
    secrets.push(done.sessionId, used, wrong);
    const viaRecovery = await signInWithRecovery(recoveryCodes[3] as string);
    secrets.push(viaRecovery);
    await staff.signOut(done.sessionId, { id: account.id, email, via: 'session', address });

    const token = await staff.issueApiToken(email, admin);
    secrets.push(token);
    await staff.tokenAccount(token);
    await staff.revokeApiTokens(email, admin);
    await staff.tokenAccount(token);
    await staff.setRole(email, 'admin', admin);
    const resetLink = await staff.resetAccount(email, admin);
    secrets.push(resetLink);
    const afterReset = await staff.completeSetup(resetLink, 'the second password', address);
    secrets.push('the second password', afterReset as string);
    await staff.resetMfa(email, admin);
    await staff.setDisabled(email, true, admin);
    await staff.signIn(email, 'the second password', address);
    await staff.setDisabled(email, false, admin);
    const teams = await staff.openTeamsSession(account, null);
    secrets.push(teams as string);

    const rows = await auditRows();
    expect(rows.map((row) => row.action)).toEqual([
      'staff.add',
      'staff.setup',
      'staff.mfa-enrolled',
      'sign-in',
      'sign-in.failed',
      'sign-in.password',
      'sign-in.failed',
      'sign-in',
      'sign-in.password',
      'sign-in.recovery-code',
      'sign-in',
      'sign-out',
      'staff.token',
      'token.use',
      'staff.revoke-tokens',
      'token.refused',
      'staff.role',
      'staff.reset',
      'staff.setup',
      'staff.reset-mfa',
      'staff.disable',
      'sign-in.failed',
      'staff.enable',
      'sign-in',
    ]);
    for (const row of rows) expect(row.at).toMatch(/^2026-03-02T/);
    const sessionHashes = (await database.rows('select id_hash from staff_sessions')).map((r) => String(r.id_hash));
    expect(sessionHashes.length).toBeGreaterThan(0);
    const stored = JSON.stringify(await database.rows('select * from audit_log'));
    for (const value of [...secrets, ...sessionHashes]) {
      expect(value.length).toBeGreaterThan(5);
      expect(stored).not.toContain(value);
    }
    expect(stored).not.toContain('scrypt$');
    // Details hold ids, states and counts only.
    const allowed = ['accountId', 'role', 'tokenId', 'count', 'reason', 'step', 'locked'];
    for (const row of rows) {
      expect(Object.keys(row.detail).filter((key) => !allowed.includes(key))).toEqual([]);
      for (const value of Object.values(row.detail)) expect(['string', 'number', 'boolean']).toContain(typeof value);
    }
  });

  it('writes the audit row with its change, or neither', async () => {
    await staff.addAccount(email, 'clinician', admin);
    // A duplicate fails before any write: no account, no link, no audit row.
    await expect(staff.addAccount(email, 'admin', admin)).rejects.toThrow(StaffError);
    expect(await database.rows('select count(*) as n from staff_setup_tokens')).toEqual([{ n: 1 }]);
    expect(await actions()).toEqual(['staff.add']);
    // A change whose audit row cannot be written is rolled back with it.
    await database.exec(
      "create trigger no_reset before insert on audit_log when new.action = 'staff.reset' begin select raise(abort, 'no'); end",
    );
    await expect(staff.resetAccount(email, admin)).rejects.toThrow();
    expect(await database.rows('select count(*) as n from staff_setup_tokens')).toEqual([{ n: 1 }]);
  });
});

/** Password, then a recovery code in place of TOTP; the new session id. */
async function signInWithRecovery(recoveryCode: string): Promise<string> {
  const first = await staff.signIn(email, password, address);
  if (!first.ok) throw new Error('password refused');
  const done = await staff.secondFactor(first.sessionId, recoveryCode, address);
  if (!done.ok) throw new Error('recovery code refused');
  return done.sessionId;
}
