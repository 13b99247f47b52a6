// One bot for the load benchmark, in its own process: `serve.ts echo|intake`, DATABASE_URL from the environment.
// Prints `{"port":N}` once listening; exits cleanly on SIGTERM (so `node --cpu-prof` writes its profile).
import { loadPracticeSettings, parseEnvironment } from '../config.js';
import { createLogger } from '../logging.js';
import { startService } from '../server/service.js';
import { startEchoBot } from './echo-bot.js';

const kind = process.argv[2];
const databaseUrl = process.env.DATABASE_URL ?? '';

async function start(): Promise<{ port: number; close(): Promise<void> }> {
  if (kind === 'echo') return startEchoBot(databaseUrl);
  if (kind !== 'intake') throw new Error('usage: serve.ts echo|intake');
  const env = parseEnvironment({
    ...process.env,
    NODE_ENV: 'development',
    PORT: '0',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent',
    DATABASE_URL: databaseUrl,
    // The benchmark measures the turn, not the limiter: per-conversation and per-user turn limits are off.
    RATE_LIMIT_TURNS: '0',
  });
  return startService(env, loadPracticeSettings(env.PRACTICE_CONFIG), createLogger(env.LOG_LEVEL));
}

const running = await start();
process.stdout.write(`${JSON.stringify({ port: running.port })}\n`);
process.on('SIGTERM', () => {
  running.close().finally(() => process.exit(0));
});
