// How each action changes the context, as plain functions the machine's setup() wires to named actions.

import {
  flowRank,
  higherTriage,
  mostUrgentFlow,
  type RiskKind,
  type RiskSignal,
  type TriageLevel,
  triageOfSignal,
} from '../crisis-policy.js';
import type {
  CheckInAnswer,
  CrisisEvent,
  EditTarget,
  IntakeContext,
  IntakeEvent,
  IntakeInput,
  SafetyStatement,
} from '../intake-context.js';
import type { IntakeOptions } from '../intake-options.js';
import { languageOf } from '../locale.js';
import { personCountry } from '../routing.js';
import { isPhq9Item9Positive } from '../screening/instruments.js';
import { isLowRiskOnly, type ScreeningInstrument, screenResult } from '../screening/screen.js';
import { consentNoticeVersion } from '../steps/consent.js';
import { fieldById } from '../steps/index.js';

type Update = Partial<IntakeContext>;
const maxTrail = 200;

/** The intake's own progress, as at the start; what restart and "delete my answers" return to. */
const freshIntake = () =>
  ({
    status: 'in-progress',
    submittedAt: null,
    consent: null,
    answers: {},
    answerLog: [],
    trail: [],
    misses: 0,
    editing: null,
    earlySafety: false,
    suggestion: null,
  }) satisfies Update;

export function initialContext(input: IntakeInput): IntakeContext {
  return {
    recordId: input.recordId,
    reference: input.reference,
    channel: input.channel,
    language: languageOf(input.locale) || 'en',
    initialLocale: input.locale,
    createdAt: input.at,
    ...freshIntake(),
    triage: { level: 'none', kinds: [], reasons: [] },
    crisis: null,
    crisisEvents: [],
    checkIns: [],
    openCheckIn: null,
    resourcesShown: [],
    statements: [],
    discreet: false,
  };
}

/**
 * A context stored before check-ins and subjects were kept, read as today's: no check-ins, events and the crisis
 * about the writer. Fields it has are kept as they are.
 */
export function upgradeContext(stored: IntakeContext): IntakeContext {
  const old = stored as Partial<IntakeContext> & IntakeContext;
  return {
    ...old,
    checkIns: old.checkIns ?? [],
    openCheckIn: old.openCheckIn ?? null,
    crisisEvents: (old.crisisEvents ?? []).map((e) => ({
      ...e,
      subject: e.subject ?? 'self',
      minor: e.minor ?? false,
    })),
    crisis: old.crisis ? { ...old.crisis, subject: old.crisis.subject ?? 'self' } : null,
    suggestion: old.suggestion ?? null,
  };
}

export function enterField(context: IntakeContext, field: string, onTrail: boolean): Update {
  const trail = onTrail && context.trail.at(-1) !== field ? [...context.trail, field].slice(-maxTrail) : context.trail;
  // Asking a question (again) closes any "did you mean…?" about the one before.
  return { misses: 0, trail, suggestion: null };
}

/** Opens a "did you mean…?" at the question being asked. */
export function offerSuggestion(event: IntakeEvent): Update {
  if (event.type !== 'user.unsure') return {};
  return { suggestion: { field: event.field, candidates: event.candidates, keep: event.keep, declined: false } };
}

/** "None of these": the question as it was, and what is typed next is taken as typed. */
export function declineSuggestion(event: IntakeEvent): Update {
  if (event.type !== 'user.noneOfThese') return {};
  return { suggestion: { field: event.field, candidates: [], keep: [], declined: true } };
}

export function storeAnswer(context: IntakeContext, event: IntakeEvent, field: string): Update {
  if (event.type !== 'user.answer') return {};
  const amended = context.answers[field] !== undefined;
  return {
    answers: { ...context.answers, [field]: event.value },
    answerLog: [
      ...context.answerLog,
      { field, step: fieldById(field).step, at: event.at, value: event.value, amended },
    ],
  };
}

/** Skipping a field that had an answer withdraws it, and the log says so. */
export function withdrawAnswer(context: IntakeContext, event: IntakeEvent, field: string): Update {
  if (context.answers[field] === undefined) return {};
  const { [field]: _withdrawn, ...answers } = context.answers;
  return {
    answers,
    answerLog: [...context.answerLog, { field, step: fieldById(field).step, at: event.at, value: null, amended: true }],
  };
}

export const countMiss = (context: IntakeContext): Update => ({ misses: context.misses + 1 });

export const setConsent = (event: IntakeEvent): Update => ({
  consent: { given: true, at: event.at, noticeVersion: consentNoticeVersion },
});

/** No consent: nothing the person answered is kept; safety events stay (they hold no personal data). */
export const declineConsent = (event: IntakeEvent): Update => ({
  consent: { given: false, at: event.at, noticeVersion: consentNoticeVersion },
  status: 'declined',
  answers: {},
  answerLog: [],
  trail: [],
  editing: null,
  suggestion: null,
});

export function setLanguage(context: IntakeContext, event: IntakeEvent, options: IntakeOptions): Update {
  const wanted = event.type === 'user.language' ? event.language : undefined;
  if (wanted && options.languages.includes(wanted)) return { language: wanted };
  const index = options.languages.indexOf(context.language);
  return { language: options.languages[(index + 1) % options.languages.length] ?? context.language };
}

/** Restart and "delete my answers": every answer goes; crisis events, triage and resources shown stay, for safety. */
export const eraseAnswers = (): Update => freshIntake();

export const markSubmitted = (event: IntakeEvent): Update => ({ status: 'submitted', submittedAt: event.at });
export const setEditing = (section: EditTarget): Update => ({ editing: section });
export const endEditing = (): Update => ({ editing: null });
export const popTrail = (context: IntakeContext): Update => ({ trail: context.trail.slice(0, -1) });

function raise(context: IntakeContext, level: TriageLevel, reason: string, kinds: readonly RiskKind[] = []): Update {
  const triage = context.triage;
  return {
    triage: {
      level: higherTriage(triage.level, level),
      kinds: [...new Set([...triage.kinds, ...kinds])],
      reasons: triage.reasons.includes(reason) ? triage.reasons : [...triage.reasons, reason],
    },
  };
}

export const markEarlySafety = (context: IntakeContext): Update => ({
  earlySafety: true,
  ...raise(context, 'concern', 'phq9-item9', ['suicide']),
});
export const endEarlySafety = (): Update => ({ earlySafety: false });

function signalsOf(event: IntakeEvent): RiskSignal[] {
  return event.type === 'risk.detected' ? event.signals : [];
}

/**
 * Keeps the event (kind, level, step; never the text) and raises triage: the level only ever rises. A restored event
 * (kept in the fallback file while the store was down) is applied once only.
 */
export function noteRisk(context: IntakeContext, event: IntakeEvent): Update {
  if (event.type !== 'risk.detected' && event.type !== 'risk.restored') return {};
  if (event.fallbackId && context.crisisEvents.some((e) => e.fallbackId === event.fallbackId)) return {};
  let triage: Update = {};
  let working = context;
  for (const signal of event.signals) {
    triage = raise(working, triageOfSignal(signal), `${event.source}:${signal.kind}:${signal.level}`, [signal.kind]);
    working = { ...working, ...triage };
  }
  const events = event.signals.map((signal) => ({
    at: event.at,
    step: event.step,
    field: event.field,
    kind: signal.kind,
    level: signal.level,
    subject: event.subject ?? 'self',
    minor: event.minor,
    source: event.source,
    rules: event.rules,
    ...(event.fallbackId ? { fallbackId: event.fallbackId } : {}),
  }));
  // Contact must be discreet when the writer's own home is unsafe (not when they report about another home).
  const unsafeAtHome = event.signals.some((s) => s.kind === 'unsafe-at-home') && event.subject !== 'someone-else';
  const discretion: Update = unsafeAtHome ? discreetContact(working) : {};
  // A check-in still open when risk is found anyway was not answered.
  const closed: Update = context.openCheckIn && event.type === 'risk.detected' ? closeCheckIn(context, 'none') : {};
  return { ...triage, crisisEvents: [...context.crisisEvents, ...events], ...discretion, ...closed };
}

/** Opens a check-in: what the learned tier guessed, and where the person was. */
export function openCheckIn(event: IntakeEvent): Update {
  if (event.type !== 'risk.uncertain') return {};
  return {
    openCheckIn: { at: event.at, step: event.step, field: event.field, kindGuess: event.kindGuess, band: 'check-in' },
  };
}

/** Records the open check-in's answer beside it (never the text) and closes it. */
export function closeCheckIn(context: IntakeContext, answer: CheckInAnswer): Update {
  if (!context.openCheckIn) return {};
  return { checkIns: [...context.checkIns, { ...context.openCheckIn, answer }], openCheckIn: null };
}

/** The answer a check-in event gives: the tapped or typed choice, else no answer. */
export function checkInAnswerOf(event: IntakeEvent): CheckInAnswer {
  if (event.type !== 'user.answer' || event.field !== 'checkIn') return 'none';
  return event.value === 'safe' || event.value === 'not-safe' || event.value === 'not-sure' ? event.value : 'none';
}

/** After an unsafe-at-home signal, voicemail and texts default to no and are asked again plainly. */
function discreetContact(context: IntakeContext): Update {
  const { voicemailOk: _voicemail, textOk: _text, ...answers } = context.answers;
  return { discreet: true, answers };
}

/** Starts (or escalates) the crisis flow for the most urgent of the signals. */
export function beginCrisis(context: IntakeContext, event: IntakeEvent): Update {
  const signals = signalsOf(event);
  const subject = event.type === 'risk.detected' ? (event.subject ?? 'self') : 'self';
  const incoming = mostUrgentFlow(signals, subject);
  if (!incoming) return {};
  const current = context.crisis;
  const keepCurrent = current && flowRank(current.flow) < flowRank(incoming);
  return {
    crisis: {
      flow: keepCurrent ? current.flow : incoming,
      signals: [...(current?.signals ?? []), ...signals],
      minor: Boolean(current?.minor) || (event.type === 'risk.detected' && event.minor),
      subject: keepCurrent ? current.subject : subject,
    },
  };
}

export const endCrisis = (): Update => ({ crisis: null });

export function recordStatement(context: IntakeContext, event: IntakeEvent, kind: SafetyStatement['kind']): Update {
  const value = event.type === 'user.answer' ? String(event.value) : 'said';
  return { statements: [...context.statements, { at: event.at, kind, value }] };
}

/** The screen's result raises triage: acute to emergency, non-acute to urgent (CRISIS.md). */
export function concludeScreen(context: IntakeContext, event: IntakeEvent, instrument: ScreeningInstrument): Update {
  const answers = event.type === 'user.answer' ? { ...context.answers, [event.field]: event.value } : context.answers;
  const result = screenResult(answers, instrument);
  const name = instrument === 'asq' ? 'asq' : 'cssrs';
  if (result === 'acute') return raise(context, 'emergency', `${name}:acute`, ['suicide']);
  if (result === 'non-acute' && isLowRiskOnly(answers, instrument))
    return raise(context, 'concern', 'cssrs:low', ['suicide']);
  if (result === 'non-acute') {
    // A positive screen is a crisis event like any other (CRISIS.md, "what a positive does"): kept, and the
    // practice alerted through the outbox, so the urgent follow-up never depends on someone opening the queue.
    const positive: CrisisEvent = {
      at: event.at,
      step: 'safety',
      field: event.type === 'user.answer' ? event.field : null,
      kind: 'suicide',
      level: 'concern',
      subject: 'self',
      minor: false,
      source: 'screen',
      rules: [`${name}:non-acute`],
    };
    return {
      ...raise(context, 'urgent', `${name}:non-acute`, ['suicide']),
      crisisEvents: [...context.crisisEvents, positive],
    };
  }
  if (isPhq9Item9Positive(answers)) return raise(context, 'concern', 'phq9-item9', ['suicide']);
  return {};
}

export function noteResourcesShown(context: IntakeContext, ids: readonly string[]): Update {
  return { resourcesShown: [...new Set([...context.resourcesShown, ...ids])] };
}

/** The resources for the person's country and every kind of risk seen so far. */
export function resourceIdsFor(context: IntakeContext, options: IntakeOptions, extraKinds: readonly RiskKind[] = []) {
  const kinds = [
    ...new Set([...context.triage.kinds, ...(context.crisis?.signals.map((s) => s.kind) ?? []), ...extraKinds]),
  ];
  return options.resourcesFor(
    personCountry(context, options),
    kinds,
    Boolean(context.crisis?.minor),
    context.crisis?.subject ?? 'self',
  );
}
