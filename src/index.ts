// `npm start`: the composition root. Parses the environment and the practice settings, then starts the service.
import { noAlertChannelWarning } from './alerts/channels.js';
import { ConfigError, loadPracticeSettings, parseEnvironment } from './config.js';
import { createLogger } from './logging.js';
import { startService } from './server/service.js';

/** Who may post to /api/messages, said plainly at every start. */
const frontDoorNotice = {
  'bot-framework': 'The bot endpoint accepts Bot Framework-authenticated callers only.',
  loopback:
    'No bot credentials: the bot endpoint accepts unauthenticated activities from this machine only ' +
    '(loopback, no proxy headers), for the Emulator, scripts and tests. Never expose it like this.',
  closed: 'The bot endpoint accepts no outside callers: the built-in Direct Line is the only channel.',
} as const;

async function main(): Promise<void> {
  const env = parseEnvironment();
  const logger = createLogger(env.LOG_LEVEL);
  const practice = loadPracticeSettings(env.PRACTICE_CONFIG);
  const service = await startService(env, practice, logger);
  const alertChannels = service.alerts.configured;
  process.stdout.write(
    [
      `${practice.name} intake is running (${service.store.dialect} store).`,
      `  Demo practice page with the widget:    ${service.url}/`,
      `  Bot endpoint (Bot Framework Emulator): ${service.url}/api/messages`,
      `  Practice dashboard:                    ${service.url}/review`,
      `  Health:                                ${service.url}/healthz`,
      `  Crisis alerts go to:                   ${alertChannels.length > 0 ? alertChannels.join(', ') : 'nobody (see the warning)'}`,
      `  ${frontDoorNotice[service.frontDoor]}`,
      '',
    ].join('\n'),
  );
  if ((await service.staffAccounts()) === 0) {
    // No default password, ever: the first admin gets a one-time setup link from the command line.
    process.stdout.write(
      [
        'No dashboard account yet. Create the first admin (it prints a one-time setup link, valid 24 hours):',
        '  npm run --silent staff -- add --email you@example.org --role admin',
        '',
      ].join('\n'),
    );
  }
  // Loud, and at every start: a crisis alert nobody receives is the failure this product must not hide.
  if (alertChannels.length === 0) process.stderr.write(noAlertChannelWarning(service.alerts));
  const shutdown = (signal: string) => {
    logger.info({ signal }, 'shutting down');
    service.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  // Configuration problems name the setting; anything else is reported without internals.
  const message =
    error instanceof ConfigError
      ? error.message
      : `Could not start: ${(error as Error).name}: ${(error as Error).message}`;
  process.stderr.write(`${message}\n`);
  process.exit(1);
});
