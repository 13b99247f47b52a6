// What the intake machine needs to know of the practice, handed in as plain data so the machine stays pure.
import type { RiskKind, RiskSubject } from './crisis-policy.js';
import type { ScreeningInstrument } from './screening/screen.js';

export interface ServiceArea {
  country: string;
  /** Regions the practice is licensed in; empty means the whole country (no region question). */
  regions: readonly { code: string; name: string }[];
}

export interface IntakeOptions {
  /** Conversation languages, e.g. `['en', 'es']`; the first is the default. */
  languages: readonly string[];
  defaultCountry: string;
  serviceAreas: readonly ServiceArea[];
  outOfAreaMayContinue: boolean;
  acceptedCarriers: readonly { name: string; aliases: readonly string[] }[];
  measuresEnabled: boolean;
  /** The suicide screen of the safety step; the crisis branch always asks the ASQ's questions. */
  screeningInstrument: ScreeningInstrument;
  therapistLanguages: readonly string[];
  /** Ids of the crisis resources to show (a pure lookup in the compiled-in registry). */
  resourcesFor: (country: string, kinds: readonly RiskKind[], minor: boolean, subject: RiskSubject) => string[];
}
