// `npm run --silent intake -- export|seed-demo|erase|backup|rotate-key`: the records out (jsonl, csv, fhir), demo intakes
// in, and the operator's data care; data alone on stdout.
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { environment, environmentSchema, loadPracticeSettings } from '../config.js';
import { intakeOptionsFrom } from '../conversation/intake-options.js';
import { intakeQuestionnaire } from '../record/fhir/questionnaire.js';
import { openStore } from '../store/open-store.js';
import { backupCommand, eraseCommand, rotateKeyCommand } from './data-care.js';
import { type ExportFormat, type ExportOutput, exportFormats, exportRecords } from './export-records.js';

const usage = [
  'Usage: npm run --silent intake -- export [--format jsonl|csv|fhir] [--since ISO-8601]',
  '       npm run --silent intake -- seed-demo',
  '       npm run --silent intake -- erase --id RECORD_ID [--by EMAIL]',
  '       npm run --silent intake -- backup --to FILE',
  '       npm run --silent intake -- rotate-key',
].join('\n');

const isFormat = (format: string): format is ExportFormat => (exportFormats as readonly string[]).includes(format);

async function exportCommand(format: string, since: string | undefined): Promise<number> {
  if (!isFormat(format)) {
    process.stderr.write(`Unknown format "${format}": use jsonl, csv or fhir.\n`);
    return 2;
  }
  if (since !== undefined && !z.iso.datetime({ offset: true }).safeParse(since).success) {
    process.stderr.write(`--since must be an ISO-8601 time, e.g. 2026-11-01T00:00:00Z.\n`);
    return 2;
  }
  const env = environment();
  // Only the FHIR export needs the practice's settings (its Questionnaire), so a bad file fails no other format.
  const output: ExportOutput =
    format === 'fhir'
      ? { format, questionnaire: intakeQuestionnaire(intakeOptionsFrom(loadPracticeSettings(env.PRACTICE_CONFIG))) }
      : { format };
  const store = await openStore(env.DATABASE_URL);
  try {
    return await exportRecords(store, output, since);
  } finally {
    await store.close();
  }
}

async function seedDemoCommand(): Promise<number> {
  // Checked before anything else is read: demo people must never reach a production store.
  if (environmentSchema.pick({ NODE_ENV: true }).parse(process.env).NODE_ENV === 'production') {
    process.stderr.write('seed-demo adds fictional intakes and is refused in production (NODE_ENV=production).\n');
    return 1;
  }
  const env = environment();
  // Loaded only for this command: it brings the turn engine, the detector and the bot's rendering, which an export
  // does not need and should not wait for.
  const { seedDemo } = await import('./seed-demo.js');
  const seeded = await seedDemo(env, loadPracticeSettings(env.PRACTICE_CONFIG));
  for (const { label, record } of seeded) {
    process.stdout.write(`${record.reference}  ${record.status}  triage ${record.triage.level}  ${label}\n`);
  }
  process.stderr.write(
    `Added ${seeded.length} fictional intakes to ${env.DATABASE_URL}. Their crisis alerts are queued like any others.\n`,
  );
  return 0;
}

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'jsonl' },
      since: { type: 'string' },
      id: { type: 'string' },
      by: { type: 'string' },
      to: { type: 'string' },
    },
  });
  const [command, ...extra] = positionals;
  if (command === 'export' && extra.length === 0) return exportCommand(values.format, values.since);
  if (command === 'seed-demo' && extra.length === 0) return seedDemoCommand();
  if (command === 'erase' && extra.length === 0) return eraseCommand(values.id, values.by);
  if (command === 'backup' && extra.length === 0) return backupCommand(values.to);
  if (command === 'rotate-key' && extra.length === 0) return rotateKeyCommand();
  process.stderr.write(`${usage}\n`);
  return 2;
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
