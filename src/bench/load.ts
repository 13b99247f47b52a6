// `npm run bench:load`: the intake bot beside a minimal durable echo bot on the same stack, under the same load
// client, on SQLite (and PostgreSQL when DATABASE_URL points at one): turns/s, p50/p95/p99, errors and the ratios.
// Options: --seconds N (each closed-loop run), --clients 10,100, --paced-clients 1000, --paced-seconds N,
// --think 1000-3000 (ms), --skip-paced, --only-paced, --only intake|echo, --profile DIR (node --cpu-prof of the bot processes).
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { z } from 'zod';
import { type LoadOptions, type LoadResult, percentile, runLoad } from './load-client.js';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '15' },
    warmup: { type: 'string', default: '3' },
    clients: { type: 'string', default: '10,100' },
    'paced-clients': { type: 'string', default: '1000' },
    'paced-seconds': { type: 'string', default: '60' },
    think: { type: 'string', default: '1000-3000' },
    'skip-paced': { type: 'boolean', default: false },
    'only-paced': { type: 'boolean', default: false },
    only: { type: 'string' },
    profile: { type: 'string' },
  },
});

const settings = z
  .object({
    seconds: z.coerce.number().positive(),
    warmup: z.coerce.number().min(0),
    clients: z.array(z.coerce.number().int().positive()),
    pacedClients: z.coerce.number().int().min(0),
    pacedSeconds: z.coerce.number().positive(),
    think: z.tuple([z.coerce.number().min(0), z.coerce.number().min(0)]),
    only: z.enum(['intake', 'echo']).optional(),
  })
  .parse({
    seconds: values.seconds,
    warmup: values.warmup,
    clients: values['only-paced'] ? [] : values.clients.split(','),
    pacedClients: values['skip-paced'] ? 0 : values['paced-clients'],
    pacedSeconds: values['paced-seconds'],
    think: values.think.split('-'),
    only: values.only,
  });

type BotKind = 'echo' | 'intake';
const serveScript = fileURLToPath(new URL('./serve.ts', import.meta.url));

interface Bot {
  port: number;
  /** The CPU time the bot's process has used so far, in ms. */
  cpuMs(): Promise<number>;
  stop(): Promise<void>;
}

/** Starts one bot in its own process (so the load client's own work does not count against it). */
async function startBot(kind: BotKind, databaseUrl: string, label: string): Promise<Bot> {
  // One folder per bot run: tsx's loader thread writes a profile of its own next to the main thread's (the larger).
  const profile = values.profile ? ['--cpu-prof', '--cpu-prof-dir', join(values.profile, label)] : [];
  const child: ChildProcess = spawn(process.execPath, [...profile, '--import', 'tsx', serveScript, kind], {
    env: { ...process.env, DATABASE_URL: databaseUrl, RATE_LIMIT_TURNS: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  const port = await new Promise<number>((resolve, reject) => {
    lines.once('line', (line) => resolve(z.object({ port: z.number() }).parse(JSON.parse(line)).port));
    child.once('exit', (code) => reject(new Error(`${kind} bot exited (${code}) before listening`)));
  });
  return {
    port,
    cpuMs() {
      const answer = new Promise<number>((resolve) => {
        lines.once('line', (line) =>
          resolve(z.object({ cpuMicros: z.number() }).parse(JSON.parse(line)).cpuMicros / 1000),
        );
      });
      child.kill('SIGUSR2');
      return answer;
    },
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

interface StoreTarget {
  name: 'SQLite' | 'PostgreSQL';
  /** A fresh, empty database for one bot's run. */
  fresh(): Promise<{ url: string; drop(): Promise<void> }>;
}

const sqliteTarget: StoreTarget = {
  name: 'SQLite',
  async fresh() {
    const dir = mkdtempSync(join(tmpdir(), 'bench-load-'));
    return { url: `sqlite:${join(dir, 'intake.db')}`, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  },
};

function postgresTarget(baseUrl: string): StoreTarget {
  return {
    name: 'PostgreSQL',
    async fresh() {
      const schema = `bench_load_${randomBytes(5).toString('hex')}`;
      const admin = new pg.Client({ connectionString: baseUrl });
      await admin.connect();
      await admin.query(`create schema ${schema}`);
      await admin.end();
      const url = new URL(baseUrl);
      url.searchParams.set('options', `-c search_path=${schema}`);
      return {
        url: url.toString(),
        async drop() {
          const cleanup = new pg.Client({ connectionString: baseUrl });
          await cleanup.connect();
          await cleanup.query(`drop schema ${schema} cascade`);
          await cleanup.end();
        },
      };
    },
  };
}

const ms = (value: number) => (Number.isNaN(value) ? '-' : value < 10 ? value.toFixed(1) : value.toFixed(0));

/** A run's result, with the CPU time the bot used per measured turn. */
type Measured = LoadResult & { cpuMsPerTurn: number };

function row(label: string, result: Measured): string {
  const rate = result.turns / result.seconds;
  const l = result.latencies;
  return [
    label.padEnd(8),
    String(result.turns).padStart(7),
    rate.toFixed(0).padStart(8),
    ms(percentile(l, 0.5)).padStart(7),
    ms(percentile(l, 0.95)).padStart(7),
    ms(percentile(l, 0.99)).padStart(7),
    String(result.errors).padStart(7),
    `${result.intakes} submitted${result.stuck ? `, ${result.stuck} stuck` : ''}`.padStart(24),
    result.cpuMsPerTurn.toFixed(2).padStart(11),
  ].join(' ');
}

const header = `${'bot'.padEnd(8)} ${'turns'.padStart(7)} ${'turns/s'.padStart(8)} ${'p50 ms'.padStart(7)} ${'p95 ms'.padStart(7)} ${'p99 ms'.padStart(7)} ${'errors'.padStart(7)} ${'intakes'.padStart(24)} ${'CPU ms/turn'.padStart(11)}`;

async function measure(
  target: StoreTarget,
  kind: BotKind,
  label: string,
  options: Omit<LoadOptions, 'port' | 'runId'>,
): Promise<Measured> {
  const database = await target.fresh();
  const bot = await startBot(kind, database.url, label);
  try {
    // CPU time of the measured window only: taken when the warm-up ends, and again once the last turn is answered.
    const cpuAtStart = new Promise<number>((resolve) => {
      setTimeout(() => resolve(bot.cpuMs()), options.warmupSeconds * 1000);
    });
    const result = await runLoad({ ...options, port: bot.port, runId: randomBytes(4).toString('hex') });
    const cpuMs = (await bot.cpuMs()) - (await cpuAtStart);
    return { ...result, cpuMsPerTurn: result.turns > 0 ? cpuMs / result.turns : Number.NaN };
  } finally {
    await bot.stop();
    await database.drop();
  }
}

function ratios(echo: Measured | undefined, intake: Measured | undefined): string {
  if (!echo || !intake) return '';
  const rate = intake.turns / intake.seconds / (echo.turns / echo.seconds);
  const p95 = percentile(intake.latencies, 0.95) / percentile(echo.latencies, 0.95);
  const cpu = intake.cpuMsPerTurn / echo.cpuMsPerTurn;
  return `ratio intake/echo: turns/s ${rate.toFixed(2)}x, p95 ${p95.toFixed(2)}x, CPU per turn ${cpu.toFixed(2)}x`;
}

async function benchStore(target: StoreTarget): Promise<void> {
  const kinds: BotKind[] = settings.only ? [settings.only] : ['echo', 'intake'];
  const slug = target.name.toLowerCase();
  for (const clients of settings.clients) {
    console.log(`\n${target.name}, ${clients} concurrent clients, closed loop, ${settings.seconds} s measured`);
    console.log(header);
    const results: Partial<Record<BotKind, Measured>> = {};
    for (const kind of kinds) {
      const options = { clients, seconds: settings.seconds, warmupSeconds: settings.warmup };
      results[kind] = await measure(target, kind, `${slug}-${kind}-${clients}`, options);
      console.log(row(kind, results[kind]));
    }
    console.log(ratios(results.echo, results.intake));
  }
  if (settings.pacedClients === 0) return;
  const [min, max] = settings.think;
  console.log(
    `\n${target.name}, ${settings.pacedClients} concurrent conversations, paced (${min}-${max} ms between turns), ${settings.pacedSeconds} s measured`,
  );
  console.log(header);
  const paced: Partial<Record<BotKind, Measured>> = {};
  for (const kind of kinds) {
    const options = {
      clients: settings.pacedClients,
      seconds: settings.pacedSeconds,
      warmupSeconds: max / 1000,
      thinkMs: { min, max },
    };
    paced[kind] = await measure(target, kind, `${slug}-${kind}-paced`, options);
    console.log(row(kind, paced[kind]));
  }
  console.log(ratios(paced.echo, paced.intake));
}

console.log(
  'bench:load: each bot in its own process; rate limits off for the benchmark (RATE_LIMIT_TURNS=0); logs silent',
);
console.log('latencies are per turn as the client sees them (POST /api/messages with expectReplies, keep-alive)');
await benchStore(sqliteTarget);
const databaseUrl = process.env.DATABASE_URL;
if (databaseUrl && /^postgres(ql)?:\/\//.test(databaseUrl)) await benchStore(postgresTarget(databaseUrl));
else console.log('\nPostgreSQL: skipped (set DATABASE_URL=postgres://... to measure it too)');
