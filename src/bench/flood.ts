// `npm run bench:flood`: floods the built-in Direct Line with large messages from many conversations and prints the
// server's memory as it goes, to show the Direct Line's memory stays bounded (figures, never a pass/fail).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadPracticeSettings, parseEnvironment } from '../config.js';
import { createLogger } from '../logging.js';
import { startService } from '../server/service.js';

const conversations = Number(process.env.FLOOD_CONVERSATIONS ?? 120);
const postsEach = Number(process.env.FLOOD_POSTS ?? 3);
const bodyBytes = 900_000;

const mb = (bytes: number) => `${(bytes / 1_048_576).toFixed(0)} MB`;

function memory(): string {
  (globalThis as { gc?: () => void }).gc?.();
  const { rss, heapUsed } = process.memoryUsage();
  return `rss ${mb(rss)}, heap ${mb(heapUsed)}`;
}

async function main(): Promise<void> {
  const env = parseEnvironment({
    ...process.env,
    PORT: '0',
    LOG_LEVEL: 'silent',
    DATABASE_URL: `sqlite:${join(mkdtempSync(join(tmpdir(), 'intake-flood-')), 'intake.db')}`,
    RATE_LIMIT_TOKENS: '0',
  });
  const service = await startService(env, loadPracticeSettings(env.PRACTICE_CONFIG), createLogger('silent'));
  const base = `http://127.0.0.1:${service.port}/v3/directline`;
  const text = 'the same long harmless paragraph about a busy week at work, again and again. '.repeat(
    Math.floor(bodyBytes / 80),
  );
  console.log(`flood: ${conversations} conversations x ${postsEach} posts of ${mb(text.length)} each`);
  console.log(`before: ${memory()}`);
  const started = performance.now();
  for (let c = 0; c < conversations; c++) {
    const grant = (await (await fetch(`${base}/tokens/generate`, { method: 'POST' })).json()) as {
      conversationId: string;
      token: string;
    };
    const headers = { authorization: `Bearer ${grant.token}`, 'content-type': 'application/json' };
    await fetch(`${base}/conversations`, { method: 'POST', headers, body: '{}' });
    for (let p = 0; p < postsEach; p++) {
      await fetch(`${base}/conversations/${grant.conversationId}/activities`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ type: 'message', text }),
      });
      // Typing activities are never kept: a flood of them costs nothing.
      await fetch(`${base}/conversations/${grant.conversationId}/activities`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ type: 'typing' }),
      });
    }
    if ((c + 1) % Math.max(1, Math.floor(conversations / 6)) === 0) {
      console.log(`after ${c + 1} conversations: ${memory()}`);
    }
  }
  console.log(`done in ${((performance.now() - started) / 1000).toFixed(1)} s: ${memory()}`);
  await service.close();
}

main().catch((error: unknown) => {
  console.error(`bench:flood failed: ${(error as Error).name}`);
  process.exit(1);
});
