// The load client: virtual people running whole intakes over POST /api/messages (expectReplies, keep-alive),
// closed-loop (next turn as soon as the answer comes) or paced (a person's pause between turns).
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { type Answer, answerFor, type ReadReplies, readReplies, seededRandom } from './intake-answers.js';

export interface LoadOptions {
  port: number;
  clients: number;
  /** Measured time; turns that start during the warm-up before it are not counted. */
  seconds: number;
  warmupSeconds: number;
  /** A person's pause between turns, in ms (none: closed loop). */
  thinkMs?: { min: number; max: number };
  /** Tells conversations of different runs apart. */
  runId: string;
}

export interface LoadResult {
  turns: number;
  errors: number;
  /** Intakes submitted, and intakes that stopped making progress (the same question asked again and again). */
  intakes: number;
  stuck: number;
  seconds: number;
  /** Latencies of the measured turns, in ms, sorted. */
  latencies: number[];
}

const turnTimeoutMs = 60_000;

function post(agent: Agent, port: number, body: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        agent,
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/api/messages',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        timeout: turnTimeoutMs,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error('turn timed out')));
    req.on('error', reject);
    req.end(body);
  });
}

class Tally {
  turns = 0;
  errors = 0;
  intakes = 0;
  stuck = 0;
  readonly latencies: number[] = [];
  constructor(private readonly measureFrom: number) {}
  turn(startedAt: number, ok: boolean): void {
    if (startedAt < this.measureFrom) return;
    this.turns++;
    if (ok) this.latencies.push(performance.now() - startedAt);
    else this.errors++;
  }
}

interface Conversation {
  id: string;
  user: string;
  sequence: number;
}

/** One turn: the activity sent, its replies read. Undefined (and counted as an error) when the turn failed. */
async function turn(
  agent: Agent,
  options: LoadOptions,
  tally: Tally,
  conversation: Conversation,
  activity: { type: string; text?: string; value?: unknown; membersAdded?: { id: string }[] },
): Promise<ReadReplies | undefined> {
  const body = JSON.stringify({
    ...activity,
    id: `a${++conversation.sequence}`,
    channelId: 'directline',
    serviceUrl: 'http://127.0.0.1:9/',
    conversation: { id: conversation.id },
    from: { id: conversation.user },
    recipient: { id: 'bot' },
    locale: 'en-US',
    deliveryMode: 'expectReplies',
  });
  const startedAt = performance.now();
  try {
    const response = await post(agent, options.port, body);
    const parsed = response.status === 200 ? (JSON.parse(response.body) as { activities?: unknown[] }) : undefined;
    const replies = parsed?.activities ? readReplies(parsed.activities) : undefined;
    // A turn answered without a question or a submission is an error too (e.g. "not saved, please retry").
    const ok = replies !== undefined && (replies.question !== undefined || replies.submitted);
    tally.turn(startedAt, ok);
    return ok ? replies : undefined;
  } catch {
    tally.turn(startedAt, false);
    return undefined;
  }
}

const asActivity = (answer: Answer) =>
  'text' in answer ? { type: 'message', text: answer.text } : { type: 'message', value: answer.value };

/** The same field asked this many times in a row: the intake is stuck (counted, and the client starts over). */
const stuckAfter = 4;

async function virtualPerson(
  agent: Agent,
  options: LoadOptions,
  tally: Tally,
  clientNumber: number,
  deadline: number,
): Promise<void> {
  const random = seededRandom(clientNumber * 7919 + 17);
  // A pause never runs past the deadline: the measured time is the time people were chatting.
  const pause = async () => {
    if (!options.thinkMs) return;
    const { min, max } = options.thinkMs;
    await sleep(Math.max(0, Math.min(min + random() * (max - min), deadline - performance.now())));
  };
  let intakeNumber = 0;
  while (performance.now() < deadline) {
    const conversation = {
      id: `load-${options.runId}-${clientNumber}-${++intakeNumber}`,
      user: `person-${options.runId}-${clientNumber}`,
      sequence: 0,
    };
    // Echo bots say nothing to a join: the first message then starts the conversation.
    let replies = await turn(agent, options, tally, conversation, {
      type: 'conversationUpdate',
      membersAdded: [{ id: conversation.user }],
    });
    if (!replies?.question) replies = await turn(agent, options, tally, conversation, { type: 'message', text: 'hi' });
    let lastField = '';
    let attempt = 0;
    while (replies && performance.now() < deadline) {
      if (replies.submitted) {
        tally.intakes++;
        break;
      }
      const question = replies.question;
      if (!question) break;
      attempt = question.field === lastField ? attempt + 1 : 0;
      lastField = question.field;
      if (attempt >= stuckAfter) {
        tally.stuck++;
        break;
      }
      await pause();
      if (performance.now() >= deadline) break;
      replies = await turn(
        agent,
        options,
        tally,
        conversation,
        asActivity(answerFor(question, random, clientNumber, attempt)),
      );
    }
    await pause();
  }
}

/** Runs `clients` virtual people against the bot on `port` for the warm-up and the measured time. */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: options.clients });
  const started = performance.now();
  const measureFrom = started + options.warmupSeconds * 1000;
  const deadline = measureFrom + options.seconds * 1000;
  const tally = new Tally(measureFrom);
  const random = seededRandom(options.clients);
  await Promise.all(
    Array.from({ length: options.clients }, async (_, index) => {
      // Paced people arrive spread over one pause, not all in the same millisecond.
      if (options.thinkMs) await sleep(random() * options.thinkMs.max);
      await virtualPerson(agent, options, tally, index + 1, deadline);
    }),
  );
  const seconds = (Math.max(performance.now(), deadline) - measureFrom) / 1000;
  agent.destroy();
  return {
    turns: tally.turns,
    errors: tally.errors,
    intakes: tally.intakes,
    stuck: tally.stuck,
    seconds,
    latencies: tally.latencies.sort((a, b) => a - b),
  };
}

export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;
}
