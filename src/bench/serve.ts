// One bot for the load benchmark, in its own process: `serve.ts echo|intake`, DATABASE_URL from the environment.
// Prints `{"port":N}` once listening, `{"cpuMicros":N}` on SIGUSR2; exits cleanly on SIGTERM (so `node --cpu-prof`
// writes its profile).
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
// The CPU time this process has used so far, on request: the load benchmark takes it at both ends of its measured
// time, a figure the other processes on a shared machine do not change as much as they change turns per second.
process.on('SIGUSR2', () => {
  const { user, system } = process.cpuUsage();
  process.stdout.write(`${JSON.stringify({ cpuMicros: user + system })}\n`);
});
process.on('SIGTERM', () => {
  running.close().finally(() => process.exit(0));
});
