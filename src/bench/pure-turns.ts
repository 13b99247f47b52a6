// `node --cpu-prof --import tsx src/bench/pure-turns.ts [N]`: N whole intakes through the pure turn, no I/O, to
// profile the conversation's own cost and print its mean per turn.
import { performance } from 'node:perf_hooks';
import { defaultPracticeConfigPath, loadPracticeSettings } from '../config.js';
import { createConversationRuntime } from '../conversation/runtime.js';
import { runTurn, startConversation } from '../conversation/turn.js';
import { answerFor, readReplies, seededRandom } from './intake-answers.js';

const intakes = Number(process.argv[2] ?? 200);
const runtime = createConversationRuntime(loadPracticeSettings(defaultPracticeConfigPath));
const random = seededRandom(42);
let turns = 0;
const started = performance.now();
for (let i = 0; i < intakes; i++) {
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
const ms = performance.now() - started;
console.log(`${intakes} intakes, ${turns} turns, ${(ms / turns).toFixed(2)} ms per pure turn`);
