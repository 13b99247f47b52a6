// `npm run chat`: the intake in a terminal, over the same turn as the bot, with no server and no store.
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { environment, loadPracticeSettings } from '../config.js';
import type { BotMessage } from '../conversation/prompt-model.js';
import { createConversationRuntime } from '../conversation/runtime.js';
import { runTurn, startConversation, type TurnResult } from '../conversation/turn.js';
import { newRecordId, newReference } from '../record/reference.js';

const { values } = parseArgs({
  options: { locale: { type: 'string' }, jsonl: { type: 'boolean', default: false } },
  allowPositionals: false,
});

const practice = loadPracticeSettings(environment().PRACTICE_CONFIG);
const runtime = createConversationRuntime(practice);
const locale = values.locale ?? Intl.DateTimeFormat().resolvedOptions().locale ?? practice.defaultLanguage;
const interactive = process.stdin.isTTY && !values.jsonl;

function show(message: BotMessage): void {
  if (values.jsonl) {
    process.stdout.write(`${JSON.stringify({ text: message.text, intake: message.intake })}\n`);
    return;
  }
  const lines = [message.text];
  const choices = message.intake?.step ? (message.intake.choices ?? []) : [];
  // On a scale the number typed is the score itself, so the list shows the scores.
  const isScale = message.intake?.input === 'scale';
  choices.forEach((choice, i) => {
    lines.push(`  ${isScale ? choice.value : i + 1}. ${choice.title}`);
  });
  process.stdout.write(`${lines.join('\n')}\n\n`);
}

let turn: TurnResult = startConversation(runtime, {
  recordId: newRecordId(),
  reference: newReference(),
  channel: 'terminal',
  locale,
  at: new Date().toISOString(),
});
turn.messages.forEach(show);

const finishedStates = ['"submitted"'];
const isFinished = (result: TurnResult) => finishedStates.some((s) => result.state.includes(s));

function end(): void {
  if (values.jsonl) process.stdout.write(`${JSON.stringify({ record: turn.record })}\n`);
  else process.stdout.write(`Record:\n${JSON.stringify(turn.record, null, 2)}\n`);
  process.exit(0);
}

const input = createInterface({
  input: process.stdin,
  ...(interactive ? { output: process.stdout } : {}),
  terminal: interactive,
});
if (interactive) {
  input.setPrompt('> ');
  input.prompt();
}
input.on('line', (line) => {
  turn = runTurn(runtime, turn.snapshot, { text: line, at: new Date().toISOString() });
  turn.messages.forEach(show);
  if (isFinished(turn)) {
    input.close();
    return;
  }
  if (interactive) input.prompt();
});
input.on('close', end);
