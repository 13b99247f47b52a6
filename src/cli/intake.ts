// `npm run --silent intake -- export [--format jsonl] [--since ISO]`: every record on stdout, and nothing else there.
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { environment } from '../config.js';
import { openStore } from '../store/open-store.js';

const usage = 'Usage: npm run --silent intake -- export [--format jsonl] [--since ISO-8601]';

async function exportRecords(format: string, since: string | undefined): Promise<number> {
  if (format !== 'jsonl') {
    process.stderr.write(`Unknown format "${format}": jsonl is available (fhir and csv come with the review work).\n`);
    return 2;
  }
  if (since !== undefined && !z.iso.datetime({ offset: true }).safeParse(since).success) {
    process.stderr.write(`--since must be an ISO-8601 time, e.g. 2026-11-01T00:00:00Z.\n`);
    return 2;
  }
  const store = await openStore(environment().DATABASE_URL);
  try {
    let problems = 0;
    for (const result of await store.listRecords({ since })) {
      if (result.ok) process.stdout.write(`${JSON.stringify(result.record)}\n`);
      else {
        problems++;
        // Reported, never silently dropped; the record's content stays out of the message.
        process.stderr.write(`Record ${result.id} does not match the record schema (${result.problem}).\n`);
      }
    }
    return problems > 0 ? 1 : 0;
  } finally {
    await store.close();
  }
}

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { format: { type: 'string', default: 'jsonl' }, since: { type: 'string' } },
  });
  if (positionals[0] !== 'export') {
    process.stderr.write(`${usage}\n`);
    return 2;
  }
  return exportRecords(values.format, values.since);
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exitCode = 1;
  },
);
