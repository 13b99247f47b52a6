// The CSV list export: a header, one row per record, nothing a spreadsheet would run, and nothing a view leaves out.
import { describe, expect, it } from 'vitest';
import { csvColumns, recordsToCsv } from '../../src/record/csv.js';
import type { RecordView } from '../../src/record/record-view.js';
import type { IntakeRecord } from '../../src/record/schema.js';
import { Conversation } from '../helpers/conversation.js';
import { csvObjects, parseCsv } from '../helpers/csv.js';
import { englishFreeText } from '../helpers/intake-scripts.js';

const record: IntakeRecord = new Conversation().completeWith(englishFreeText);
const withName = (firstName: string, extra: Partial<IntakeRecord['contact']> = {}): IntakeRecord => ({
  ...record,
  contact: { ...record.contact, firstName, ...extra },
});

describe('the CSV export', () => {
  it('starts with a header line naming every column, then one row per record', () => {
    const csv = recordsToCsv([record, withName('Alex')]);
    const [header, ...rows] = parseCsv(csv);
    expect(header).toEqual(csvColumns.map((c) => c.header));
    expect(header?.slice(0, 8)).toEqual([
      'id',
      'reference',
      'status',
      'review_state',
      'triage_level',
      'triage_kinds',
      'created_at',
      'submitted_at',
    ]);
    expect(rows).toHaveLength(2);
    expect(rows.every((row) => row.length === header?.length)).toBe(true);
    expect(parseCsv(recordsToCsv([]))).toEqual([csvColumns.map((c) => c.header)]);
  });

  it('holds the record: codes as lists, flags as yes/no', () => {
    const [row] = csvObjects(recordsToCsv([record]));
    expect(row).toMatchObject({
      id: record.id,
      reference: 'TST-123',
      status: 'submitted',
      review_state: 'new',
      triage_level: 'none',
      first_name: 'Sam',
      last_name: 'Rivera',
      email: 'Sam.Rivera@example.com',
      contact_methods: 'email; text',
      voicemail_ok: 'yes',
      text_ok: 'yes',
      discreet: 'no',
      formats: 'video; phone',
      payment: 'insurance',
      insurance_carrier: 'bcbs',
      reasons: 'anxiety; sleep',
      reasons_own_words: englishFreeText.reasonsOwnWords,
      goals: 'less-anxious; confidence',
      phq_total: String(record.measures.phq?.total),
      screen_result: 'negative',
    });
  });

  it.each([['=HYPERLINK("https://evil.example","click")'], ['+1'], ['-2'], ['@x'], ['\tcmd'], ['\rcmd'], ['＝1+1']])(
    'never lets a spreadsheet run a cell that starts like a formula: %j',
    (name) => {
      const [row] = csvObjects(recordsToCsv([withName(name)]));
      expect(row?.first_name).toBe(`'${name}`);
    },
  );

  it('neutralises every column, not only names (a phone number in E.164 reads as text too)', () => {
    const [row] = csvObjects(recordsToCsv([withName('Sam', { lastName: '=1+1', email: '@home' })]));
    expect(row).toMatchObject({ last_name: "'=1+1", email: "'@home", phone: "'+16175550142" });
  });

  it('quotes commas, quotes and line breaks so each stays in its cell', () => {
    const words = 'Work, home, "everything"\nand sleep\r\ntoo';
    const tricky: IntakeRecord = { ...withName('Ana, María'), reasons: { ...record.reasons, ownWords: words } };
    const csv = recordsToCsv([tricky]);
    expect(csv).toContain('"Ana, María"');
    expect(csv).toContain('"Work, home, ""everything""\nand sleep\r\ntoo"');
    const [row] = csvObjects(csv);
    expect(row).toMatchObject({ first_name: 'Ana, María', reasons_own_words: words });
  });

  it('leaves empty what a redacted view does not have', () => {
    const { safety: _safety, measures: _measures, ...rest } = record;
    const frontDesk: RecordView = { ...rest, reasons: { codes: record.reasons.codes }, goals: { codes: [] } };
    const [row] = csvObjects(recordsToCsv([frontDesk]));
    expect(row).toMatchObject({
      reasons: 'anxiety; sleep',
      reasons_own_words: '',
      goals_own_words: '',
      phq_total: '',
      gad_total: '',
      screen_result: '',
      first_name: 'Sam',
    });
    const bare: RecordView = { id: 'r-2', reference: 'ABC-123', status: 'in-progress', createdAt: 'c', updatedAt: 'u' };
    const [bareRow] = csvObjects(recordsToCsv([bare]));
    expect(Object.entries(bareRow ?? {}).filter(([, v]) => v !== '')).toEqual([
      ['id', 'r-2'],
      ['reference', 'ABC-123'],
      ['status', 'in-progress'],
      ['created_at', 'c'],
      ['updated_at', 'u'],
    ]);
  });
});
