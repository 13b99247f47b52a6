// Minimum necessary: what each role may see of a record. Clinicians and admins see all of it; the front desk, who
// books and calls back, sees who the person is, how to reach them, their preferences, where the intake stands and
// its triage level, and never the safety screen, the questionnaires, detector events, kinds of risk or a word the
// person typed about themselves. Built by allow-list, so a section added to the record later stays hidden from the
// front desk until someone decides otherwise here.
import type { RecordView } from '../record/record-view.js';
import type { IntakeRecord } from '../record/schema.js';
import type { QueueRow, StaffRole } from '../store/review-types.js';

/** Roles that see the whole record (clinical content included). */
export const clinicalRoles: readonly StaffRole[] = ['admin', 'clinician'];

export const seesClinical = (role: StaffRole): boolean => clinicalRoles.includes(role);

/** Answers the front desk may see in the answer history: contact and practical preferences, nothing clinical. */
const frontDeskFields = new Set([
  'whoFor',
  'preferredName',
  'pronouns',
  'ageRange',
  'country',
  'region',
  'formats',
  'availability',
  'therapistGender',
  'therapistLanguage',
  'payment',
  'insuranceCarrier',
  'firstName',
  'lastName',
  'email',
  'phone',
  'contactMethods',
  'voicemailOk',
  'textOk',
  'bestTimes',
  'discreet',
]);

function frontDeskView(record: IntakeRecord): RecordView {
  const { therapistNotes: _ownWords, ...preferences } = record.preferences;
  return {
    id: record.id,
    reference: record.reference,
    schemaVersion: record.schemaVersion,
    status: record.status,
    review: record.review,
    // The level says how soon to call; the kinds and reasons say why, which is clinical.
    triage: {
      level: record.triage.level,
      ...(record.triage.acknowledgedAt
        ? { acknowledgedAt: record.triage.acknowledgedAt, acknowledgedBy: record.triage.acknowledgedBy }
        : {}),
    },
    locale: record.locale,
    channel: record.channel,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    submittedAt: record.submittedAt,
    consent: record.consent,
    client: record.client,
    preferences,
    contact: record.contact,
    answers: record.answers.filter((answer) => frontDeskFields.has(answer.field)),
  };
}

export function recordFor(role: StaffRole, record: IntakeRecord): RecordView {
  return seesClinical(role) ? record : frontDeskView(record);
}

/** A queue row as the API's summary (CONTRACT.md), kinds left out for the front desk. */
export function summaryFor(role: StaffRole, row: QueueRow) {
  return {
    id: row.id,
    reference: row.reference,
    status: row.status,
    review: row.review,
    triage: {
      level: row.triageLevel,
      ...(seesClinical(role) ? { kinds: row.triageKinds } : {}),
      acknowledgedAt: row.acknowledgedAt,
      unacknowledged: row.unacknowledged,
    },
    createdAt: row.createdAt,
    submittedAt: row.submittedAt,
    firstName: row.firstName ?? null,
  };
}

export type IntakeSummary = ReturnType<typeof summaryFor>;
