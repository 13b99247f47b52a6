// The parts of FHIR R4 the exports write (Questionnaire, QuestionnaireResponse), typed so a misspelt element fails the build.

export interface Coding {
  system?: string;
  code: string;
  display?: string;
}

export interface Extension {
  url: string;
  valueInteger?: number;
  valueExpression?: { language: 'text/fhirpath'; expression: string; description?: string };
}

export type QuestionnaireItemType = 'group' | 'display' | 'choice' | 'open-choice' | 'text' | 'string' | 'integer';

export interface EnableWhen {
  question: string;
  operator: 'exists' | '=';
  answerBoolean?: boolean;
  answerCoding?: Coding;
}

export interface QuestionnaireItem {
  linkId: string;
  text?: string;
  type: QuestionnaireItemType;
  code?: Coding[];
  extension?: Extension[];
  enableWhen?: EnableWhen[];
  enableBehavior?: 'all' | 'any';
  required?: boolean;
  repeats?: boolean;
  readOnly?: boolean;
  answerOption?: { valueCoding: Coding }[];
  item?: QuestionnaireItem[];
}

export interface Questionnaire {
  resourceType: 'Questionnaire';
  id: string;
  url: string;
  version: string;
  name: string;
  title: string;
  status: 'active';
  language: string;
  subjectType: string[];
  item: QuestionnaireItem[];
}

export interface ResponseAnswer {
  valueCoding?: Coding;
  valueString?: string;
  valueInteger?: number;
}

export interface ResponseItem {
  linkId: string;
  text?: string;
  answer?: ResponseAnswer[];
  item?: ResponseItem[];
}

export interface QuestionnaireResponse {
  resourceType: 'QuestionnaireResponse';
  id: string;
  identifier: { system: string; value: string };
  questionnaire: string;
  status: 'in-progress' | 'completed' | 'amended' | 'stopped';
  authored: string;
  /** Left out when nothing was answered (FHIR allows no empty lists). */
  item?: ResponseItem[];
}
