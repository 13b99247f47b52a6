// `npm start`: the composition root. Parses the environment and the practice settings, then starts the service.
import { ConfigError, loadPracticeSettings, parseEnvironment } from './config.js';
import { createLogger } from './logging.js';
import { startService } from './server/service.js';

async function main(): Promise<void> {
  const env = parseEnvironment();
  const logger = createLogger(env.LOG_LEVEL);
  const practice = loadPracticeSettings(env.PRACTICE_CONFIG);
  const service = await startService(env, practice, logger);
  process.stdout.write(
    [
      `${practice.name} intake is running (${service.store.dialect} store).`,
      `  Chat widget demo:                      ${service.url}/`,
      `  Bot endpoint (Bot Framework Emulator): ${service.url}/api/messages`,
      `  Health:                                ${service.url}/healthz`,
      '',
    ].join('\n'),
  );
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
    error instanceof ConfigError || (error as Error).name === 'MissingCredentialsError'
      ? (error as Error).message
      : `Could not start: ${(error as Error).name}: ${(error as Error).message}`;
  process.stderr.write(`${message}\n`);
  process.exit(1);
});
