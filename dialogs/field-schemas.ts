// Zod answer schemas by input kind, so every step declares its answers the same way.
import { z } from 'zod';
import type { AnswerValue, FieldDefinition, InputKind, StepId } from './types.js';

export const maxTextLength = 2000;
const codeList = (codes: readonly string[]) => z.enum(codes as [string, ...string[]]);

export const textAnswer = z.string().trim().min(1).max(maxTextLength);
export const emailAnswer = z.string().trim().max(254).pipe(z.email());
/** E.164: a plus, a country code, at most 15 digits. */
export const phoneAnswer = z.string().regex(/^\+[1-9]\d{6,14}$/);
export const scaleAnswer = z.number().int().min(0).max(3);

export const yesNoCodes = ['yes', 'no'] as const;
export const yesNoPreferNotCodes = ['yes', 'no', 'prefer-not'] as const;
export const scaleCodes = ['0', '1', '2', '3'] as const;

interface FieldOptions {
  optional?: boolean;
  acceptsOwnWords?: boolean;
}

function define(
  step: StepId,
  id: string,
  input: InputKind,
  schema: z.ZodType<AnswerValue>,
  extra: Partial<FieldDefinition> & FieldOptions,
): FieldDefinition {
  return { ...extra, id, step, input, schema, optional: extra.optional ?? false };
}

export const field = {
  choice: (step: StepId, id: string, choices: readonly string[], options: FieldOptions = {}) =>
    define(step, id, 'choice', options.acceptsOwnWords ? z.string().trim().min(1).max(80) : codeList(choices), {
      choices,
      ...options,
    }),
  dynamicChoice: (
    step: StepId,
    id: string,
    dynamicChoices: FieldDefinition['dynamicChoices'],
    options: FieldOptions = {},
  ) => define(step, id, 'choice', z.string().trim().min(1).max(80), { dynamicChoices, ...options }),
  multiChoice: (step: StepId, id: string, choices: readonly string[], options: FieldOptions = {}) =>
    define(step, id, 'multiChoice', z.array(codeList(choices)).min(1).max(choices.length), { choices, ...options }),
  dynamicMultiChoice: (
    step: StepId,
    id: string,
    dynamicChoices: FieldDefinition['dynamicChoices'],
    options: FieldOptions = {},
  ) =>
    define(step, id, 'multiChoice', z.array(z.string().min(1).max(40)).min(1).max(10), { dynamicChoices, ...options }),
  yesNo: (step: StepId, id: string, options: FieldOptions & { preferNot?: boolean } = {}) => {
    const choices = options.preferNot ? yesNoPreferNotCodes : yesNoCodes;
    return define(step, id, 'yesNo', codeList(choices), { choices, optional: options.optional });
  },
  scale: (step: StepId, id: string) => define(step, id, 'scale', scaleAnswer, { choices: scaleCodes }),
  text: (step: StepId, id: string, options: FieldOptions = {}) => define(step, id, 'text', textAnswer, options),
  email: (step: StepId, id: string, options: FieldOptions = {}) => define(step, id, 'email', emailAnswer, options),
  phone: (step: StepId, id: string, options: FieldOptions = {}) => define(step, id, 'phone', phoneAnswer, options),
};
