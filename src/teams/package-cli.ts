// `npm run --silent teams:package [-- --app staff|intake]`: fills a Teams app manifest from the environment, validates
// it offline, writes the zip under appPackage/build/ (or `--out DIR`) and prints the zip's path alone on stdout.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { ConfigError, loadPracticeSettings, parseEnvironment } from '../config.js';
import { teamsApps } from './manifest.js';
import { ManifestInvalidError, writePackage } from './package.js';

const projectRoot = resolve(import.meta.dirname, '../..');
const outputFolder = resolve(projectRoot, 'appPackage/build');

const argumentsSchema = z.object({ app: z.enum(teamsApps).default('staff'), out: z.string().min(1).optional() });
// Any GUID, as Entra and the manifest schema take them (zod's uuid() insists on RFC 9562 variants).
const guidMessage = 'MicrosoftAppId: set it to the bot registration’s application (client) id (a GUID)';
const guid = z
  .string({ error: guidMessage })
  .regex(/^[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}$/, { error: guidMessage });
const httpsUrl = z.url({
  protocol: /^https$/,
  error: 'PUBLIC_URL: Teams loads the tab and the bot only over https; set it to https://your-host',
});

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { app: { type: 'string' }, out: { type: 'string' } }, strict: true });
  const args = argumentsSchema.safeParse(values);
  if (!args.success)
    throw new ConfigError(`--app: use one of ${teamsApps.join(', ')} (and --out DIR for another folder)`);
  const env = parseEnvironment();
  const botAppId = guid.safeParse(env.MicrosoftAppId);
  if (!botAppId.success) throw new ConfigError(botAppId.error.issues[0]?.message ?? 'MicrosoftAppId');
  const publicUrl = httpsUrl.safeParse(env.PUBLIC_URL);
  if (!publicUrl.success) throw new ConfigError(publicUrl.error.issues[0]?.message ?? 'PUBLIC_URL');
  const practice = loadPracticeSettings(env.PRACTICE_CONFIG);
  const { version } = JSON.parse(readFileSync(resolve(projectRoot, 'package.json'), 'utf8')) as { version: string };
  const path = await writePackage(args.data.out ? resolve(args.data.out) : outputFolder, {
    app: args.data.app,
    botAppId: botAppId.data,
    publicUrl: publicUrl.data,
    practice,
    version,
  });
  process.stdout.write(`${path}\n`);
}

main().catch((error: unknown) => {
  const known = error instanceof ConfigError || error instanceof ManifestInvalidError;
  process.stderr.write(`${known ? (error as Error).message : `Could not package: ${(error as Error).message}`}\n`);
  process.exit(1);
});
