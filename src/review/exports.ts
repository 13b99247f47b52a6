// The export formats the dashboard and the staff API hand out, for the practice's questionnaire: CSV rows, and FHIR
// R4 QuestionnaireResponses against the Questionnaire generated from the step definitions.
import type { IntakeOptions } from '../../dialogs/intake-options.js';
import { recordsToCsv } from '../record/csv.js';
import { intakeQuestionnaire } from '../record/fhir/questionnaire.js';
import { questionnaireResponse } from '../record/fhir/response.js';
import type { ReviewExports } from './review-service.js';

export function reviewExports(options: IntakeOptions): ReviewExports & { questionnaire: () => object } {
  // The questionnaire depends only on the practice's settings: built once.
  const questionnaire = intakeQuestionnaire(options);
  return {
    csv: (records) => recordsToCsv(records),
    questionnaireResponse: (record) => questionnaireResponse(record, questionnaire),
    questionnaire: () => questionnaire,
  };
}
