// `intake export`: every record on stdout in one format (JSON lines, CSV, FHIR NDJSON), and nothing else there.
import { recordsToCsv } from '../record/csv.js';
import { questionnaireResponse } from '../record/fhir/response.js';
import type { Questionnaire } from '../record/fhir/types.js';
import type { IntakeRecord } from '../record/schema.js';
import type { IntakeStore } from '../store/types.js';

export const exportFormats = ['jsonl', 'csv', 'fhir'] as const;
export type ExportFormat = (typeof exportFormats)[number];

/** A format, with the practice's Questionnaire the FHIR responses answer. */
export type ExportOutput = { format: 'jsonl' | 'csv' } | { format: 'fhir'; questionnaire: Questionnaire };

const lines = (items: readonly unknown[]) => items.map((item) => `${JSON.stringify(item)}\n`).join('');

/** The records as text for stdout: JSON lines, CSV, or FHIR Bulk Data's NDJSON (one QuestionnaireResponse a line). */
export function formatRecords(records: readonly IntakeRecord[], output: ExportOutput): string {
  switch (output.format) {
    case 'jsonl':
      return lines(records);
    case 'csv':
      return recordsToCsv(records);
    case 'fhir':
      return lines(records.map((record) => questionnaireResponse(record, output.questionnaire)));
  }
}

/**
 * Writes the records to stdout. A stored record that no longer parses is reported on stderr by id (never its
 * content) and makes the exit code 1; the others are still exported.
 */
export async function exportRecords(
  store: IntakeStore,
  output: ExportOutput,
  since: string | undefined,
): Promise<number> {
  const records: IntakeRecord[] = [];
  let problems = 0;
  for (const result of await store.listRecords({ since })) {
    if (result.ok) records.push(result.record);
    else {
      problems++;
      process.stderr.write(`Record ${result.id} does not match the record schema (${result.problem}).\n`);
    }
  }
  process.stdout.write(formatRecords(records, output));
  return problems > 0 ? 1 : 0;
}
