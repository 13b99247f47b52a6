// The intake as a FHIR R4 Questionnaire, generated from the steps in dialogs/ so the two can never disagree.
import { createHash } from 'node:crypto';
import { countriesWithRegions } from '../../../dialogs/asked-when.js';
import { choiceTitleKey } from '../../../dialogs/choice-titles.js';
import { anyRegionName, codesOffered } from '../../../dialogs/choices.js';
import type { IntakeOptions } from '../../../dialogs/intake-options.js';
import { cssrsItemIds } from '../../../dialogs/screening/cssrs.js';
import { gadItemIds, phqItemIds } from '../../../dialogs/screening/instruments.js';
import { intakeSteps } from '../../../dialogs/steps/index.js';
import type { AskedWhen, FieldDefinition, StepDefinition } from '../../../dialogs/types.js';
import { type Translate, translator } from '../../i18n/index.js';
import { gadCodes, itemCode, phqCodes } from './loinc.js';
import type { Coding, Extension, Questionnaire, QuestionnaireItem, QuestionnaireItemType } from './types.js';

/** The canonical URL; a response names it with the version it was exported against (`url|version`). */
export const questionnaireUrl = 'urn:intake:questionnaire:intake';
/** The code system of one field's choices: the codes of CONVERSATION.md, which mean nothing outside that field. */
export const choiceSystem = (fieldId: string) => `urn:intake:choices:${fieldId}`;

const enableWhenExpressionUrl = 'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-enableWhenExpression';
const minValueUrl = 'http://hl7.org/fhir/StructureDefinition/minValue';
const maxValueUrl = 'http://hl7.org/fhir/StructureDefinition/maxValue';

/** What the questionnaire depends on in the practice's settings. */
export type QuestionnaireOptions = Pick<
  IntakeOptions,
  'serviceAreas' | 'therapistLanguages' | 'measuresEnabled' | 'screeningInstrument'
>;

/** Steps that steer the conversation (start, submit or edit) and hold nothing about the person. */
const conversationOnly = new Set(['welcome', 'review']);

/** The linkIds of the groups, the totals and the scale legend (field ids are the other linkIds). */
export const groupLinkId = (step: string) => `section-${step}`;
export const totalLinkIds = { phq9: 'phq9Total', phq2: 'phq2Total', gad7: 'gad7Total', gad2: 'gad2Total' } as const;
const panelLinkIds = { phq: 'phq-9', gad: 'gad-7' } as const;

const itemTypes: Record<FieldDefinition['input'], QuestionnaireItemType> = {
  choice: 'choice',
  multiChoice: 'choice',
  yesNo: 'choice',
  scale: 'integer',
  text: 'text',
  email: 'string',
  phone: 'string',
};

const itemType = (field: FieldDefinition): QuestionnaireItemType =>
  field.acceptsOwnWords ? 'open-choice' : itemTypes[field.input];

/** A choice as a Coding: its code in the field's system, its title in the questionnaire's language. */
function coding(field: FieldDefinition, code: string, options: QuestionnaireOptions, t: Translate): Coding {
  const key = choiceTitleKey(field, code);
  const display = key ? t(key, { defaultValue: code }) : anyRegionName(code, options);
  return { system: choiceSystem(field.id), code, ...(display ? { display } : {}) };
}

/** FHIRPath for "the scores of these items add up to at least this much" (the SDC enableWhenExpression). */
function scoreExpression(items: readonly string[], atLeast: number): string {
  const scores = items.map((id) => `%resource.repeat(item).where(linkId = '${id}').answer.value.first()`);
  return `(${scores.join(' + ')}) >= ${atLeast}`;
}

/** The field's condition as enableWhen (answers) or as an SDC expression (scores). */
function enableConditions(
  condition: AskedWhen | undefined,
  options: QuestionnaireOptions,
): Pick<QuestionnaireItem, 'enableWhen' | 'enableBehavior' | 'extension'> {
  if (condition === undefined) return {};
  if ('scoreOf' in condition) {
    const expression = scoreExpression(condition.scoreOf, condition.atLeast);
    return {
      extension: [{ url: enableWhenExpressionUrl, valueExpression: { language: 'text/fhirpath', expression } }],
    };
  }
  if ('answered' in condition) {
    return { enableWhen: [{ question: condition.answered, operator: 'exists', answerBoolean: true }] };
  }
  const answers =
    'anyOf' in condition
      ? condition.anyOf
      : countriesWithRegions(options).map((country) => ({ field: condition.regionsFor, is: country }));
  const enableWhen = answers.map(({ field, is }) => ({
    question: field,
    operator: '=' as const,
    answerCoding: { system: choiceSystem(field), code: is },
  }));
  return enableWhen.length > 1 ? { enableWhen, enableBehavior: 'any' } : { enableWhen };
}

function fieldItem(field: FieldDefinition, options: QuestionnaireOptions, t: Translate): QuestionnaireItem | undefined {
  const hasChoices = !['text', 'email', 'phone', 'scale'].includes(field.input);
  const codes = hasChoices ? codesOffered(field, options) : [];
  // A question with choices but none to offer here (regions, where the practice lists none) is never asked.
  if (hasChoices && codes.length === 0) return undefined;
  const code = itemCode(field.id);
  const conditions = enableConditions(field.askedWhen, options);
  const range: Extension[] =
    field.input === 'scale'
      ? [
          { url: minValueUrl, valueInteger: 0 },
          { url: maxValueUrl, valueInteger: 3 },
        ]
      : [];
  const extension = [...(conditions.extension ?? []), ...range];
  return {
    linkId: field.id,
    text: t(`intake:fields.${field.id}.label`),
    type: itemType(field),
    ...(code ? { code: [code] } : {}),
    ...conditions,
    ...(extension.length > 0 ? { extension } : {}),
    ...(field.optional ? {} : { required: true }),
    ...(field.input === 'multiChoice' ? { repeats: true } : {}),
    ...(codes.length > 0 ? { answerOption: codes.map((c) => ({ valueCoding: coding(field, c, options, t) })) } : {}),
  };
}

const totalItem = (linkId: string, text: string, code?: Coding): QuestionnaireItem => ({
  linkId,
  text,
  type: 'integer',
  readOnly: true,
  ...(code ? { code: [code] } : {}),
});

/** PHQ-9 and GAD-7 each as a group with its LOINC panel code, its items and its totals; the scores' meaning first. */
function measuresItems(step: StepDefinition, options: QuestionnaireOptions, t: Translate): QuestionnaireItem[] {
  const itemsOf = (ids: readonly string[]) =>
    step.fields.filter((field) => ids.includes(field.id)).flatMap((field) => fieldItem(field, options, t) ?? []);
  const legend = ['0', '1', '2', '3'].map((score) => `${score}: ${t(`intake:choices.scale.${score}`)}`).join(' · ');
  return [
    { linkId: 'measures-scale', text: legend, type: 'display' },
    {
      linkId: panelLinkIds.phq,
      text: 'PHQ-9',
      type: 'group',
      code: [phqCodes.panel],
      item: [
        ...itemsOf(phqItemIds),
        totalItem(totalLinkIds.phq2, 'PHQ-2 total', phqCodes.shortTotal),
        totalItem(totalLinkIds.phq9, 'PHQ-9 total', phqCodes.total),
      ],
    },
    {
      linkId: panelLinkIds.gad,
      text: 'GAD-7',
      type: 'group',
      code: [gadCodes.panel],
      item: [
        ...itemsOf(gadItemIds),
        totalItem(totalLinkIds.gad2, 'GAD-2 total'),
        totalItem(totalLinkIds.gad7, 'GAD-7 total', gadCodes.total),
      ],
    },
  ];
}

/** Whether the practice asks a field at all: the C-SSRS screener only where chosen (the ASQ is asked everywhere). */
const isInPractice = (field: FieldDefinition, options: QuestionnaireOptions) =>
  options.screeningInstrument === 'c-ssrs-screener' || !(cssrsItemIds as readonly string[]).includes(field.id);

function stepItem(step: StepDefinition, options: QuestionnaireOptions, t: Translate): QuestionnaireItem {
  const item =
    step.id === 'measures'
      ? measuresItems(step, options, t)
      : step.fields
          .filter((field) => isInPractice(field, options))
          .flatMap((field) => fieldItem(field, options, t) ?? []);
  return { linkId: groupLinkId(step.id), text: t(`intake:steps.${step.id}`), type: 'group', item };
}

/**
 * The Questionnaire for a practice: one group per step of the intake (not the crisis branch, which is not part of the
 * record), one item per field. Its version is a digest of its content, so any change to the steps, the wording or the
 * practice's choices gives a new version and the same content always the same one.
 */
export function intakeQuestionnaire(options: QuestionnaireOptions, language = 'en'): Questionnaire {
  const t = translator(language);
  const steps = intakeSteps.filter(
    (step) => !conversationOnly.has(step.id) && (step.id !== 'measures' || options.measuresEnabled),
  );
  const item = steps.map((step) => stepItem(step, options, t));
  const version = createHash('sha256')
    .update(JSON.stringify([language, item]))
    .digest('hex')
    .slice(0, 12);
  return {
    resourceType: 'Questionnaire',
    id: 'intake',
    url: questionnaireUrl,
    version,
    name: 'TherapyIntake',
    title: 'Therapy intake',
    status: 'active',
    language,
    subjectType: ['Patient'],
    item,
  };
}

/** How a response names the questionnaire it answers. */
export const canonicalOf = (questionnaire: Questionnaire) => `${questionnaire.url}|${questionnaire.version}`;
