// The codes a field offers right now: static ones from its step, dynamic ones from the practice and earlier answers.
import type { IntakeContext } from './intake-context.js';
import type { IntakeOptions } from './intake-options.js';
import { personCountry } from './routing.js';
import { countryCodes } from './steps/about.js';
import { contactMethodCodes } from './steps/contact.js';
import { editableSections } from './steps/review.js';
import type { FieldDefinition } from './types.js';

function countries(context: IntakeContext, options: IntakeOptions): string[] {
  // The locale's region is offered first (CONVERSATION.md), `other` stays last.
  const first = personCountry({ ...context, answers: {} }, options);
  const listed = countryCodes.filter((code) => code !== 'other');
  const ordered = listed.some((code) => code === first)
    ? [first, ...listed.filter((code) => code !== first)]
    : [...listed];
  return [...ordered, 'other'];
}

function contactMethods(context: IntakeContext): string[] {
  const { email, phone } = context.answers;
  return contactMethodCodes.filter((code) => (code === 'email' ? email !== undefined : phone !== undefined));
}

export function choicesFor(field: FieldDefinition, context: IntakeContext, options: IntakeOptions): string[] {
  switch (field.dynamicChoices) {
    case undefined:
      return [...(field.choices ?? [])];
    case 'countries':
      return countries(context, options);
    case 'regions':
      return (options.serviceAreas.find((area) => area.country === context.answers.country)?.regions ?? []).map(
        (region) => region.code,
      );
    case 'therapistLanguages':
      return [...options.therapistLanguages, 'no-preference'];
    case 'contactMethods':
      return contactMethods(context);
    case 'reviewActions':
      return [
        'submit',
        ...editableSections
          .filter((section) => section !== 'measures' || options.measuresEnabled)
          .map((section) => `edit-${section}`),
      ];
  }
}

/** Region choices show the region's name; every other title comes from the locale files. */
export function regionName(code: string, context: IntakeContext, options: IntakeOptions): string | undefined {
  return options.serviceAreas
    .find((area) => area.country === context.answers.country)
    ?.regions.find((region) => region.code === code)?.name;
}

/**
 * Every code a field may offer under the practice's settings, whatever the earlier answers (the FHIR Questionnaire's
 * answer options): countries in their declared order, every region of every service area, every contact method.
 */
export function codesOffered(
  field: FieldDefinition,
  options: Pick<IntakeOptions, 'serviceAreas' | 'therapistLanguages'>,
): string[] {
  switch (field.dynamicChoices) {
    case undefined:
      return [...(field.choices ?? [])];
    case 'countries':
      return [...countryCodes];
    case 'regions':
      return [...new Set(options.serviceAreas.flatMap((area) => area.regions.map((region) => region.code)))];
    case 'therapistLanguages':
      return [...options.therapistLanguages, 'no-preference'];
    case 'contactMethods':
      return [...contactMethodCodes];
    case 'reviewActions':
      return ['submit', ...editableSections.map((section) => `edit-${section}`)];
  }
}

/** A region's name in the practice's settings, whichever country it is in. */
export function anyRegionName(code: string, options: Pick<IntakeOptions, 'serviceAreas'>): string | undefined {
  for (const area of options.serviceAreas) {
    const region = area.regions.find((r) => r.code === code);
    if (region) return region.name;
  }
  return undefined;
}
