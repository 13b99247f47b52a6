// `npm run --silent staff -- <command>`: dashboard accounts from the server's own terminal. Whoever runs it already
// holds the server, so it needs no sign-in; every change is audited as done from the CLI. Only what was asked for goes
// to stdout (a setup link, a token, the list); messages go to stderr.
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { environment } from '../config.js';
import { cliActor, StaffError, StaffService } from '../review/auth/staff-service.js';
import { setupLink } from '../review/links.js';
import { openStore } from '../store/open-store.js';
import { staffRoles } from '../store/review-types.js';

const usage = [
  'Usage: npm run --silent staff -- <command>',
  '  add --email E --role admin|clinician|front-desk   prints a one-time setup link (valid 24 h)',
  '  token --email E                                    prints a bearer API token (90 days)',
  '  list                                               lists the accounts',
  '  disable --email E | enable --email E               ends sessions and tokens / allows sign-in again',
  '  reset --email E                                    a new setup link; all sessions end',
  '  reset-mfa --email E                                clears TOTP and recovery codes; all sessions end',
  '  revoke-tokens --email E                            revokes every API token of the account',
  '  link-entra --email E --object-id OID               links the Microsoft (Entra ID) account for Teams',
  '  unlink-entra --email E                             removes that link',
].join('\n');

const entraObjectId = z.string().regex(/^[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}$/);

const email = z.email();

async function run(
  command: string,
  values: { email?: string | undefined; role?: string | undefined; 'object-id'?: string | undefined },
) {
  const env = environment();
  const needEmail = () => {
    const parsed = email.safeParse(values.email);
    if (!parsed.success) throw new StaffError('--email must be an email address');
    return parsed.data;
  };
  const store = await openStore(env.DATABASE_URL);
  const staff = new StaffService(store);
  try {
    switch (command) {
      case 'add': {
        const role = z.enum(staffRoles).safeParse(values.role);
        if (!role.success) throw new StaffError(`--role must be one of ${staffRoles.join(', ')}`);
        const { setupToken } = await staff.addAccount(needEmail(), role.data, cliActor);
        process.stdout.write(`${setupLink(env, setupToken)}\n`);
        return 0;
      }
      case 'token':
        process.stdout.write(`${await staff.issueApiToken(needEmail(), cliActor)}\n`);
        return 0;
      case 'list': {
        for (const a of await staff.list()) {
          const state = a.disabledAt
            ? 'disabled'
            : !a.hasPassword
              ? 'setup pending'
              : !a.totpEnrolled
                ? 'MFA pending'
                : 'active';
          process.stdout.write(`${a.email}\t${a.role}\t${state}\t${a.recoveryCodesLeft} recovery codes\n`);
        }
        return 0;
      }
      case 'disable':
      case 'enable':
        await staff.setDisabled(needEmail(), command === 'disable', cliActor);
        process.stderr.write(`${values.email}: ${command}d.\n`);
        return 0;
      case 'reset':
        process.stdout.write(`${setupLink(env, await staff.resetAccount(needEmail(), cliActor))}\n`);
        return 0;
      case 'reset-mfa':
        await staff.resetMfa(needEmail(), cliActor);
        process.stderr.write(`${values.email}: TOTP and recovery codes cleared; the next sign-in enrols again.\n`);
        return 0;
      case 'revoke-tokens': {
        const count = await staff.revokeApiTokens(needEmail(), cliActor);
        process.stderr.write(`${values.email}: ${count} token(s) revoked.\n`);
        return 0;
      }
      case 'link-entra': {
        const objectId = entraObjectId.safeParse(values['object-id']);
        if (!objectId.success) throw new StaffError('--object-id must be the Entra object id (a GUID)');
        await staff.setEntraObjectId(needEmail(), objectId.data, cliActor);
        process.stderr.write(`${values.email}: linked to that Microsoft account (Teams sign-in and alerts).\n`);
        return 0;
      }
      case 'unlink-entra':
        await staff.setEntraObjectId(needEmail(), null, cliActor);
        process.stderr.write(`${values.email}: no Microsoft account linked.\n`);
        return 0;
      default:
        process.stderr.write(`${usage}\n`);
        return 2;
    }
  } finally {
    await store.close();
  }
}

const parseArguments = () =>
  parseArgs({
    allowPositionals: true,
    options: { email: { type: 'string' }, role: { type: 'string' }, 'object-id': { type: 'string' } },
  });

async function main(): Promise<number> {
  let parsed: ReturnType<typeof parseArguments>;
  try {
    parsed = parseArguments();
  } catch (error) {
    // An unknown option or one without its value: say which, and how the commands go.
    process.stderr.write(`${(error as Error).message}\n${usage}\n`);
    return 2;
  }
  const { positionals, values } = parsed;
  try {
    return await run(positionals[0] ?? '', values);
  } catch (error) {
    if (error instanceof StaffError) {
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`staff: ${(error as Error).name}: ${(error as Error).message}\n`);
    process.exitCode = 1;
  },
);
