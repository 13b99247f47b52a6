// The practice's settings as the intake machine needs them, with the compiled-in crisis registry as its resource lookup.
import type { IntakeOptions } from '../../dialogs/intake-options.js';
import type { PracticeSettings } from '../config.js';
import { resourcesFor } from '../crisis/resources.js';
import { supportedLanguages } from '../i18n/index.js';

export function intakeOptionsFrom(practice: PracticeSettings): IntakeOptions {
  const languages = [
    practice.defaultLanguage,
    ...practice.languages.filter((l) => l !== practice.defaultLanguage),
  ].filter((l) => (supportedLanguages as readonly string[]).includes(l));
  return {
    languages,
    defaultCountry: practice.defaultCountry,
    serviceAreas: practice.serviceAreas,
    outOfAreaMayContinue: practice.outOfAreaMayContinue,
    acceptedCarriers: practice.acceptedCarriers,
    measuresEnabled: practice.measuresEnabled,
    screeningInstrument: practice.screeningInstrument,
    therapistLanguages: practice.therapistLanguages,
    resourcesFor: (country, kinds, minor, subject) =>
      resourcesFor(country, [...kinds], { minor, subject }).map((r) => r.id),
  };
}
