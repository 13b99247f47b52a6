// The intake as a FHIR R4 Questionnaire: valid R4 for every kind of practice, one item per field, branches as enableWhen.
import { describe, expect, it } from 'vitest';
import { crisisStep } from '../../dialogs/steps/crisis.js';
import { intakeSteps } from '../../dialogs/steps/index.js';
import { intakeQuestionnaire, questionnaireUrl } from '../../src/record/fhir/questionnaire.js';
import type { Questionnaire, QuestionnaireItem } from '../../src/record/fhir/types.js';
import { defaultPractice, defaultRuntime, runtimeWith } from '../helpers/conversation.js';
import { allItems, r4Problems } from '../helpers/fhir.js';

const practices = {
  'the shipped practice': defaultRuntime.options,
  'a practice using the C-SSRS screener': runtimeWith({ screeningInstrument: 'c-ssrs-screener' }).options,
  'a practice with the measures off': runtimeWith({ measuresEnabled: false }).options,
  'a practice listing no regions': runtimeWith({
    serviceAreas: [
      { country: 'ES', regions: [] },
      { country: 'MX', regions: [] },
    ],
  }).options,
  'a practice licensed in US states and Canadian provinces': runtimeWith({
    serviceAreas: [...defaultPractice.serviceAreas, { country: 'CA', regions: [{ code: 'ON', name: 'Ontario' }] }],
  }).options,
};

const questionnaire = intakeQuestionnaire(defaultRuntime.options);
const itemsOf = (q: Questionnaire) => allItems<QuestionnaireItem>(q.item);
const itemOf = (q: Questionnaire, linkId: string) => {
  const found = itemsOf(q).find((item) => item.linkId === linkId);
  if (!found) throw new Error(`no item ${linkId}`);
  return found;
};
const loincOf = (linkId: string) => itemOf(questionnaire, linkId).code?.map((c) => `${c.system}|${c.code}`);

describe('the intake Questionnaire', () => {
  it.each(Object.entries(practices))('is valid FHIR R4 for %s', (_name, options) => {
    for (const language of ['en', 'es']) {
      const generated = intakeQuestionnaire(options, language);
      expect(r4Problems(generated)).toEqual({ valid: true, errors: [] });
    }
  });

  it('is active, under a stable canonical URL and a version that follows its content', () => {
    expect(questionnaire).toMatchObject({ resourceType: 'Questionnaire', status: 'active', url: questionnaireUrl });
    expect(intakeQuestionnaire(defaultRuntime.options).version).toBe(questionnaire.version);
    expect(intakeQuestionnaire(practices['a practice with the measures off']).version).not.toBe(questionnaire.version);
    expect(intakeQuestionnaire(defaultRuntime.options, 'es').version).not.toBe(questionnaire.version);
  });

  it('has one group per step of the intake and one item per field, each linkId once', () => {
    const linkIds = itemsOf(questionnaire).map((item) => item.linkId);
    expect(new Set(linkIds).size).toBe(linkIds.length);
    const groups = questionnaire.item.map((group) => group.linkId);
    expect(groups).toEqual(
      intakeSteps.filter((s) => s.id !== 'welcome' && s.id !== 'review').map((s) => `section-${s.id}`),
    );
    const asqPractice = intakeSteps
      .filter((s) => s.id !== 'welcome' && s.id !== 'review')
      .flatMap((s) => s.fields.map((f) => f.id))
      .filter((id) => !id.startsWith('cssrs'));
    expect(asqPractice.filter((id) => !linkIds.includes(id))).toEqual([]);
    const cssrs = intakeQuestionnaire(practices['a practice using the C-SSRS screener']);
    expect(itemsOf(cssrs).map((i) => i.linkId)).toEqual(expect.arrayContaining(['cssrs1', 'cssrs6Recent', 'asq1']));
  });

  it('leaves out the crisis branch and the conversation-only questions', () => {
    const linkIds = itemsOf(questionnaire).map((item) => item.linkId);
    for (const id of [...crisisStep.fields.map((f) => f.id), 'start', 'review']) expect(linkIds).not.toContain(id);
    expect(linkIds).not.toContain('cssrs1');
  });

  it('types each item by its input: choices with their codes and English titles, own words, text, scores', () => {
    expect(itemOf(questionnaire, 'whoFor')).toMatchObject({ type: 'choice', required: true });
    expect(itemOf(questionnaire, 'whoFor').answerOption?.map((o) => o.valueCoding.code)).toEqual([
      'myself',
      'my-child',
      'couple',
      'family',
    ]);
    expect(itemOf(questionnaire, 'pronouns')).toMatchObject({ type: 'open-choice' });
    expect(itemOf(questionnaire, 'pronouns').required).toBeUndefined();
    expect(itemOf(questionnaire, 'reasons')).toMatchObject({ type: 'choice', repeats: true, required: true });
    expect(itemOf(questionnaire, 'reasonsOwnWords')).toMatchObject({ type: 'text' });
    expect(itemOf(questionnaire, 'email')).toMatchObject({ type: 'string' });
    expect(itemOf(questionnaire, 'phq1')).toMatchObject({ type: 'integer', required: true });
    expect(itemOf(questionnaire, 'asq1').answerOption?.map((o) => o.valueCoding)).toEqual([
      { system: 'urn:intake:choices:asq1', code: 'yes', display: 'Yes' },
      { system: 'urn:intake:choices:asq1', code: 'no', display: 'No' },
      { system: 'urn:intake:choices:asq1', code: 'prefer-not', display: "I'd rather not say" },
    ]);
    expect(itemOf(questionnaire, 'region').answerOption?.map((o) => o.valueCoding.display)).toEqual([
      'Massachusetts',
      'New Hampshire',
      'Rhode Island',
    ]);
    expect(itemOf(questionnaire, 'therapistLanguage').answerOption?.map((o) => o.valueCoding.code)).toEqual([
      'en',
      'es',
      'no-preference',
    ]);
  });

  it('says every single-answer branch as enableWhen, pointing at items that exist, with codes they offer', () => {
    for (const generated of Object.values(practices).map((options) => intakeQuestionnaire(options))) {
      const items = itemsOf(generated);
      for (const item of items) {
        for (const condition of item.enableWhen ?? []) {
          const target = items.find((candidate) => candidate.linkId === condition.question);
          expect(target, `${item.linkId} -> ${condition.question}`).toBeDefined();
          if (condition.answerCoding) {
            expect(target?.answerOption?.map((o) => o.valueCoding)).toContainEqual(
              expect.objectContaining(condition.answerCoding),
            );
          }
        }
        if ((item.enableWhen?.length ?? 0) > 1) expect(item.enableBehavior, item.linkId).toBe('any');
      }
    }
    const codes = (linkId: string) =>
      itemOf(questionnaire, linkId).enableWhen?.map((w) => `${w.question}=${w.answerCoding?.code ?? w.operator}`);
    expect(codes('insuranceCarrier')).toEqual(['payment=insurance']);
    expect(codes('region')).toEqual(['country=US']);
    expect(codes('asq4Details')).toEqual(['asq4=yes']);
    expect(codes('voicemailOk')).toEqual(['phone=exists']);
    expect(codes('asq5')).toEqual([
      'asq1=yes',
      'asq1=prefer-not',
      'asq2=yes',
      'asq2=prefer-not',
      'asq3=yes',
      'asq3=prefer-not',
      'asq4=yes',
      'asq4=prefer-not',
    ]);
    expect(itemOf(questionnaire, 'asq5').enableBehavior).toBe('any');
    const twoCountries = intakeQuestionnaire(practices['a practice licensed in US states and Canadian provinces']);
    expect(itemOf(twoCountries, 'region')).toMatchObject({ enableBehavior: 'any' });
    expect(itemsOf(intakeQuestionnaire(practices['a practice listing no regions'])).map((i) => i.linkId)).not.toContain(
      'region',
    );
  });

  it('asks the rest of the PHQ-9 and GAD-7 by their short-form score (SDC enableWhenExpression)', () => {
    const expressionOf = (linkId: string) =>
      itemOf(questionnaire, linkId).extension?.find((e) => e.url.endsWith('sdc-questionnaire-enableWhenExpression'))
        ?.valueExpression;
    for (const id of ['phq3', 'phq9']) {
      expect(expressionOf(id)).toEqual({
        language: 'text/fhirpath',
        expression:
          "(%resource.repeat(item).where(linkId = 'phq1').answer.value.first() + " +
          "%resource.repeat(item).where(linkId = 'phq2').answer.value.first()) >= 3",
      });
    }
    expect(expressionOf('gad3')?.expression).toContain("linkId = 'gad2'");
    expect(expressionOf('phq2')).toBeUndefined();
  });

  it('codes the PHQ-9 and GAD-7 items, panels and totals in LOINC', () => {
    const loinc = (code: string) => [`http://loinc.org|${code}`];
    expect(loincOf('phq-9')).toEqual(loinc('44249-1'));
    expect(loincOf('phq1')).toEqual(loinc('44250-9'));
    expect(loincOf('phq9')).toEqual(loinc('44260-8'));
    expect(loincOf('phq9Total')).toEqual(loinc('44261-6'));
    expect(loincOf('gad-7')).toEqual(loinc('69737-5'));
    expect(loincOf('gad7Total')).toEqual(loinc('70274-6'));
    expect(itemOf(questionnaire, 'phq9Total')).toMatchObject({ type: 'integer', readOnly: true });
    const cssrs = intakeQuestionnaire(practices['a practice using the C-SSRS screener']);
    expect(itemOf(cssrs, 'cssrs1').code).toEqual([{ system: 'http://loinc.org', code: '93246-7' }]);
    expect(itemOf(cssrs, 'cssrs6Recent').code).toEqual([{ system: 'http://loinc.org', code: '93269-9' }]);
  });
});
