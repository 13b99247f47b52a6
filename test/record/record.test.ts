// The intake record the practice receives, built from real conversations: valid at every turn, minimal when
// declined, never holding what a person typed in a crisis, and published as JSON Schema for integrators.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type IntakeRecord, intakeRecordSchema } from '../../src/record/schema.js';
import { Conversation } from '../helpers/conversation.js';

type Script = Record<string, string>;

/** A short intake typed the way a person might: PHQ-2 / GAD-2 negative, ASQ all no. */
const shortIntake: Script = {
  start: 'start',
  consent: 'yes',
  whoFor: 'myself',
  preferredName: 'Sam',
  pronouns: 'skip',
  ageRange: '25-34',
  country: 'US',
  region: 'MA',
  reasons: 'stress and sleep',
  reasonsOwnWords: 'skip',
  priorTherapy: 'never',
  medication: 'no',
  phq1: '1',
  phq2: '0',
  gad1: '1',
  gad2: '1',
  goals: 'skip',
  goalsOwnWords: 'Sleep through the night',
  formats: 'video',
  availability: 'evenings',
  therapistGender: 'skip',
  therapistLanguage: 'skip',
  therapistNotes: 'skip',
  payment: 'self-pay',
  asq1: 'no',
  asq2: 'no',
  asq3: 'no',
  asq4: 'no',
  firstName: 'Sam',
  lastName: 'Rivera',
  email: 'sam.rivera@example.com',
  phone: '(617) 555-0142',
  contactMethods: 'email',
  voicemailOk: 'no',
  textOk: 'no',
  bestTimes: 'skip',
  review: 'submit',
  continueIntake: 'continue',
};

/** Answers whatever is asked from the script until the intake is sent, checking the record after every turn. */
function complete(conversation: Conversation, script: Script, everyTurn?: (record: IntakeRecord) => void) {
  return conversation.completeWith(script, 'say', () => everyTurn?.(conversation.record));
}

const submittedRecord = () => complete(new Conversation(), shortIntake);

describe('the record during an intake', () => {
  it('is a valid record after every turn, in progress until it is sent', () => {
    const conversation = new Conversation();
    expect(intakeRecordSchema.safeParse(conversation.record).success).toBe(true);
    expect(conversation.record.status).toBe('in-progress');
    const statuses: string[] = [];
    complete(conversation, shortIntake, (record) => {
      const parsed = intakeRecordSchema.safeParse(record);
      expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
      statuses.push(record.status);
    });
    expect(statuses.length).toBeGreaterThan(30);
    expect(statuses.slice(0, -1).every((status) => status === 'in-progress')).toBe(true);
    expect(statuses.at(-1)).toBe('submitted');
  });

  it('starts with what is known of the conversation and nothing else', () => {
    const { record } = new Conversation();
    expect(record).toMatchObject({
      id: '00000000-0000-4000-8000-000000000001',
      reference: 'TST-123',
      schemaVersion: 2,
      status: 'in-progress',
      review: { state: 'new', by: null, at: null, notes: [] },
      triage: { level: 'none', kinds: [], reasons: [] },
      locale: 'en-US',
      channel: 'test',
      submittedAt: null,
      consent: null,
      client: {},
      answers: [],
    });
  });

  it('voicemail and texts default to no until the person says yes', () => {
    const conversation = new Conversation().sayAll(['start', 'yes', 'myself']);
    expect(conversation.record.contact).toMatchObject({ voicemailOk: false, textOk: false });
    const record = complete(conversation, shortIntake);
    expect(record.contact).toMatchObject({ voicemailOk: false, textOk: false });
    const allowed = complete(new Conversation(), { ...shortIntake, voicemailOk: 'yes', textOk: 'sure' });
    expect(allowed.contact).toMatchObject({ voicemailOk: true, textOk: true });
  });
});

describe('a submitted record', () => {
  it('has its time of submission, the consent and a way to reach the person', () => {
    const record = submittedRecord();
    expect(record.status).toBe('submitted');
    expect(record.submittedAt).toEqual(expect.any(String));
    expect(Date.parse(record.submittedAt ?? '')).toBeGreaterThanOrEqual(Date.parse(record.createdAt));
    expect(record.consent).toEqual({ given: true, at: expect.any(String), noticeVersion: expect.any(String) });
    expect(record.contact).toEqual({
      firstName: 'Sam',
      lastName: 'Rivera',
      email: 'sam.rivera@example.com',
      phone: '+16175550142',
      contactMethods: ['email'],
      voicemailOk: false,
      textOk: false,
      discreet: false,
    });
    expect(record.measures.phq).toMatchObject({ form: 'phq-2', total: 1, positive: false });
    expect(record.measures.gad).toMatchObject({ form: 'gad-2', total: 2, positive: false });
    expect(record.safety).toMatchObject({ instrument: 'asq', result: 'negative', selfReportedInChat: true });
  });

  it('logs every answer with its field, step and time, leaving out the start, consent and review taps', () => {
    const record = submittedRecord();
    const fields = record.answers.map((entry) => entry.field);
    expect(fields).not.toContain('start');
    expect(fields).not.toContain('consent');
    expect(fields).not.toContain('review');
    expect(fields).toEqual(expect.arrayContaining(['whoFor', 'phq1', 'asq4', 'email', 'textOk']));
    expect(record.answers.find((entry) => entry.field === 'email')).toMatchObject({
      step: 'contact',
      value: 'sam.rivera@example.com',
      amended: false,
    });
    expect(record.answers.every((entry) => entry.amended === false)).toBe(true);
  });

  it('marks an answer that replaced an earlier one as amended', () => {
    const conversation = new Conversation().sayAll(['start', 'yes', 'myself', 'Sam']);
    expect(conversation.field).toBe('pronouns');
    conversation.say('back');
    expect(conversation.field).toBe('preferredName');
    conversation.say('Alex');
    expect(conversation.record.client.preferredName).toBe('Alex');
    expect(conversation.record.answers.filter((entry) => entry.field === 'preferredName')).toEqual([
      expect.objectContaining({ value: 'Sam', amended: false }),
      expect.objectContaining({ value: 'Alex', amended: true }),
    ]);
    expect(conversation.record.answers.find((entry) => entry.field === 'whoFor')?.amended).toBe(false);
  });

  it('a changed choice is amended too, and the record keeps only the new value', () => {
    const conversation = new Conversation().sayAll(['start', 'yes', 'myself', 'Sam', 'back', 'back']);
    expect(conversation.field).toBe('whoFor');
    conversation.say('my child');
    expect(conversation.record.client.whoFor).toBe('my-child');
    expect(conversation.record.answers.at(-1)).toMatchObject({ field: 'whoFor', value: 'my-child', amended: true });
  });
});

describe('a declined record', () => {
  it('keeps no answers: only time, locale, channel and the declined consent', () => {
    const conversation = new Conversation().sayAll(['start', 'no']);
    const { record } = conversation;
    expect(intakeRecordSchema.safeParse(record).success).toBe(true);
    expect(record.status).toBe('declined');
    expect(record.consent).toMatchObject({ given: false, at: expect.any(String) });
    expect(record).toMatchObject({ locale: 'en-US', channel: 'test', createdAt: expect.any(String) });
    expect(record.answers).toEqual([]);
    expect(record.client).toEqual({});
    expect(record.reasons).toEqual({ codes: [] });
    expect(record.history).toEqual({});
    expect(record.measures).toEqual({});
    expect(record.goals).toEqual({ codes: [] });
    expect(record.preferences).toEqual({ formats: [], availability: [] });
    expect(record.contact).toEqual({ contactMethods: [], voicemailOk: false, textOk: false, discreet: false });
    expect(record.safety).toMatchObject({ answers: {}, detectorEvents: [], statements: [] });
    expect(record.submittedAt).toBeNull();
  });

  it('after a crisis before consent: keeps the crisis event and the triage, still no answers', () => {
    const conversation = new Conversation().sayAll(['start', 'I wish I could disappear forever']);
    expect(conversation.crisis?.kind).toBe('suicide');
    conversation.sayAll(['yes', 'no', 'no', 'no', 'no', 'continue']);
    expect(conversation.field).toBe('consent');
    expect(conversation.record.safety.answers).toMatchObject({ asq1: 'yes', asq5: 'no' });
    conversation.say('no');
    const { record } = conversation;
    expect(record.status).toBe('declined');
    expect(record.answers).toEqual([]);
    expect(record.safety.answers).toEqual({});
    expect(record.safety.detectorEvents).toEqual([
      {
        at: expect.any(String),
        step: 'consent',
        kind: 'suicide',
        level: 'concern',
        subject: 'self',
        minor: false,
        source: 'detector',
      },
      // The positive screen that followed, kept without its answers.
      {
        at: expect.any(String),
        step: 'safety',
        kind: 'suicide',
        level: 'concern',
        subject: 'self',
        minor: false,
        source: 'screen',
      },
    ]);
    expect(record.safety.resourcesShown).toEqual(expect.arrayContaining(['us-988', 'us-911']));
    expect(record.triage.level).toBe('urgent');
  });
});

describe('what a person types in a crisis', () => {
  const canary = 'zebracanary';

  it('is never kept: detector events have kind, level, step, time and who was at risk only', () => {
    const conversation = new Conversation().sayAll(['start', `${canary} I want to die`]);
    expect(conversation.crisis).toBeDefined();
    const { record } = conversation;
    expect(record.safety.detectorEvents).toHaveLength(1);
    expect(Object.keys(record.safety.detectorEvents[0] ?? {}).sort()).toEqual([
      'at',
      'kind',
      'level',
      'minor',
      'source',
      'step',
      'subject',
    ]);
    expect(JSON.stringify(record)).not.toContain(canary);
  });

  it('typed where free text is asked, is not stored as the answer, through to submission', () => {
    const conversation = new Conversation().sayAll([
      'start',
      'yes',
      'myself',
      'Sam',
      'skip',
      '25-34',
      'US',
      'MA',
      'stress',
    ]);
    expect(conversation.prompt).toMatchObject({ field: 'reasonsOwnWords', input: 'text' });
    conversation.say(`${canary} honestly I want to die`);
    expect(conversation.crisis?.kind).toBe('suicide');
    expect(JSON.stringify(conversation.record)).not.toContain(canary);
    const record = complete(conversation, { ...shortIntake, asq1: 'yes', asq5: 'no' });
    expect(record.safety.detectorEvents).toEqual([
      expect.objectContaining({ step: 'reasons', kind: 'suicide', source: 'detector' }),
      expect.objectContaining({ step: 'safety', kind: 'suicide', source: 'screen' }),
    ]);
    expect(JSON.stringify(record)).not.toContain(canary);
  });
});

describe('the screen result in the record', () => {
  // Q5 ("thoughts of killing yourself right now?") answered yes in the emergency branch makes the result acute.
  it('an emergency whose Q5 was yes is acute, and the screen is not asked again', () => {
    const conversation = new Conversation().sayAll(['start', 'yes', 'myself']);
    conversation.say('I am going to kill myself tonight, I have the pills ready');
    expect(conversation.crisis?.level).toBe('emergency');
    expect(conversation.field).toBe('safeNow');
    conversation.say('yes');
    expect(conversation.field).toBe('asq5');
    conversation.say('yes');
    const record = complete(conversation, { ...shortIntake, safeNow: 'yes' });
    expect(record.safety.answers).toEqual({ asq5: 'yes' });
    expect(record.triage.level).toBe('emergency');
    expect(record.safety.result).toBe('acute');
  });
});

describe('the record schema', () => {
  it('refuses a submitted record without consent', () => {
    const record = submittedRecord();
    expect(intakeRecordSchema.safeParse(record).success).toBe(true);
    for (const consent of [null, { ...record.consent, given: false }]) {
      const parsed = intakeRecordSchema.safeParse({ ...record, consent });
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues).toContainEqual(
        expect.objectContaining({ path: ['consent'], message: 'submitted without consent' }),
      );
    }
  });

  it('refuses a submitted record with no email or phone, or no first name', () => {
    const record = submittedRecord();
    const noWayToReach = { ...record, contact: { ...record.contact, email: undefined, phone: undefined } };
    const noName = { ...record, contact: { ...record.contact, firstName: undefined } };
    for (const candidate of [noWayToReach, noName]) {
      const parsed = intakeRecordSchema.safeParse(candidate);
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues).toContainEqual(
        expect.objectContaining({ path: ['contact'], message: 'submitted without a way to contact the person' }),
      );
    }
    const phoneOnly = { ...record, contact: { ...record.contact, email: undefined } };
    expect(intakeRecordSchema.safeParse(phoneOnly).success).toBe(true);
  });

  it('allows an in-progress record without consent or contact', () => {
    const record = submittedRecord();
    const inProgress = {
      ...record,
      status: 'in-progress',
      submittedAt: null,
      consent: null,
      contact: { contactMethods: [], voicemailOk: false, textOk: false, discreet: false },
    };
    expect(intakeRecordSchema.safeParse(inProgress).success).toBe(true);
  });

  it('refuses a phone number that is not E.164 and an unknown status', () => {
    const record = submittedRecord();
    expect(
      intakeRecordSchema.safeParse({ ...record, contact: { ...record.contact, phone: '617-555-0142' } }).success,
    ).toBe(false);
    expect(intakeRecordSchema.safeParse({ ...record, status: 'done' }).success).toBe(false);
  });

  it('is published as JSON Schema for integrators: an object with the record sections', () => {
    const schema = z.toJSONSchema(intakeRecordSchema) as {
      type?: string;
      properties?: Record<string, { type?: string; enum?: unknown[]; properties?: Record<string, unknown> }>;
      required?: string[];
    };
    expect(schema.type).toBe('object');
    const properties = schema.properties ?? {};
    for (const key of ['id', 'status', 'triage', 'contact', 'safety']) expect(properties, key).toHaveProperty(key);
    expect(schema.required).toEqual(expect.arrayContaining(['id', 'status', 'triage', 'contact', 'safety']));
    expect(properties.status?.enum).toEqual(['in-progress', 'submitted', 'abandoned', 'declined']);
    expect(Object.keys(properties.triage?.properties ?? {})).toEqual(expect.arrayContaining(['level', 'kinds']));
    expect(Object.keys(properties.contact?.properties ?? {})).toEqual(
      expect.arrayContaining(['email', 'phone', 'voicemailOk', 'textOk']),
    );
  });
});
