// The record built purely from the machine's context, at any point: in progress, submitted or declined.
import type { IntakeContext } from '../../dialogs/intake-context.js';
import type { IntakeOptions } from '../../dialogs/intake-options.js';
import { languageOf } from '../../dialogs/locale.js';
import { acceptedCarrier } from '../../dialogs/routing.js';
import { asqResult } from '../../dialogs/screening/asq.js';
import { cssrsItemIds } from '../../dialogs/screening/cssrs.js';
import { scoreGad, scorePhq } from '../../dialogs/screening/instruments.js';
import { type ScreeningInstrument, type ScreenResult, screenResult } from '../../dialogs/screening/screen.js';
import type { Answers } from '../../dialogs/types.js';
import { type IntakeRecord, intakeRecordSchema, recordSchemaVersion } from './schema.js';

export type { IntakeRecord } from './schema.js';

const text = (answers: Answers, field: string) => {
  const value = answers[field];
  return typeof value === 'string' ? value : undefined;
};
const codes = (answers: Answers, field: string) => {
  const value = answers[field];
  return Array.isArray(value) ? value : [];
};
const yes = (answers: Answers, field: string) => answers[field] === 'yes';

/** Leaves out keys whose value is undefined, so the JSON has only what is known. */
function defined<T extends Record<string, unknown>>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined)) as T;
}

/** The locale as the conversation stands: the first activity's locale while its language is kept. */
function recordLocale(context: IntakeContext): string {
  return languageOf(context.initialLocale) === context.language ? context.initialLocale : context.language;
}

const asqFieldIds = ['asq1', 'asq2', 'asq3', 'asq4', 'asq4Details', 'asq5'];
const resultOrder: (ScreenResult | undefined)[] = [undefined, 'negative', 'non-acute', 'acute'];

/** The practice's instrument, unless the ASQ asked in the crisis branch found more. */
function worstScreenResult(answers: Answers, instrument: ScreeningInstrument): ScreenResult | undefined {
  const results = [screenResult(answers, instrument), asqResult(answers)];
  return results.reduce((worst, r) => (resultOrder.indexOf(r) > resultOrder.indexOf(worst) ? r : worst), undefined);
}

export interface BuildOptions {
  now: string;
  /** The carrier matcher needs the practice's accepted carriers. */
  acceptedCarriers?: IntakeOptions['acceptedCarriers'];
  instrument?: 'asq' | 'c-ssrs-screener';
}

export function buildRecord(context: IntakeContext, options: BuildOptions): IntakeRecord {
  const a = context.answers;
  const carrier = text(a, 'insuranceCarrier');
  const phq = scorePhq(a);
  const gad = scoreGad(a);
  const instrument = options.instrument ?? 'asq';
  const screenAnswers = Object.fromEntries(
    [...asqFieldIds, ...cssrsItemIds].flatMap((id) => (a[id] === undefined ? [] : [[id, String(a[id])]])),
  );
  const record: IntakeRecord = {
    id: context.recordId,
    reference: context.reference,
    schemaVersion: recordSchemaVersion,
    status: context.status,
    review: { state: 'new', by: null, at: null, notes: [] },
    triage: { level: context.triage.level, kinds: [...context.triage.kinds], reasons: [...context.triage.reasons] },
    locale: recordLocale(context),
    channel: context.channel,
    createdAt: context.createdAt,
    updatedAt: options.now,
    submittedAt: context.submittedAt,
    consent: context.consent,
    client: defined({
      whoFor: text(a, 'whoFor'),
      preferredName: text(a, 'preferredName'),
      pronouns: text(a, 'pronouns'),
      ageRange: text(a, 'ageRange'),
      country: text(a, 'country'),
      region: text(a, 'region'),
    }),
    reasons: defined({ codes: codes(a, 'reasons'), ownWords: text(a, 'reasonsOwnWords') }),
    history: defined({ priorTherapy: text(a, 'priorTherapy'), medication: text(a, 'medication') }),
    measures: defined({ phq, gad }),
    goals: defined({ codes: codes(a, 'goals'), ownWords: text(a, 'goalsOwnWords') }),
    preferences: defined({
      formats: codes(a, 'formats'),
      availability: codes(a, 'availability'),
      therapistGender: text(a, 'therapistGender'),
      therapistLanguage: text(a, 'therapistLanguage'),
      therapistNotes: text(a, 'therapistNotes'),
      payment: text(a, 'payment'),
      insuranceCarrier: carrier,
      carrierAccepted:
        carrier && options.acceptedCarriers
          ? acceptedCarrier(a, { acceptedCarriers: options.acceptedCarriers }) !== undefined
          : undefined,
    }),
    safety: defined({
      instrument,
      answers: screenAnswers,
      result: worstScreenResult(a, instrument),
      selfReportedInChat: true as const,
      detectorEvents: context.crisisEvents.map(({ at, step, kind, level, subject, minor, source }) => ({
        at,
        step,
        kind,
        level,
        subject,
        minor,
        source,
      })),
      checkIns: context.checkIns.map(({ at, step, kindGuess, band, answer }) => ({
        at,
        step,
        kindGuess,
        band,
        answer,
      })),
      resourcesShown: [...context.resourcesShown],
      statements: [...context.statements],
    }),
    contact: defined({
      firstName: text(a, 'firstName'),
      lastName: text(a, 'lastName'),
      email: text(a, 'email'),
      phone: text(a, 'phone'),
      contactMethods: codes(a, 'contactMethods'),
      // Voicemail and texts default to no: only an explicit yes allows them.
      voicemailOk: yes(a, 'voicemailOk'),
      textOk: yes(a, 'textOk'),
      bestTimes: a.bestTimes === undefined ? undefined : codes(a, 'bestTimes'),
      discreet: context.discreet,
    }),
    answers: context.answerLog
      .filter((entry) => !['start', 'review', 'consent'].includes(entry.field))
      .map((entry) => ({ ...entry })),
  };
  return intakeRecordSchema.parse(record);
}
