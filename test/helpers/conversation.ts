// Test helpers: the default practice's runtime and a person typing a conversation line by line.
import { defaultPracticeConfigPath, loadPracticeSettings, type PracticeSettings } from '../../src/config.js';
import type { BotMessage } from '../../src/conversation/prompt-model.js';
import { type ConversationRuntime, createConversationRuntime } from '../../src/conversation/runtime.js';
import { runTurn, startConversation, type TurnResult } from '../../src/conversation/turn.js';

export const defaultPractice = loadPracticeSettings(defaultPracticeConfigPath);
export const defaultRuntime = createConversationRuntime(defaultPractice);

export function runtimeWith(changes: Partial<PracticeSettings>): ConversationRuntime {
  return createConversationRuntime({ ...defaultPractice, ...changes });
}

let clock = Date.parse('2026-11-28T10:00:00.000Z');
const tick = () => {
  clock += 1000;
  return new Date(clock).toISOString();
};

/** A conversation a test drives: say() types a line, tap() sends a value as a button or card would. */
export class Conversation {
  turn: TurnResult;
  readonly transcript: string[] = [];

  constructor(
    readonly runtime: ConversationRuntime = defaultRuntime,
    locale = 'en-US',
  ) {
    this.turn = startConversation(runtime, {
      recordId: '00000000-0000-4000-8000-000000000001',
      reference: 'TST-123',
      channel: 'test',
      locale,
      at: tick(),
    });
    this.log();
  }

  private log() {
    for (const m of this.turn.messages) this.transcript.push(`bot: ${m.text}`);
  }

  say(text: string): BotMessage[] {
    this.transcript.push(`user: ${text}`);
    this.turn = runTurn(this.runtime, this.turn.snapshot, { text, at: tick() });
    this.log();
    return this.turn.messages;
  }

  tap(value: unknown): BotMessage[] {
    this.transcript.push(`user taps: ${JSON.stringify(value)}`);
    this.turn = runTurn(this.runtime, this.turn.snapshot, { value, at: tick() });
    this.log();
    return this.turn.messages;
  }

  /** Types each line in order. */
  sayAll(lines: readonly string[]): this {
    for (const line of lines) this.say(line);
    return this;
  }

  /**
   * Answers whatever is asked from a script keyed by field, until the intake is sent. `tap` sends choice values as a
   * button or card would (typed fields and "skip" are still typed); `onTurn` sees the record after every turn.
   */
  completeWith(script: Readonly<Record<string, string>>, how: 'say' | 'tap' = 'say', onTurn?: () => void) {
    for (let turn = 0; turn < 120 && this.record.status !== 'submitted'; turn++) {
      const prompt = this.prompt;
      const field = prompt?.field;
      if (!field) throw new Error(`no question after:\n${this.transcript.slice(-4).join('\n')}`);
      const answer = script[field];
      if (answer === undefined) throw new Error(`no scripted answer for ${field}:\n${this.text}`);
      const typed = how === 'say' || answer === 'skip' || ['text', 'email', 'phone'].includes(prompt.input ?? '');
      if (typed) this.say(answer);
      else this.tap(prompt.input === 'multiChoice' ? answer.split(',') : answer);
      onTurn?.();
    }
    if (this.record.status !== 'submitted') throw new Error(`not submitted:\n${this.transcript.slice(-6).join('\n')}`);
    return this.record;
  }

  get messages() {
    return this.turn.messages;
  }
  get prompt() {
    return this.turn.messages.findLast((m) => m.intake?.step)?.intake ?? undefined;
  }
  get field() {
    return this.prompt?.field;
  }
  get record() {
    return this.turn.record;
  }
  get text() {
    return this.turn.messages.map((m) => m.text).join('\n');
  }
  get crisis() {
    return this.turn.messages.find((m) => m.intake?.crisis)?.intake?.crisis;
  }
}
