// `npm run bench:review [-- --records N --runs N]`: seeds 100,000 intakes into a fresh SQLite store (and into a
// throwaway PostgreSQL schema when DATABASE_URL is postgres://), then times what staff do every morning through the
// review service, as the dashboard calls it: the queue's first page, filtered pages, a name search, a record opened.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { z } from 'zod';
import { defaultPracticeConfigPath, loadPracticeSettings } from '../config.js';
import { type Caller, ReviewService } from '../review/review-service.js';
import { openStore } from '../store/open-store.js';
import { pickFirstName, pickLastName, seededRandom, type Templates } from './review-population.js';
import { demoTemplates, type Population, seedPopulation } from './review-seed.js';

const options = z
  .object({
    records: z.coerce.number().int().min(100).max(1_000_000).default(100_000),
    runs: z.coerce.number().int().min(10).max(10_000).default(200),
  })
  .parse(parseArgs({ options: { records: { type: 'string' }, runs: { type: 'string' } } }).values);

const warmUp = 20;
/** The issue's goal: the first page and a search answer within 50 ms at the 95th percentile, on SQLite here. */
const goalMs = 50;

const caller: Caller = {
  id: 'bench',
  email: 'bench@practice.example',
  via: 'session',
  address: '127.0.0.1',
  role: 'clinician',
};
// Exports are not timed here; the service needs them only for the routes that download.
const noExports = { csv: () => '', questionnaireResponse: () => ({}) };

interface Scenario {
  label: string;
  goal: boolean;
  run(reviews: ReviewService, population: Population, i: number): Promise<unknown>;
}

const day = 86_400_000;
const now = Date.now();
const names = (() => {
  const random = seededRandom(7);
  return Array.from({ length: 1_000 }, (_, i) => (i % 2 === 0 ? pickFirstName(random) : pickLastName(random)));
})();

const scenarios: Scenario[] = [
  { label: 'queue, first page (50)', goal: true, run: (r) => r.queue(caller, {}, null, 50) },
  {
    label: 'queue, first page: submitted + new',
    goal: true,
    run: (r) => r.queue(caller, { status: 'submitted', review: 'new' }, null, 50),
  },
  {
    label: 'queue, first page: emergency',
    goal: true,
    run: (r) => r.queue(caller, { triage: 'emergency' }, null, 50),
  },
  {
    label: 'queue, first page: last 7 days',
    goal: true,
    run: (r) => r.queue(caller, { from: new Date(now - 7 * day).toISOString() }, null, 50),
  },
  { label: 'waiting-alerts banner', goal: false, run: (r) => r.waitingAlerts() },
  {
    label: 'name search (+ audit row)',
    goal: true,
    run: (r, _p, i) => r.search(caller, names[i % names.length] as string, {}),
  },
  {
    label: 'record open (+ audit row)',
    goal: false,
    run: (r, p, i) => r.record(caller, p.sampleIds[(i * 31) % p.sampleIds.length] as string),
  },
];

const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;

type Figures = Map<string, { p50: number; p95: number }>;

async function measure(databaseUrl: string, templates: Templates, label: string): Promise<Figures> {
  const nameIndexKey = randomBytes(32);
  // Migrated by opening; seeded behind the store's back (batched), then read through it.
  const store = await openStore(databaseUrl, { nameIndexKey });
  const started = performance.now();
  const population = await seedPopulation({
    databaseUrl,
    count: options.records,
    templates,
    nameIndexKey,
    now,
    seed: 1,
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const megabytes = (population.dataBytes / 1e6).toFixed(0);
  console.log(
    `${label}: seeded ${options.records.toLocaleString('en')} intakes (${megabytes} MB of records, ${population.waiting} waiting) in ${seconds} s`,
  );
  const reviews = new ReviewService(store, noExports);
  const figures: Figures = new Map();
  try {
    for (const scenario of scenarios) {
      for (let i = 0; i < warmUp; i++) await scenario.run(reviews, population, i);
      const samples: number[] = [];
      for (let i = 0; i < options.runs; i++) {
        const begin = performance.now();
        await scenario.run(reviews, population, warmUp + i);
        samples.push(performance.now() - begin);
      }
      samples.sort((a, b) => a - b);
      figures.set(scenario.label, { p50: percentile(samples, 0.5), p95: percentile(samples, 0.95) });
    }
  } finally {
    await store.close();
  }
  return figures;
}

/** A schema of its own on the given server, selected through the URL, dropped afterwards whatever happens. */
async function withPostgresSchema<T>(serverUrl: string, work: (url: string) => Promise<T>): Promise<T> {
  const schema = `bench_review_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`create schema ${schema}`);
    const url = new URL(serverUrl);
    url.searchParams.set('options', `-c search_path=${schema}`);
    return await work(url.toString());
  } finally {
    await admin.query(`drop schema if exists ${schema} cascade`);
    await admin.end();
  }
}

const templates = await demoTemplates(loadPracticeSettings(defaultPracticeConfigPath));
const directory = mkdtempSync(join(tmpdir(), 'bench-review-'));
const results: { label: string; figures: Figures }[] = [];
try {
  results.push({
    label: 'SQLite',
    figures: await measure(`sqlite:${join(directory, 'intake.db')}`, templates, 'SQLite'),
  });
} finally {
  rmSync(directory, { recursive: true, force: true });
}
const postgres = process.env.DATABASE_URL;
if (postgres && /^postgres(ql)?:\/\//.test(postgres)) {
  results.push({
    label: 'PostgreSQL',
    figures: await withPostgresSchema(postgres, (url) => measure(url, templates, 'PostgreSQL')),
  });
}

const cell = (value: string, width: number) => value.padStart(width);
const header = results.map((r) => `${cell(`${r.label} p50`, 16)}${cell('p95', 9)}`).join('');
console.log(`\n${'ms, after warm-up'.padEnd(36)}${header}   goal (SQLite p95)`);
for (const scenario of scenarios) {
  const columns = results
    .map((r) => {
      const f = r.figures.get(scenario.label);
      return f ? `${cell(f.p50.toFixed(2), 16)}${cell(f.p95.toFixed(2), 9)}` : '';
    })
    .join('');
  const sqliteP95 = results[0]?.figures.get(scenario.label)?.p95 ?? Number.NaN;
  const verdict = scenario.goal ? `< ${goalMs}  ${sqliteP95 < goalMs ? 'met' : 'MISSED'}` : '';
  console.log(`${scenario.label.padEnd(36)}${columns}   ${verdict}`);
}
console.log(`\n${options.runs} runs each; Node ${process.version}, ${options.records.toLocaleString('en')} intakes.`);
