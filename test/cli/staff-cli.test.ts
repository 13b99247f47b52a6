// `npm run --silent staff`, run as an admin would at the server's terminal, against a temp SQLite database: what was
// asked for alone on stdout (a setup link, a token, the list), messages and errors on stderr with a non-zero exit.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Secret, TOTP } from 'otpauth';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StaffService } from '../../src/review/auth/staff-service.js';
import { openStore } from '../../src/store/open-store.js';
import type { IntakeStore } from '../../src/store/types.js';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** Each child starts tsx and opens the store; on a busy two-core machine that can take a while. */
const spawnTimeout = 90_000;
const testTimeout = 240_000;

const password = 'correct horse battery staple';

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

let dir: string;
let databaseUrl: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'staff-cli-'));
  databaseUrl = `sqlite:${join(dir, 'intake.db')}`;
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** `npm run --silent staff -- <args>` on the temp database. */
function staffCli(args: readonly string[], extraEnv: NodeJS.ProcessEnv = {}): Promise<Run> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: databaseUrl, ...extraEnv };
  if (!('PUBLIC_URL' in extraEnv)) delete env.PUBLIC_URL;
  delete env.SEARCH_INDEX_KEY;
  delete env.PORT;
  return new Promise((resolvePromise, reject) => {
    const child = spawn('npm', ['run', '--silent', 'staff', '--', ...args], {
      cwd: projectRoot,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`staff ${args.join(' ')} took longer than ${spawnTimeout} ms\nstderr: ${stderr}`));
    }, spawnTimeout);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (status) => {
      clearTimeout(timer);
      resolvePromise({ status, stdout, stderr });
    });
  });
}

/** The one line on stdout of a successful run, checked to be exactly one line. */
function oneLine(run: Run): string {
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  expect(run.stdout).toMatch(/^[^\n]+\n$/);
  return run.stdout.trimEnd();
}

/** A failed run: nothing on stdout, the message on stderr. */
function failure(run: Run, status = 1): string {
  expect(run.stdout).toBe('');
  expect(run.status).toBe(status);
  expect(run.stderr).not.toBe('');
  return run.stderr;
}

/** The store the CLI wrote to, opened here for a moment. */
async function withStore<T>(work: (store: IntakeStore) => Promise<T>): Promise<T> {
  const store = await openStore(databaseUrl);
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

const withStaff = <T>(work: (staff: StaffService) => Promise<T>) => withStore((store) => work(new StaffService(store)));

/** Every audit row, oldest first. */
const auditRows = () => withStore(async (store) => (await store.reviewReads().auditLog({ limit: 1000 })).reverse());

const tokenOf = (link: string) => /\/review\/setup\/([A-Za-z0-9_-]{43})$/.exec(link)?.[1] ?? '';

/** Password and TOTP enrolment through a setup link, as the dashboard does it; the secrets handed out. */
async function completeSetup(link: string) {
  return withStaff(async (staff) => {
    const pending = await staff.completeSetup(tokenOf(link), password, '127.0.0.1');
    if (!pending) throw new Error('setup link refused');
    const secret = staff.newEnrolment();
    const code = new TOTP({ algorithm: 'SHA1', digits: 6, period: 30, secret: Secret.fromBase32(secret) }).generate();
    const done = await staff.secondFactor(pending, code, '127.0.0.1', secret);
    if (!done.ok) throw new Error('enrolment refused');
    return { secret, sessionId: done.sessionId, recoveryCodes: done.recoveryCodes ?? [] };
  });
}

describe('npm run staff', () => {
  it(
    'add prints one setup link alone, for the account; the link sets the account up',
    async () => {
      const link = oneLine(await staffCli(['add', '--email', 'Ana@Practice.example', '--role', 'clinician']));
      expect(link).toMatch(/^http:\/\/localhost:3978\/review\/setup\/[A-Za-z0-9_-]{43}$/);
      const account = await withStaff((staff) => staff.setupAccount(tokenOf(link)));
      expect(account).toMatchObject({ email: 'ana@practice.example', role: 'clinician', hasPassword: false });

      const public_ = oneLine(
        await staffCli(['add', '--email', 'ben@practice.example', '--role', 'front-desk'], {
          PUBLIC_URL: 'https://intake.practice.example/',
        }),
      );
      expect(public_).toMatch(/^https:\/\/intake\.practice\.example\/review\/setup\/[A-Za-z0-9_-]{43}$/);

      await completeSetup(link);
      // Used once: the same link no longer works.
      expect(await withStaff((staff) => staff.setupAccount(tokenOf(link)))).toBeUndefined();
      const rows = await auditRows();
      expect(rows.slice(0, 2)).toEqual([
        expect.objectContaining({ action: 'staff.add', via: 'cli', actorId: null, detail: expect.any(Object) }),
        expect.objectContaining({ action: 'staff.add', via: 'cli' }),
      ]);
      expect(JSON.stringify(rows)).not.toContain(tokenOf(link));
      expect(JSON.stringify(rows)).not.toContain(tokenOf(public_));
    },
    testTimeout,
  );

  it(
    'token prints one bearer token alone, which the API accepts for that account',
    async () => {
      oneLine(await staffCli(['add', '--email', 'ana@practice.example', '--role', 'admin']));
      const token = oneLine(await staffCli(['token', '--email', 'ana@practice.example']));
      expect(token).toMatch(/^itk_[A-Za-z0-9_-]{43}$/);
      const found = await withStaff((staff) => staff.tokenAccount(token));
      expect(found?.account).toMatchObject({ email: 'ana@practice.example', role: 'admin' });

      const revoked = await staffCli(['revoke-tokens', '--email', 'ana@practice.example']);
      expect(revoked).toMatchObject({ status: 0, stdout: '' });
      expect(revoked.stderr).toMatch(/1 token\(s\) revoked/);
      expect(await withStaff((staff) => staff.tokenAccount(token))).toBeUndefined();
    },
    testTimeout,
  );

  it(
    'list shows each account, role and state, and no secret',
    async () => {
      const link = oneLine(await staffCli(['add', '--email', 'ana@practice.example', '--role', 'clinician']));
      const pendingLink = oneLine(await staffCli(['add', '--email', 'ben@practice.example', '--role', 'front-desk']));
      const { secret, sessionId, recoveryCodes } = await completeSetup(link);
      const token = oneLine(await staffCli(['token', '--email', 'ana@practice.example']));

      const run = await staffCli(['list']);
      expect(run).toMatchObject({ status: 0, stderr: '' });
      expect(run.stdout).toBe(
        'ana@practice.example\tclinician\tactive\t10 recovery codes\n' +
          'ben@practice.example\tfront-desk\tsetup pending\t0 recovery codes\n',
      );
      for (const value of [password, secret, sessionId, token, tokenOf(link), tokenOf(pendingLink), ...recoveryCodes]) {
        expect(run.stdout).not.toContain(value);
      }
      expect(run.stdout).not.toContain('scrypt');

      expect(failure(await staffCli(['disable', '--email', 'ben@practice.example']), 0)).toMatch(/disabled/);
      expect((await staffCli(['list'])).stdout).toContain('ben@practice.example\tfront-desk\tdisabled\t');
    },
    testTimeout,
  );

  it(
    'reset prints one new setup link alone, ends every session, and replaces the old link',
    async () => {
      const link = oneLine(await staffCli(['add', '--email', 'ana@practice.example', '--role', 'clinician']));
      const unused = oneLine(await staffCli(['reset', '--email', 'ana@practice.example']));
      const { sessionId } = await completeSetup(unused);
      expect(await withStaff((staff) => staff.session(sessionId))).toBeDefined();

      const fresh = oneLine(await staffCli(['reset', '--email', 'ana@practice.example']));
      expect(fresh).toMatch(/^http:\/\/localhost:3978\/review\/setup\/[A-Za-z0-9_-]{43}$/);
      expect(new Set([link, unused, fresh]).size).toBe(3);
      await withStaff(async (staff) => {
        expect(await staff.session(sessionId)).toBeUndefined();
        expect(await staff.setupAccount(tokenOf(link))).toBeUndefined();
        expect(await staff.setupAccount(tokenOf(unused))).toBeUndefined();
        expect((await staff.setupAccount(tokenOf(fresh)))?.email).toBe('ana@practice.example');
        expect((await staff.signIn('ana@practice.example', password, null)).ok).toBe(false);
      });
    },
    testTimeout,
  );

  it(
    'disable ends sessions and tokens, reset-mfa clears TOTP; messages go to stderr',
    async () => {
      const link = oneLine(await staffCli(['add', '--email', 'ana@practice.example', '--role', 'clinician']));
      const { sessionId } = await completeSetup(link);
      const token = oneLine(await staffCli(['token', '--email', 'ana@practice.example']));

      const mfa = await staffCli(['reset-mfa', '--email', 'ana@practice.example']);
      expect(failure(mfa, 0)).toMatch(/TOTP and recovery codes cleared/);
      expect((await staffCli(['list'])).stdout).toContain('\tMFA pending\t0 recovery codes');
      expect(await withStaff((staff) => staff.session(sessionId))).toBeUndefined();

      expect(failure(await staffCli(['disable', '--email', 'ana@practice.example']), 0)).toMatch(/disabled/);
      await withStaff(async (staff) => {
        expect(await staff.tokenAccount(token)).toBeUndefined();
        expect(await staff.signIn('ana@practice.example', password, null)).toEqual({ ok: false, reason: 'disabled' });
      });
      expect(failure(await staffCli(['token', '--email', 'ana@practice.example']))).toMatch(/disabled/);
      expect(failure(await staffCli(['enable', '--email', 'ana@practice.example']), 0)).toMatch(/enabled/);
      expect((await withStaff((staff) => staff.signIn('ana@practice.example', password, null))).ok).toBe(true);
    },
    testTimeout,
  );

  it(
    'refuses an unknown email, a bad role, a duplicate email and a missing email, on stderr with exit 1',
    async () => {
      oneLine(await staffCli(['add', '--email', 'ana@practice.example', '--role', 'clinician']));

      expect(failure(await staffCli(['add', '--email', 'ANA@practice.example', '--role', 'admin']))).toBe(
        'an account for ANA@practice.example exists already\n',
      );
      expect(failure(await staffCli(['add', '--email', 'ben@practice.example', '--role', 'boss']))).toBe(
        '--role must be one of admin, clinician, front-desk\n',
      );
      expect(failure(await staffCli(['add', '--email', 'ben@practice.example']))).toMatch(/--role must be one of/);
      expect(failure(await staffCli(['token', '--email', 'nobody@practice.example']))).toBe(
        'no account for nobody@practice.example\n',
      );
      expect(failure(await staffCli(['reset', '--email', 'nobody@practice.example']))).toBe(
        'no account for nobody@practice.example\n',
      );
      expect(failure(await staffCli(['disable', '--email', 'nobody@practice.example']))).toMatch(/no account for/);
      expect(failure(await staffCli(['token', '--email', 'not-an-email']))).toBe('--email must be an email address\n');
      expect(failure(await staffCli(['reset']))).toBe('--email must be an email address\n');

      // Nothing was added or changed by the refusals.
      const list = await staffCli(['list']);
      expect(list.stdout).toBe('ana@practice.example\tclinician\tsetup pending\t0 recovery codes\n');
      expect((await auditRows()).map((row) => row.action)).toEqual(['staff.add']);
    },
    testTimeout,
  );

  it(
    'link-entra links the Microsoft account Teams signs in with, audited; a bad id is refused',
    async () => {
      await staffCli(['add', '--email', 'ana@practice.example', '--role', 'clinician']);
      const objectId = '0b0b0b0b-1111-4222-8333-444444444444';
      const linked = await staffCli(['link-entra', '--email', 'ana@practice.example', '--object-id', objectId]);
      expect(linked).toMatchObject({ status: 0, stdout: '' });
      const account = await withStaff((staff) => staff.accountForEntra({ objectId }));
      expect(account?.email).toBe('ana@practice.example');
      expect(failure(await staffCli(['link-entra', '--email', 'ana@practice.example', '--object-id', 'x']))).toMatch(
        /--object-id must be/,
      );
      const unlinked = await staffCli(['unlink-entra', '--email', 'ana@practice.example']);
      expect(unlinked.status).toBe(0);
      expect(await withStaff((staff) => staff.accountForEntra({ objectId }))).toBeUndefined();
      expect((await auditRows()).map((row) => row.action)).toEqual(
        expect.arrayContaining(['staff.entra-link', 'staff.entra-unlink']),
      );
    },
    testTimeout,
  );

  it(
    'shows the usage for an unknown command or option, with exit 2',
    async () => {
      expect(failure(await staffCli(['frobnicate']), 2)).toMatch(/^Usage: npm run --silent staff -- <command>/);
      const option = failure(await staffCli(['list', '--verbose']), 2);
      expect(option).toMatch(/Unknown option '--verbose'/);
      expect(option).toMatch(/Usage:/);
    },
    testTimeout,
  );
});
