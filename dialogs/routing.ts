// Pure predicates the machine routes on: service area, insurance, contact, and the answers as they stand after an event.
import type { IntakeContext, IntakeEvent } from './intake-context.js';
import type { IntakeOptions } from './intake-options.js';
import { regionOf } from './locale.js';
import type { Answers } from './types.js';

/** The answers as they will be once this event's answer is stored (guards run before actions). */
export function answersAfter(context: IntakeContext, event: IntakeEvent): Answers {
  if (event.type === 'user.answer') return { ...context.answers, [event.field]: event.value };
  if (event.type === 'user.skip') {
    const { [event.field]: _withdrawn, ...rest } = context.answers;
    return rest;
  }
  return context.answers;
}

/** The country for resources and phone numbers: the person's answer, else the locale's region, else the practice's. */
export function personCountry(context: IntakeContext, options: IntakeOptions): string {
  const answered = context.answers.country;
  if (typeof answered === 'string' && answered !== 'other') return answered;
  if (answered === 'other') return 'other';
  return regionOf(context.initialLocale) ?? options.defaultCountry;
}

const serviceAreaOf = (answers: Answers, options: IntakeOptions) =>
  options.serviceAreas.find((area) => area.country === answers.country);

export const isCountryServed = (answers: Answers, options: IntakeOptions) =>
  serviceAreaOf(answers, options) !== undefined;

export const hasRegionQuestion = (answers: Answers, options: IntakeOptions) =>
  (serviceAreaOf(answers, options)?.regions.length ?? 0) > 0;

const normalized = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** A region answer outside the practice's licensed regions (a skipped region is not held against anyone). */
export function isRegionOutOfArea(answers: Answers, options: IntakeOptions): boolean {
  const region = answers.region;
  const area = serviceAreaOf(answers, options);
  if (typeof region !== 'string' || !area || area.regions.length === 0) return false;
  const wanted = normalized(region);
  return !area.regions.some((r) => normalized(r.code) === wanted || normalized(r.name) === wanted);
}

/** The carrier the person named, matched to the practice's accepted carriers by name or alias. */
export function acceptedCarrier(
  answers: Answers,
  options: Pick<IntakeOptions, 'acceptedCarriers'>,
): string | undefined {
  const named = answers.insuranceCarrier;
  if (typeof named !== 'string') return undefined;
  const said = ` ${normalized(named)} `;
  return options.acceptedCarriers.find((carrier) =>
    [carrier.name, ...carrier.aliases].some((alias) => said.includes(` ${normalized(alias)} `)),
  )?.name;
}

export const hasEmail = (answers: Answers) => typeof answers.email === 'string';
export const hasPhone = (answers: Answers) => typeof answers.phone === 'string';
export const hasWayToContact = (answers: Answers) =>
  typeof answers.firstName === 'string' && (hasEmail(answers) || hasPhone(answers));
/** Voicemail and texts are asked plainly whenever there is a phone (and asked again after an unsafe-at-home signal). */
export const hasOpenPhonePermissions = (answers: Answers) =>
  hasPhone(answers) && (answers.voicemailOk === undefined || answers.textOk === undefined);
