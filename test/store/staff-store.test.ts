// Staff accounts, setup links, sessions and API tokens as the store keeps them, on SQLite and (when TEST_DATABASE_URL
// is set) PostgreSQL: lookups, one-time uses that stay one-time when two requests race, and ends that end.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open-store.js';
import type { ApiToken, StaffSession } from '../../src/store/review-types.js';
import type { IntakeStore } from '../../src/store/types.js';
import { jan } from './review-fixtures.js';
import { postgresDatabase, postgresUrl, sqliteDatabase, type TestDatabase } from './targets.js';

const backends = [
  ['sqlite', sqliteDatabase, false],
  ['postgres', postgresDatabase, !postgresUrl],
] as const;

const session = (changes: Partial<StaffSession> = {}): StaffSession => ({
  accountId: 'a1',
  stage: 'active',
  csrf: 'csrf-1',
  kind: 'web',
  createdAt: jan(2),
  lastSeenAt: jan(2),
  expiresAt: jan(3),
  endedAt: null,
  ...changes,
});

const token = (id: string, createdAt: string): ApiToken => ({
  id,
  accountId: 'a1',
  createdAt,
  expiresAt: jan(30),
  revokedAt: null,
  lastUsedAt: null,
});

describe.each(backends)('staff store on %s', (_dialect, createDatabase, skip) => {
  describe.skipIf(skip)('', () => {
    let database: TestDatabase;
    let store: IntakeStore;
    const tx = () => store.reviewReads();

    beforeEach(async () => {
      database = await createDatabase();
      store = await openStore(database.url, { nameIndexKey: new Uint8Array(32) });
      await store.review(async (t) => {
        await t.createAccount({ id: 'a1', email: 'Ana@Practice.Example', role: 'clinician', at: jan(1) });
        await t.createAccount({ id: 'a2', email: 'bo@practice.example', role: 'front-desk', at: jan(1) });
      });
    });
    afterEach(async () => {
      await store.close();
      await database.drop();
    });

    describe('accounts', () => {
      it('finds an account by email in any case, lists them by email, and refuses the same email twice', async () => {
        expect(await tx().accountByEmail('ANA@practice.example')).toEqual({
          id: 'a1',
          email: 'ana@practice.example',
          role: 'clinician',
          hasPassword: false,
          totpEnrolled: false,
          recoveryCodesLeft: 0,
          entraObjectId: null,
          failedAttempts: 0,
          lockedUntil: null,
          disabledAt: null,
          createdAt: jan(1),
        });
        expect(await tx().accountById('a2')).toMatchObject({ email: 'bo@practice.example', role: 'front-desk' });
        expect(await tx().accountById('missing')).toBeUndefined();
        expect((await tx().listAccounts()).map((a) => a.id)).toEqual(['a1', 'a2']);
        await expect(
          store.review((t) => t.createAccount({ id: 'a3', email: 'ana@PRACTICE.example', role: 'admin', at: jan(2) })),
        ).rejects.toThrow();
        expect(await tx().listAccounts()).toHaveLength(2);
      });

      it('keeps secrets apart from the account: hashes in, flags out', async () => {
        expect(await tx().secrets('a1')).toEqual({ passwordHash: null, totpSecret: null, recoveryCodes: [] });
        await store.review(async (t) => {
          await t.setPassword('a1', 'scrypt$hash', jan(2));
          await t.setTotp('a1', 'JBSWY3DPEHPK3PXP', jan(2));
          await t.setRecoveryCodes('a1', ['h1', 'h2', 'h3'], jan(2));
          await t.setRole('a1', 'admin', jan(2));
          await t.setEntraObjectId('a1', 'entra-1', jan(2));
        });
        expect(await tx().secrets('a1')).toEqual({
          passwordHash: 'scrypt$hash',
          totpSecret: 'JBSWY3DPEHPK3PXP',
          recoveryCodes: ['h1', 'h2', 'h3'],
        });
        const account = await tx().accountByEntraId('entra-1');
        expect(account).toMatchObject({ id: 'a1', role: 'admin', hasPassword: true, totpEnrolled: true });
        expect(account?.recoveryCodesLeft).toBe(3);
        expect(JSON.stringify(account)).not.toContain('scrypt$hash');
        expect(await tx().secrets('missing')).toBeUndefined();
      });

      it('counts failures, locks until a time, clears both, and disables and enables', async () => {
        expect(await store.review((t) => t.noteFailure('a1', jan(2), null))).toBe(1);
        expect(await store.review((t) => t.noteFailure('a1', jan(2, 1), jan(2, 16)))).toBe(2);
        expect(await tx().accountById('a1')).toMatchObject({ failedAttempts: 2, lockedUntil: jan(2, 16) });
        await store.review((t) => t.clearFailures('a1', jan(3)));
        expect(await tx().accountById('a1')).toMatchObject({ failedAttempts: 0, lockedUntil: null });
        await store.review((t) => t.setDisabled('a1', jan(4)));
        expect((await tx().accountById('a1'))?.disabledAt).toBe(jan(4));
        await store.review((t) => t.setDisabled('a1', null));
        expect((await tx().accountById('a1'))?.disabledAt).toBeNull();
      });

      it('accepts each TOTP time step once and never an older one, even when two sign-ins race', async () => {
        await store.review((t) => t.setTotp('a1', 'JBSWY3DPEHPK3PXP', jan(2)));
        const accepted = await Promise.all([
          store.review((t) => t.acceptTotpStep('a1', 1000, jan(2))),
          store.review((t) => t.acceptTotpStep('a1', 1000, jan(2))),
        ]);
        expect(accepted.sort()).toEqual([false, true]);
        expect(await store.review((t) => t.acceptTotpStep('a1', 999, jan(2)))).toBe(false);
        expect(await store.review((t) => t.acceptTotpStep('a1', 1001, jan(2)))).toBe(true);
        // A new secret starts afresh.
        await store.review((t) => t.setTotp('a1', 'KRSXG5CTMVRXEZLU', jan(3)));
        expect(await store.review((t) => t.acceptTotpStep('a1', 5, jan(3)))).toBe(true);
      });

      it('uses a recovery code once, even when two sign-ins race with it', async () => {
        await store.review((t) => t.setRecoveryCodes('a1', ['h1', 'h2'], jan(2)));
        const used = await Promise.all([
          store.review((t) => t.useRecoveryCode('a1', 'h1', jan(3))),
          store.review((t) => t.useRecoveryCode('a1', 'h1', jan(3))),
        ]);
        expect(used.sort()).toEqual([false, true]);
        expect(await store.review((t) => t.useRecoveryCode('a1', 'nope', jan(3)))).toBe(false);
        expect((await tx().secrets('a1'))?.recoveryCodes).toEqual(['h2']);
      });
    });

    describe('setup links', () => {
      it('are used once (of two racing uses, one wins), expire, and end on a reset', async () => {
        await store.review(async (t) => {
          await t.addSetupToken('link-1', 'a1', jan(1), jan(2));
          await t.addSetupToken('link-2', 'a1', jan(1), jan(2));
          await t.addSetupToken('link-3', 'a2', jan(1), jan(2));
        });
        expect(await tx().setupToken('link-1', jan(1, 30), false)).toBe('a1');
        const uses = await Promise.all([
          store.review((t) => t.setupToken('link-1', jan(1, 30), true)),
          store.review((t) => t.setupToken('link-1', jan(1, 30), true)),
        ]);
        expect(uses.filter((u) => u === 'a1')).toHaveLength(1);
        expect(await tx().setupToken('link-1', jan(1, 31), false)).toBeUndefined();
        expect(await tx().setupToken('link-3', jan(2), false)).toBeUndefined();
        expect(await tx().setupToken('unknown', jan(1), false)).toBeUndefined();
        expect(await store.review((t) => t.endSetupTokens('a1', jan(1, 40)))).toBe(1);
        expect(await tx().setupToken('link-2', jan(1, 41), false)).toBeUndefined();
        expect(await tx().setupToken('link-3', jan(1, 41), false)).toBe('a2');
      });
    });

    describe('sessions', () => {
      it('are kept by the hash of their id, touched, and ended once', async () => {
        await store.review(async (t) => {
          await t.createSession('s1', session());
          await t.createSession('s2', session({ stage: 'password', kind: 'teams', csrf: 'csrf-2' }));
        });
        expect(await tx().session('s1')).toEqual(session());
        expect(await tx().session('s2')).toMatchObject({ stage: 'password', kind: 'teams' });
        expect(await tx().session('unknown')).toBeUndefined();
        await store.review((t) => t.touchSession('s1', jan(2, 5)));
        expect((await tx().session('s1'))?.lastSeenAt).toBe(jan(2, 5));
        await store.review((t) => t.endSession('s1', jan(2, 10)));
        await store.review((t) => t.endSession('s1', jan(2, 20)));
        expect((await tx().session('s1'))?.endedAt).toBe(jan(2, 10));
      });

      it("end all of an account's open sessions, and only its own", async () => {
        await store.review(async (t) => {
          for (const id of ['s1', 's2', 's3']) await t.createSession(id, session());
          await t.createSession('other', session({ accountId: 'a2' }));
          await t.endSession('s3', jan(2, 1));
        });
        expect(await store.review((t) => t.endAllSessions('a1', jan(2, 2)))).toBe(2);
        expect((await tx().session('s1'))?.endedAt).toBe(jan(2, 2));
        expect((await tx().session('s3'))?.endedAt).toBe(jan(2, 1));
        expect((await tx().session('other'))?.endedAt).toBeNull();
        expect(await store.review((t) => t.endAllSessions('a1', jan(2, 3)))).toBe(0);
      });
    });

    describe('API tokens', () => {
      it('are found by their hash, note each use, list oldest first and revoke once', async () => {
        await store.review(async (t) => {
          await t.addApiToken('hash-2', token('t2', jan(3)));
          await t.addApiToken('hash-1', token('t1', jan(2)));
          await t.addApiToken('hash-b', { ...token('tb', jan(2)), accountId: 'a2' });
        });
        expect(await tx().apiToken('hash-1')).toEqual(token('t1', jan(2)));
        expect(await tx().apiToken('t1')).toBeUndefined();
        await store.review((t) => t.useApiToken('t1', jan(4)));
        expect((await tx().apiToken('hash-1'))?.lastUsedAt).toBe(jan(4));
        expect((await tx().listApiTokens('a1')).map((t) => t.id)).toEqual(['t1', 't2']);
        expect(await store.review((t) => t.revokeApiTokens('a1', jan(5)))).toBe(2);
        expect(await store.review((t) => t.revokeApiTokens('a1', jan(6)))).toBe(0);
        expect((await tx().listApiTokens('a1')).map((t) => t.revokedAt)).toEqual([jan(5), jan(5)]);
        expect((await tx().apiToken('hash-b'))?.revokedAt).toBeNull();
        await expect(
          store.review((t) => t.addApiToken('hash-1', { ...token('t9', jan(7)), accountId: 'a2' })),
        ).rejects.toThrow();
      });
    });
  });
});
