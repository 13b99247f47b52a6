// The vocabulary of the intake: steps, fields, input kinds and answers, as plain data the machine routes over.
import type { z } from 'zod';

export const inputKinds = ['choice', 'multiChoice', 'yesNo', 'scale', 'text', 'email', 'phone'] as const;
export type InputKind = (typeof inputKinds)[number];

export const stepIds = [
  'welcome',
  'consent',
  'about',
  'reasons',
  'history',
  'measures',
  'goals',
  'preferences',
  'safety',
  'contact',
  'review',
  'submitted',
  'crisis',
] as const;
export type StepId = (typeof stepIds)[number];

/** The answer to one field: a choice code, several codes, a scale score, or text. */
export type AnswerValue = string | number | string[];
export type Answers = Partial<Record<string, AnswerValue>>;

/** Choices that depend on the practice or on earlier answers, resolved by `choicesFor`. */
export type DynamicChoices = 'countries' | 'regions' | 'therapistLanguages' | 'contactMethods' | 'reviewActions';

/**
 * Where a choice's titles live: the field's own list in the locale files (`own`), a list several fields share
 * (`intake:choices.<list>`), or the practice's settings (region names, which have no locale key).
 */
export type ChoiceTitles = 'own' | 'yesNo' | 'scale' | 'country' | 'language' | 'times' | 'practice';

/** One earlier answer a field can depend on: that field's answer is this code. */
export interface AnswerCondition {
  field: string;
  is: string;
}

/**
 * When a field is asked at all (no condition: whenever its step is reached). The machine's routes ask it exactly
 * then, and the FHIR Questionnaire says it as `enableWhen`; test/dialogs/asked-when.test.ts holds the two together.
 */
export type AskedWhen =
  /** Any one of these answers was given. */
  | { anyOf: readonly AnswerCondition[] }
  /** That field has an answer (whatever it is). */
  | { answered: string }
  /** The practice lists regions for the country answered in that field. */
  | { regionsFor: string }
  /** The scores of these scale items add up to at least this much. */
  | { scoreOf: readonly string[]; atLeast: number };

export interface FieldDefinition {
  id: string;
  step: StepId;
  input: InputKind;
  /** Codes in the order they are offered. */
  choices?: readonly string[];
  dynamicChoices?: DynamicChoices;
  /** Where the choices' titles come from; `own` when not said. */
  titles?: ChoiceTitles;
  /** A choice field that also takes the person's own words when nothing matches (pronouns, region). */
  acceptsOwnWords?: boolean;
  optional: boolean;
  askedWhen?: AskedWhen;
  /** Validates an answer however it arrived (typed, tapped, or a card submission that may be tampered with). */
  schema: z.ZodType<AnswerValue>;
}

export interface StepDefinition {
  id: StepId;
  fields: readonly FieldDefinition[];
}
