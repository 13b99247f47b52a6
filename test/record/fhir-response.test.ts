// Records as FHIR R4 QuestionnaireResponses: valid R4, every answer under a linkId of the Questionnaire, only what a view holds.
import { describe, expect, it } from 'vitest';
import { intakeQuestionnaire, questionnaireUrl } from '../../src/record/fhir/questionnaire.js';
import { questionnaireResponse } from '../../src/record/fhir/response.js';
import type {
  Questionnaire,
  QuestionnaireItem,
  QuestionnaireResponse,
  ResponseItem,
} from '../../src/record/fhir/types.js';
import type { RecordView } from '../../src/record/record-view.js';
import type { IntakeRecord } from '../../src/record/schema.js';
import { Conversation, defaultRuntime, runtimeWith } from '../helpers/conversation.js';
import { allItems, answersByLinkId, isEnabled, r4Problems } from '../helpers/fhir.js';
import { englishFreeText, englishTapped, wholeIntakes } from '../helpers/intake-scripts.js';

const questionnaire = intakeQuestionnaire(defaultRuntime.options);

const wholeRecords = wholeIntakes.map(({ name, locale, script, how }) => ({
  name,
  record: new Conversation(defaultRuntime, locale).completeWith(script, how),
}));

/**
 * Each response item sits where the Questionnaire has that linkId (same nesting), and each answer has the form its
 * item's type takes: a code the item offers, the person's words where it takes them, a whole score.
 */
function expectToFollow(items: readonly ResponseItem[], questions: readonly QuestionnaireItem[], path = ''): void {
  for (const item of items) {
    const question = questions.find((q) => q.linkId === item.linkId);
    expect(question, `${path}/${item.linkId} is not in the Questionnaire here`).toBeDefined();
    if (!question) continue;
    if (question.type === 'group') {
      expect(item.answer).toBeUndefined();
      expectToFollow(item.item ?? [], question.item ?? [], `${path}/${item.linkId}`);
      continue;
    }
    expect(item.item).toBeUndefined();
    expect(item.answer?.length, item.linkId).toBeGreaterThan(0);
    if (!question.repeats) expect(item.answer?.length, item.linkId).toBe(1);
    for (const answer of item.answer ?? []) {
      if (question.type === 'integer') expect(Number.isInteger(answer.valueInteger), item.linkId).toBe(true);
      else if (question.type === 'text' || question.type === 'string')
        expect(answer.valueString).toEqual(expect.any(String));
      else if (answer.valueCoding) {
        expect(
          question.answerOption?.map((o) => o.valueCoding),
          item.linkId,
        ).toContainEqual(answer.valueCoding);
      } else expect(question.type, `${item.linkId} answered in words`).toBe('open-choice');
    }
  }
}

function expectSound(response: QuestionnaireResponse, record: RecordView, against: Questionnaire = questionnaire) {
  expect(r4Problems(response)).toEqual({ valid: true, errors: [] });
  expect(response).toMatchObject({
    resourceType: 'QuestionnaireResponse',
    id: record.id,
    identifier: { value: record.reference },
    questionnaire: `${questionnaireUrl}|${against.version}`,
    authored: record.updatedAt,
  });
  expectToFollow(response.item ?? [], against.item);
}

const linkIdsOf = (response: QuestionnaireResponse) => allItems<ResponseItem>(response.item).map((i) => i.linkId);
const answerOf = (response: QuestionnaireResponse, linkId: string) => answersByLinkId(response).get(linkId);

describe('a QuestionnaireResponse from a whole intake', () => {
  it.each(wholeRecords)('is valid R4 and answers the Questionnaire ($name)', ({ record }) => {
    const response = questionnaireResponse(record, questionnaire);
    expectSound(response, record);
    expect(response.status).toBe('completed');
  });

  it.each(wholeRecords)('answers only questions its answers enable ($name)', ({ record }) => {
    const response = questionnaireResponse(record, questionnaire);
    const answers = answersByLinkId(response);
    const questions = allItems<QuestionnaireItem>(questionnaire.item);
    for (const linkId of answers.keys()) {
      const question = questions.find((q) => q.linkId === linkId);
      expect(question && isEnabled(question, answers), `${linkId} answered but not enabled`).toBe(true);
    }
  });

  it('keeps every answer: codes with their titles, words as typed, scores and LOINC-coded totals', () => {
    const record = wholeRecords[0]?.record as IntakeRecord;
    const response = questionnaireResponse(record, questionnaire);
    expect(answerOf(response, 'whoFor')).toEqual([
      { valueCoding: { system: 'urn:intake:choices:whoFor', code: 'myself', display: 'Myself' } },
    ]);
    expect(answerOf(response, 'reasons')?.map((a) => a.valueCoding?.code)).toEqual(['anxiety', 'sleep']);
    expect(answerOf(response, 'reasonsOwnWords')).toEqual([{ valueString: englishFreeText.reasonsOwnWords }]);
    expect(answerOf(response, 'region')?.[0]?.valueCoding).toMatchObject({ code: 'MA', display: 'Massachusetts' });
    expect(answerOf(response, 'phone')).toEqual([{ valueString: '+16175550142' }]);
    expect(answerOf(response, 'phq1')).toEqual([{ valueInteger: 2 }]);
    expect(answerOf(response, 'phq9Total')).toEqual([{ valueInteger: record.measures.phq?.total }]);
    expect(answerOf(response, 'gad7Total')).toEqual([{ valueInteger: record.measures.gad?.total }]);
    expect(answerOf(response, 'voicemailOk')?.[0]?.valueCoding?.code).toBe('yes');
    expect(answerOf(response, 'consent')?.[0]?.valueCoding?.code).toBe('yes');
    expect(answerOf(response, 'insuranceCarrier')).toEqual([{ valueString: 'bcbs' }]);
  });

  it('keeps the short-form totals when only PHQ-2 / GAD-2 were asked', () => {
    const record = wholeRecords[1]?.record as IntakeRecord;
    const response = questionnaireResponse(record, questionnaire);
    expect(answerOf(response, 'phq2Total')).toEqual([{ valueInteger: 1 }]);
    expect(answerOf(response, 'gad2Total')).toEqual([{ valueInteger: 1 }]);
    expect(linkIdsOf(response)).not.toContain('phq9Total');
  });

  it("takes the person's own words where a question takes them", () => {
    const conversation = new Conversation();
    const record = conversation.completeWith({ ...englishFreeText, pronouns: 'xe/xem', country: 'Spain' });
    const response = questionnaireResponse(record, questionnaire);
    expectSound(response, record);
    expect(answerOf(response, 'pronouns')).toEqual([{ valueString: 'xe/xem' }]);
  });

  it('under the C-SSRS screener, answers its LOINC-coded questions', () => {
    const runtime = runtimeWith({ screeningInstrument: 'c-ssrs-screener' });
    const cssrs = intakeQuestionnaire(runtime.options);
    const record = new Conversation(runtime).completeWith({
      ...englishFreeText,
      cssrs1: 'yes',
      cssrs2: 'no',
      cssrs6: 'no',
    });
    const response = questionnaireResponse(record, cssrs);
    expectSound(response, record, cssrs);
    expect(linkIdsOf(response)).toEqual(expect.arrayContaining(['cssrs1', 'cssrs2', 'cssrs6']));
  });
});

describe('the response status', () => {
  it('is in-progress while the intake is, and valid at every turn on the way', () => {
    const conversation = new Conversation();
    const seen = new Set<string>();
    conversation.completeWith(englishFreeText, 'say', () => {
      const { record } = conversation;
      if (record.status !== 'in-progress') return;
      const response = questionnaireResponse(record, questionnaire);
      expectSound(response, record);
      expect(response.status).toBe('in-progress');
      seen.add(response.status);
    });
    expect(seen).toEqual(new Set(['in-progress']));
  });

  it('is amended when an answer was changed before sending', () => {
    const conversation = new Conversation();
    const script = { ...englishTapped, review: 'edit-goals' };
    conversation.completeWith(script, 'tap', () => {
      if (conversation.field === 'goals' && conversation.record.goals.codes.length > 0) script.review = 'submit';
    });
    const record = conversation.record;
    expect(record.answers.some((a) => a.amended)).toBe(true);
    const response = questionnaireResponse(record, questionnaire);
    expectSound(response, record);
    expect(response.status).toBe('amended');
  });

  it('is stopped for an intake left before it was sent (declined, or abandoned)', () => {
    const declined = new Conversation().sayAll(['start', 'no']).record;
    expect(declined.status).toBe('declined');
    const response = questionnaireResponse(declined, questionnaire);
    expectSound(response, declined);
    expect(response.status).toBe('stopped');
    // A declined intake keeps no answers: only that consent was not given.
    expect(linkIdsOf(response)).toEqual(['section-consent', 'consent']);
    expect(answerOf(response, 'consent')?.[0]?.valueCoding?.code).toBe('no');
    const abandoned: IntakeRecord = {
      ...(wholeRecords[0]?.record as IntakeRecord),
      status: 'abandoned',
      submittedAt: null,
    };
    expect(questionnaireResponse(abandoned, questionnaire).status).toBe('stopped');
  });
});

describe('what a response never holds', () => {
  it('no crisis branch answers, detector events or words typed in a crisis', () => {
    const canary = 'zebracanary';
    const conversation = new Conversation().sayAll(['start', 'yes', 'myself']);
    conversation.say(`${canary} I am going to kill myself tonight, I have the pills ready`);
    expect(conversation.crisis?.level).toBe('emergency');
    const record = conversation.completeWith({
      ...englishFreeText,
      safeNow: 'yes',
      asq5: 'no',
      continueIntake: 'continue',
    });
    expect(record.safety.detectorEvents.length).toBeGreaterThan(0);
    const response = questionnaireResponse(record, questionnaire);
    expect(r4Problems(response)).toEqual({ valid: true, errors: [] });
    const json = JSON.stringify(response);
    expect(json).not.toContain(canary);
    for (const crisisField of ['safeNow', 'safeToChat', 'continueIntake', 'checkIn']) {
      expect(linkIdsOf(response)).not.toContain(crisisField);
    }
    // Detector events and statements are records of the crisis, never answers to the intake's questions.
    expect(json).not.toMatch(/detector|"kind"|"level"|safe-now|rules/);
  });

  it('no section the view leaves out: a front-desk view has no safety, measures or own words', () => {
    const record = wholeRecords[0]?.record as IntakeRecord;
    const hidden = new Set(['reasonsOwnWords', 'goalsOwnWords']);
    const { safety: _safety, measures: _measures, ...rest } = record;
    const frontDesk: RecordView = {
      ...rest,
      reasons: { codes: record.reasons.codes },
      goals: { codes: record.goals.codes },
      answers: record.answers.filter((a) => a.step !== 'safety' && a.step !== 'measures' && !hidden.has(a.field)),
    };
    const response = questionnaireResponse(frontDesk, questionnaire);
    expectSound(response, frontDesk);
    const linkIds = linkIdsOf(response);
    for (const absent of ['section-safety', 'section-measures', 'asq1', 'phq1', 'phq9Total', ...hidden]) {
      expect(linkIds).not.toContain(absent);
    }
    expect(linkIds).toEqual(expect.arrayContaining(['whoFor', 'reasons', 'goals', 'email']));
    expect(JSON.stringify(response)).not.toContain(englishFreeText.reasonsOwnWords);
  });

  it('a bare view with only who the record is still gives a valid response', () => {
    const record = wholeRecords[0]?.record as IntakeRecord;
    const bare: RecordView = {
      id: record.id,
      reference: record.reference,
      status: record.status,
      createdAt: record.createdAt,
      updatedAt: record.updatedAt,
    };
    const response = questionnaireResponse(bare, questionnaire);
    expectSound(response, bare);
    expect(response.item).toBeUndefined();
  });
});
