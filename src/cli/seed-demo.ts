// `intake seed-demo`: fictional intakes, each a real conversation through the turn engine, so the store holds what a
// real one would (snapshots, replies, records, crisis events and their alerts) for demos and trying the dashboard.
import { randomUUID } from 'node:crypto';
import { renderActivities } from '../bot/intake-bot.js';
import type { Environment, PracticeSettings } from '../config.js';
import type { IntakeMeta } from '../conversation/prompt-model.js';
import { createConversationRuntime } from '../conversation/runtime.js';
import { CrisisFallbackLog, fallbackPathFor } from '../engine/crisis-fallback.js';
import type { IncomingTurn } from '../engine/incoming-turn.js';
import { TurnEngine } from '../engine/turn-engine.js';
import { createLogger } from '../logging.js';
import type { IntakeRecord } from '../record/schema.js';
import { openStore } from '../store/open-store.js';
import type { IntakeStore } from '../store/types.js';
import { alwaysAnswers, type DemoIntake, demoIntakes } from './demo-intakes.js';

export interface SeededIntake {
  label: string;
  record: IntakeRecord;
}

/** The question a turn's replies end on (CONVERSATION.md: the last activity with a step carries it). */
function promptOf(replies: readonly unknown[]): IntakeMeta | undefined {
  return replies
    .map((activity) => (activity as { channelData?: { intake?: IntakeMeta } }).channelData?.intake)
    .filter((intake) => intake?.step !== undefined)
    .at(-1);
}

const typedInputs = new Set(['text', 'email', 'phone']);

/** What the person sends for a question: typed text (and `skip`), or a tapped choice value as a button or card sends. */
function reply(prompt: IntakeMeta, answer: string): Pick<IncomingTurn, 'text' | 'value' | 'valueField'> {
  if (answer === 'skip' || typedInputs.has(prompt.input ?? 'text')) return { text: answer };
  const value = prompt.input === 'multiChoice' ? answer.split(',') : answer;
  return { value, valueField: prompt.field };
}

async function runDemo(engine: TurnEngine, store: IntakeStore, demo: DemoIntake, now: number): Promise<IntakeRecord> {
  const key = `demo:${randomUUID()}`;
  let clock = now - demo.hoursAgo * 3_600_000;
  let sequence = 0;
  const turn = (kind: IncomingTurn['kind'], said: Partial<IncomingTurn> = {}): IncomingTurn => {
    clock += 20_000;
    sequence++;
    const at = new Date(clock).toISOString();
    return { key, channel: 'demo', activityId: `a${sequence}`, userId: null, locale: demo.locale, kind, at, ...said };
  };
  let replies = await engine.handle(turn('join'));
  for (let asked = 0; asked < 150; asked++) {
    const prompt = promptOf(replies);
    const field = prompt?.field;
    if (!prompt || !field || field === demo.leaveAt) break;
    const answer = demo.answers[field] ?? alwaysAnswers[field];
    if (answer === undefined) throw new Error(`The demo "${demo.label}" has no answer for ${field}.`);
    replies = await engine.handle(turn('message', reply(prompt, answer)));
  }
  const stored = await store.withConversation(key, (tx) => tx.load());
  const found = stored && (await store.getRecord(stored.recordId));
  if (!found?.ok) throw new Error(`The demo "${demo.label}" left no readable record.`);
  return found.record;
}

/**
 * Runs the given intakes as conversations through the turn engine into an open store (the demo set by default), so
 * what lands there is exactly what real conversations leave.
 */
export async function seedIntakes(
  store: IntakeStore,
  practice: PracticeSettings,
  databaseUrl: string,
  intakes: readonly DemoIntake[] = demoIntakes,
): Promise<SeededIntake[]> {
  const runtime = createConversationRuntime(practice);
  const engine = new TurnEngine({
    store,
    runtime,
    // Warnings only, on stderr: a turn that could not be saved says so.
    logger: createLogger('warn', process.stderr),
    render: renderActivities,
    fallback: new CrisisFallbackLog(fallbackPathFor(databaseUrl)),
  });
  const now = Date.now();
  const seeded: SeededIntake[] = [];
  for (const demo of intakes) seeded.push({ label: demo.label, record: await runDemo(engine, store, demo, now) });
  return seeded;
}

/** Runs every demo conversation into the store; a second run adds another set (new conversations, new records). */
export async function seedDemo(env: Environment, practice: PracticeSettings): Promise<SeededIntake[]> {
  const store = await openStore(env.DATABASE_URL);
  try {
    return await seedIntakes(store, practice, env.DATABASE_URL);
  } finally {
    await store.close();
  }
}
