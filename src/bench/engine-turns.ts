// `npx tsx src/bench/engine-turns.ts [INTAKES] [CONCURRENT]`: whole intakes through the durable turn (engine + SQLite
// store, synchronous=FULL, group commit) without HTTP or botbuilder, printing the CPU time per turn: the turn's own
// cost, which the other processes on a shared machine change far less than they change turns per second.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { renderActivities } from '../bot/intake-bot.js';
import { defaultPracticeConfigPath, loadPracticeSettings } from '../config.js';
import { createConversationRuntime } from '../conversation/runtime.js';
import { CrisisFallbackLog } from '../engine/crisis-fallback.js';
import { TurnEngine } from '../engine/turn-engine.js';
import { createLogger } from '../logging.js';
import { openStore } from '../store/open-store.js';
import { answerFor, readReplies, seededRandom } from './intake-answers.js';

const intakes = Number(process.argv[2] ?? 200);
const concurrent = Number(process.argv[3] ?? 10);
const dir = mkdtempSync(join(tmpdir(), 'bench-engine-'));
const store = await openStore(`sqlite:${join(dir, 'intake.db')}`, { nameIndexKey: new Uint8Array(32) });
const runtime = createConversationRuntime(loadPracticeSettings(defaultPracticeConfigPath));
const engine = new TurnEngine({
  store,
  runtime,
  logger: createLogger('silent'),
  render: renderActivities,
  fallback: new CrisisFallbackLog(join(dir, 'fallback.jsonl')),
});

/** One person's whole intake, turn after turn; returns how many turns it took. */
async function intake(index: number, random: () => number): Promise<number> {
  const base = { key: `bench:${index}`, channel: 'directline', userId: `u${index}`, locale: 'en-US' };
  let sequence = 0;
  const send = (fields: { kind: 'join' | 'message'; text?: string; value?: unknown; valueField?: string }) =>
    engine.handle({ ...base, ...fields, activityId: `a${++sequence}`, at: new Date().toISOString() });
  let replies = readReplies(await send({ kind: 'join' }));
  let turns = 1;
  while (replies.question && turns < 80) {
    const answer = answerFor(replies.question, random, index);
    const fields =
      'text' in answer
        ? { text: answer.text }
        : { text: '', value: answer.value.answer, valueField: answer.value.field };
    replies = readReplies(await send({ kind: 'message', ...fields }));
    turns++;
  }
  return turns;
}

/** `count` intakes, `concurrent` at a time (their commits meet in the group commit as the server's do). */
async function runIntakes(first: number, count: number): Promise<number> {
  const random = seededRandom(first + 1);
  let next = first;
  let turns = 0;
  await Promise.all(
    Array.from({ length: concurrent }, async () => {
      while (next < first + count) {
        const taken = await intake(next++, random);
        turns += taken;
      }
    }),
  );
  return turns;
}

await runIntakes(0, 30);
const started = performance.now();
const cpuBefore = process.cpuUsage();
const turns = await runIntakes(1000, intakes);
const cpu = process.cpuUsage(cpuBefore);
const ms = performance.now() - started;
const cpuMs = (cpu.user + cpu.system) / 1000;
console.log(
  `${intakes} intakes, ${turns} turns, ${(ms / turns).toFixed(2)} ms per turn, ${(cpuMs / turns).toFixed(2)} ms CPU per turn`,
);
await store.close();
rmSync(dir, { recursive: true, force: true });
