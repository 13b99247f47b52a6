// The values every message may interpolate: the practice, its hours, the person's reference, and the numbers to call.

import type { IntakeContext } from '../../dialogs/intake-context.js';
import { acceptedCarrier, personCountry } from '../../dialogs/routing.js';
import { resourcesFor } from '../crisis/resources.js';
import type { Translate } from '../i18n/index.js';
import type { ConversationRuntime } from './runtime.js';

const weekdayOrder = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** Building an Intl formatter costs far more than using one: one per language, for the life of the process. */
const weekdayFormats = new Map<string, Intl.DateTimeFormat>();

function weekdayName(day: (typeof weekdayOrder)[number], language: string): string {
  let format = weekdayFormats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language, { weekday: 'short', timeZone: 'UTC' });
    weekdayFormats.set(language, format);
  }
  // 2024-01-01 was a Monday.
  return format.format(new Date(Date.UTC(2024, 0, 1 + weekdayOrder.indexOf(day), 12)));
}

function officeHoursText(runtime: ConversationRuntime, language: string): string {
  const { officeHours, timeZone } = runtime.practice;
  const spans = officeHours.map((slot) => {
    const sorted = [...slot.days].sort((a, b) => weekdayOrder.indexOf(a) - weekdayOrder.indexOf(b));
    const first = sorted[0];
    const last = sorted.at(-1);
    if (!first || !last) return '';
    const days =
      first === last ? weekdayName(first, language) : `${weekdayName(first, language)}–${weekdayName(last, language)}`;
    return `${days} ${slot.open}–${slot.close}`;
  });
  // The generic zone name ("ET", "hora de Nueva York") reads the same all year.
  const zone = new Intl.DateTimeFormat(language, { timeZone, timeZoneName: 'shortGeneric' })
    .formatToParts(new Date(Date.UTC(2024, 0, 1)))
    .find((part) => part.type === 'timeZoneName')?.value;
  return [spans.filter(Boolean).join('; '), zone].filter(Boolean).join(' ');
}

/** The hours depend only on the practice and the language: worked out once per runtime and language. */
const officeHoursByRuntime = new WeakMap<ConversationRuntime, Map<string, string>>();

export function formatOfficeHours(runtime: ConversationRuntime, language: string): string {
  let byLanguage = officeHoursByRuntime.get(runtime);
  if (!byLanguage) {
    byLanguage = new Map();
    officeHoursByRuntime.set(runtime, byLanguage);
  }
  let text = byLanguage.get(language);
  if (text === undefined) {
    text = officeHoursText(runtime, language);
    byLanguage.set(language, text);
  }
  return text;
}

export type MessageValues = Record<string, string | number>;

/** What any message may say without knowing the person: the practice, its hours, and the numbers in a country. */
export function practiceValues(
  runtime: ConversationRuntime,
  country: string,
  language: string,
  t: Translate,
): MessageValues {
  const { practice } = runtime;
  const basics = resourcesFor(country, ['medical'], {});
  const emergency = basics.find((r) => r.kind === 'emergency' && r.number)?.number;
  const crisisLine = basics.find((r) => r.kind === 'crisis-line' && r.number)?.number;
  const poison = basics.find((r) => r.kind === 'poison' && r.number)?.number;
  return {
    practiceName: practice.name,
    practicePhone: practice.phone,
    practiceEmail: practice.email,
    practiceWebsite: practice.website,
    officeHours: formatOfficeHours(runtime, language),
    urgentDays: practice.urgentFollowUpBusinessDays,
    minimumAge: practice.minimumAge,
    emergencyNumber: emergency ?? t('crisis:emergencyFallback'),
    crisisNumber: crisisLine ?? t('crisis:crisisFallback'),
    poisonNumber: poison ?? '',
  };
}

/** The practice's values, plus the person's own: their reference, their name, the carrier they named. */
export function messageValues(runtime: ConversationRuntime, context: IntakeContext, t: Translate): MessageValues {
  const { options } = runtime;
  const name = context.answers.firstName ?? context.answers.preferredName;
  return {
    ...practiceValues(runtime, personCountry(context, options), context.language, t),
    reference: context.reference,
    carrier: acceptedCarrier(context.answers, options) ?? '',
    name: typeof name === 'string' ? name : '',
  };
}
