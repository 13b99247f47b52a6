// The list of records as CSV for a spreadsheet: one row per record, safe to open (no cell runs as a formula).
import { stringify } from 'csv-stringify/sync';
import type { RecordView } from './record-view.js';

type Cell = string | number | boolean | readonly string[] | null | undefined;

export interface CsvColumn {
  /** The header, stable for integrators. */
  header: string;
  /** The cell; empty when the record, or the view of it, does not have it. */
  value: (record: RecordView) => Cell;
}

const column = (header: string, value: CsvColumn['value']): CsvColumn => ({ header, value });

/** Every column, in order: who and where the record stands first, then how to reach the person, then the answers. */
export const csvColumns: readonly CsvColumn[] = [
  column('id', (r) => r.id),
  column('reference', (r) => r.reference),
  column('status', (r) => r.status),
  column('review_state', (r) => r.review?.state),
  column('triage_level', (r) => r.triage?.level),
  column('triage_kinds', (r) => r.triage?.kinds),
  column('created_at', (r) => r.createdAt),
  column('submitted_at', (r) => r.submittedAt),
  column('first_name', (r) => r.contact?.firstName),
  column('last_name', (r) => r.contact?.lastName),
  column('email', (r) => r.contact?.email),
  column('phone', (r) => r.contact?.phone),
  column('contact_methods', (r) => r.contact?.contactMethods),
  column('voicemail_ok', (r) => r.contact?.voicemailOk),
  column('text_ok', (r) => r.contact?.textOk),
  column('discreet', (r) => r.contact?.discreet),
  column('best_times', (r) => r.contact?.bestTimes),
  column('formats', (r) => r.preferences?.formats),
  column('availability', (r) => r.preferences?.availability),
  column('payment', (r) => r.preferences?.payment),
  column('insurance_carrier', (r) => r.preferences?.insuranceCarrier),
  column('carrier_accepted', (r) => r.preferences?.carrierAccepted),
  column('reasons', (r) => r.reasons?.codes),
  column('reasons_own_words', (r) => r.reasons?.ownWords),
  column('goals', (r) => r.goals?.codes),
  column('goals_own_words', (r) => r.goals?.ownWords),
  column('who_for', (r) => r.client?.whoFor),
  column('preferred_name', (r) => r.client?.preferredName),
  column('pronouns', (r) => r.client?.pronouns),
  column('age_range', (r) => r.client?.ageRange),
  column('country', (r) => r.client?.country),
  column('region', (r) => r.client?.region),
  column('prior_therapy', (r) => r.history?.priorTherapy),
  column('medication', (r) => r.history?.medication),
  column('therapist_gender', (r) => r.preferences?.therapistGender),
  column('therapist_language', (r) => r.preferences?.therapistLanguage),
  column('therapist_notes', (r) => r.preferences?.therapistNotes),
  column('phq_form', (r) => r.measures?.phq?.form),
  column('phq_total', (r) => r.measures?.phq?.total),
  column('phq_severity', (r) => r.measures?.phq?.severity),
  column('gad_form', (r) => r.measures?.gad?.form),
  column('gad_total', (r) => r.measures?.gad?.total),
  column('gad_severity', (r) => r.measures?.gad?.severity),
  column('screen_result', (r) => r.safety?.result),
  column('locale', (r) => r.locale),
  column('channel', (r) => r.channel),
  column('updated_at', (r) => r.updatedAt),
];

/** Lists as codes separated by semicolons (no code or title holds one), yes/no for flags, and empty for nothing. */
function cellText(cell: Cell): string {
  if (cell === undefined || cell === null) return '';
  if (typeof cell === 'boolean') return cell ? 'yes' : 'no';
  if (Array.isArray(cell)) return cell.join('; ');
  return String(cell);
}

/**
 * A header line, then one row per record. Every cell is text; a cell starting with `=`, `+`, `-`, `@`, a tab or a
 * carriage return (or their full-width forms) gets a leading `'`, so a spreadsheet shows it instead of running it
 * (csv-stringify's `escape_formulas`). A name typed as `=HYPERLINK(...)` stays a name.
 */
export function recordsToCsv(records: readonly RecordView[], columns: readonly CsvColumn[] = csvColumns): string {
  const rows = records.map((record) => columns.map((c) => cellText(c.value(record))));
  return stringify(rows, {
    header: true,
    columns: columns.map((c) => c.header),
    escape_formulas: true,
  });
}
