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

export interface FieldDefinition {
  id: string;
  step: StepId;
  input: InputKind;
  /** Codes in the order they are offered. */
  choices?: readonly string[];
  dynamicChoices?: DynamicChoices;
  /** A choice field that also takes the person's own words when nothing matches (pronouns, region). */
  acceptsOwnWords?: boolean;
  optional: boolean;
  /** Validates an answer however it arrived (typed, tapped, or a card submission that may be tampered with). */
  schema: z.ZodType<AnswerValue>;
}

export interface StepDefinition {
  id: StepId;
  fields: readonly FieldDefinition[];
}
