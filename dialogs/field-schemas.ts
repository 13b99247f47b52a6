// Fields by input kind with their zod answer schemas; each keeps its literal id, step and codes for the chart's types.
import { z } from 'zod';
import type { AnswerValue, AskedWhen, ChoiceTitles, DynamicChoices, StepId } from './types.js';

export const maxTextLength = 2000;
// zod types an enum as a non-empty tuple; every field declared here lists at least one code.
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
  titles?: ChoiceTitles;
  askedWhen?: AskedWhen;
}

type YesNoOptions = Pick<FieldOptions, 'optional' | 'askedWhen'>;

/** The parts every field has, whatever its input. */
function define<const Core extends { id: string; step: StepId }>(
  core: Core,
  schema: z.ZodType<AnswerValue>,
  options: FieldOptions,
) {
  return { ...options, ...core, schema, optional: options.optional ?? false };
}

function yesNo<const S extends StepId, const Id extends string>(
  step: S,
  id: Id,
  options: YesNoOptions & { preferNot: true },
): ReturnType<typeof yesNoField<S, Id, typeof yesNoPreferNotCodes>>;
function yesNo<const S extends StepId, const Id extends string>(
  step: S,
  id: Id,
  options?: YesNoOptions & { preferNot?: false },
): ReturnType<typeof yesNoField<S, Id, typeof yesNoCodes>>;
function yesNo(step: StepId, id: string, options: YesNoOptions & { preferNot?: boolean } = {}) {
  const { preferNot, ...rest } = options;
  return yesNoField(step, id, preferNot ? yesNoPreferNotCodes : yesNoCodes, rest);
}

function yesNoField<S extends StepId, Id extends string, C extends readonly string[]>(
  step: S,
  id: Id,
  choices: C,
  options: YesNoOptions,
) {
  return define({ id, step, input: 'yesNo', choices }, codeList(choices), { ...options, titles: 'yesNo' });
}

export const field = {
  choice: <const S extends StepId, const Id extends string, const C extends readonly string[]>(
    step: S,
    id: Id,
    choices: C,
    options: FieldOptions = {},
  ) =>
    define(
      { id, step, input: 'choice', choices },
      options.acceptsOwnWords ? z.string().trim().min(1).max(80) : codeList(choices),
      options,
    ),
  dynamicChoice: <const S extends StepId, const Id extends string, const D extends DynamicChoices>(
    step: S,
    id: Id,
    dynamicChoices: D,
    options: FieldOptions = {},
  ) => define({ id, step, input: 'choice', dynamicChoices }, z.string().trim().min(1).max(80), options),
  multiChoice: <const S extends StepId, const Id extends string, const C extends readonly string[]>(
    step: S,
    id: Id,
    choices: C,
    options: FieldOptions = {},
  ) =>
    define({ id, step, input: 'multiChoice', choices }, z.array(codeList(choices)).min(1).max(choices.length), options),
  dynamicMultiChoice: <const S extends StepId, const Id extends string, const D extends DynamicChoices>(
    step: S,
    id: Id,
    dynamicChoices: D,
    options: FieldOptions = {},
  ) =>
    define(
      { id, step, input: 'multiChoice', dynamicChoices },
      z.array(z.string().min(1).max(40)).min(1).max(10),
      options,
    ),
  yesNo,
  scale: <const S extends StepId, const Id extends string>(
    step: S,
    id: Id,
    options: Pick<FieldOptions, 'askedWhen'> = {},
  ) => define({ id, step, input: 'scale', choices: scaleCodes }, scaleAnswer, { ...options, titles: 'scale' }),
  text: <const S extends StepId, const Id extends string>(step: S, id: Id, options: FieldOptions = {}) =>
    define({ id, step, input: 'text' }, textAnswer, options),
  email: <const S extends StepId, const Id extends string>(step: S, id: Id, options: FieldOptions = {}) =>
    define({ id, step, input: 'email' }, emailAnswer, options),
  phone: <const S extends StepId, const Id extends string>(step: S, id: Id, options: FieldOptions = {}) =>
    define({ id, step, input: 'phone' }, phoneAnswer, options),
};
