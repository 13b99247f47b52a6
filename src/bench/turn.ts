// `npm run bench:turn`: figures for one turn — the pure turn in memory, and a whole turn over HTTP on SQLite.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { defaultPracticeConfigPath, loadPracticeSettings, parseEnvironment } from '../config.js';
import { createConversationRuntime } from '../conversation/runtime.js';
import { runTurn, startConversation } from '../conversation/turn.js';
import { createLogger } from '../logging.js';
import { startService } from '../server/service.js';

const script = [
  ...['start', 'yes', 'myself', 'skip', 'skip', '25-34', 'US', 'MA', 'mostly anxiety and some sleep stuff', 'skip'],
  ...['never', 'no', '0', '1', '1', '0', 'skip', 'Feel calmer', 'video', 'weekends', 'skip', 'skip', 'skip'],
  ...['self-pay', 'no', 'no', 'no', 'no', 'Alex', 'skip', 'alex@example.com', '617 555 0142', 'email', 'no', 'no'],
  ...['skip', 'submit'],
];

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
const report = (label: string, samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  const mean = samples.reduce((a, b) => a + b, 0) / samples.length;
  console.log(
    `${label.padEnd(34)} ${String(samples.length).padStart(5)} turns  mean ${mean.toFixed(2)} ms  p50 ${percentile(sorted, 0.5).toFixed(2)} ms  p95 ${percentile(sorted, 0.95).toFixed(2)} ms`,
  );
};

const practice = loadPracticeSettings(defaultPracticeConfigPath);
const runtime = createConversationRuntime(practice);
const pure: number[] = [];
for (let i = 0; i < 30; i++) {
  let turn = startConversation(runtime, {
    recordId: `r${i}`,
    reference: 'BEN-CH1',
    channel: 'bench',
    locale: 'en-US',
    at: new Date().toISOString(),
  });
  for (const text of script) {
    const started = performance.now();
    turn = runTurn(runtime, turn.snapshot, { text, at: new Date().toISOString() });
    pure.push(performance.now() - started);
  }
}
report('pure turn (detector..record)', pure);

const databaseUrl = `sqlite:${join(mkdtempSync(join(tmpdir(), 'bench-')), 'intake.db')}`;
const env = parseEnvironment({ NODE_ENV: 'development', PORT: '0', LOG_LEVEL: 'silent', DATABASE_URL: databaseUrl });
const service = await startService(env, practice, createLogger('silent'));
const http: number[] = [];
let sequence = 0;
for (let i = 0; i < 10; i++) {
  const conversation = { id: `bench-${i}` };
  for (const text of script) {
    const started = performance.now();
    const response = await fetch(`http://127.0.0.1:${service.port}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message',
        id: `m${++sequence}`,
        channelId: 'directline',
        serviceUrl: 'http://127.0.0.1:9/',
        conversation,
        from: { id: 'bench-user' },
        recipient: { id: 'bot' },
        locale: 'en-US',
        text,
        deliveryMode: 'expectReplies',
      }),
    });
    await response.text();
    http.push(performance.now() - started);
  }
}
report('HTTP turn, SQLite commit (expectReplies)', http);
await service.close();
