// `node --cpu-prof --import tsx src/bench/pure-turns.ts [N] [WARMUP]`: N whole intakes through the pure turn, no I/O,
// to profile the conversation's own cost and print its mean per turn (after WARMUP intakes, 50 unless said, untimed:
// the first turns pay for the JIT and the caches filling, not for the turn).
import { performance } from 'node:perf_hooks';
import { defaultPracticeConfigPath, loadPracticeSettings } from '../config.js';
import { createConversationRuntime } from '../conversation/runtime.js';
import { runTurn, startConversation } from '../conversation/turn.js';
import { answerFor, readReplies, seededRandom } from './intake-answers.js';

const intakes = Number(process.argv[2] ?? 200);
const warmup = Number(process.argv[3] ?? 50);
const runtime = createConversationRuntime(loadPracticeSettings(defaultPracticeConfigPath));

/** Runs `count` whole intakes; returns how many turns they took. */
function runIntakes(count: number, seed: number): number {
  const random = seededRandom(seed);
  let turns = 0;
  for (let i = 0; i < count; i++) {
    const at = new Date().toISOString();
    let turn = startConversation(runtime, {
      recordId: `r${i}`,
      reference: 'BEN-CH1',
      channel: 'bench',
      locale: 'en-US',
      at,
    });
    for (let step = 0; step < 80; step++) {
      const { question } = readReplies(turn.messages.map((m) => ({ channelData: { intake: m.intake ?? undefined } })));
      if (!question) break;
      const answer = answerFor(question, random, i);
      const input =
        'text' in answer ? { text: answer.text } : { value: answer.value.answer, valueField: answer.value.field };
      turn = runTurn(runtime, turn.snapshot, { ...input, at: new Date().toISOString() });
      turns++;
    }
  }
  return turns;
}

runIntakes(warmup, 7);
const started = performance.now();
// CPU time, beside the wall clock: on a shared machine the wall clock also counts the other processes' turns.
const cpuBefore = process.cpuUsage();
const turns = runIntakes(intakes, 42);
const cpu = process.cpuUsage(cpuBefore);
const ms = performance.now() - started;
const cpuMs = (cpu.user + cpu.system) / 1000;
console.log(
  `${intakes} intakes, ${turns} turns, ${(ms / turns).toFixed(2)} ms per pure turn (${(cpuMs / turns).toFixed(2)} ms CPU)`,
);
