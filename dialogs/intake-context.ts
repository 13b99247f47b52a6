// The machine's context and events: everything a conversation remembers, and everything that can happen to it.
import type { CrisisFlow, RiskKind, RiskLevel, RiskSignal, RiskSubject, TriageLevel } from './crisis-policy.js';
import type { EditableSection } from './steps/review.js';
import type { Answers, AnswerValue, StepId } from './types.js';

export interface IntakeInput {
  recordId: string;
  reference: string;
  channel: string;
  /** The first activity's locale, e.g. `es-ES`. */
  locale: string;
  at: string;
}

export interface AnswerEntry {
  field: string;
  step: StepId;
  at: string;
  /** `null` when an earlier answer was withdrawn by skipping. */
  value: AnswerValue | null;
  /** This answer replaced an earlier one (FHIR's `amended`). */
  amended: boolean;
}

export interface CrisisEvent {
  at: string;
  step: StepId;
  field: string | null;
  kind: RiskKind;
  level: RiskLevel;
  /** The person at risk: the writer, or someone they wrote about. */
  subject: RiskSubject;
  /** The person at risk is a child. */
  minor: boolean;
  /** `check-in`: the person said they were not safe, or not sure, or did not answer a check-in. */
  source: RiskSource;
  /** Which detector rules fired (never the message text). */
  rules: string[];
  /** Set when the event was first kept in the local fallback file while the store was down, then restored. */
  fallbackId?: string;
}

export const riskSources = ['detector', 'screen', 'check-in'] as const;
export type RiskSource = (typeof riskSources)[number];

/** The answers a check-in can have; `none`: the next message did not answer it, or the person left. */
export const checkInAnswers = ['safe', 'not-safe', 'not-sure', 'none'] as const;
export type CheckInAnswer = (typeof checkInAnswers)[number];

/** A gentle check-in the learned tier asked for (CRISIS.md): what it guessed and what the person said; never text. */
export interface CheckIn {
  at: string;
  step: StepId;
  field: string | null;
  kindGuess: RiskKind;
  band: 'check-in';
  answer: CheckInAnswer;
}

export interface SafetyStatement {
  at: string;
  kind: 'safe-now' | 'safe-to-chat' | 'denial';
  value: string;
}

export interface ActiveCrisis {
  flow: CrisisFlow;
  signals: RiskSignal[];
  minor: boolean;
  subject: RiskSubject;
}

export type EditTarget = EditableSection | 'phone-permissions';

export type IntakeStatus = 'in-progress' | 'submitted' | 'declined';

/**
 * A typed answer that nearly named some choices, waiting to be confirmed ("did you mean…?"): the same question, asked
 * with those choices. `keep`: choices the same message named exactly (kept with the one confirmed). `declined`: the
 * person said none of these, so what they type next for this question is taken as they type it.
 */
export interface Suggestion {
  field: string;
  candidates: string[];
  keep: string[];
  declined: boolean;
}

export interface IntakeContext {
  recordId: string;
  reference: string;
  channel: string;
  /** The conversation language (`en`, `es`); switchable at any time. */
  language: string;
  /** The first activity's locale as given, kept for the region it names. */
  initialLocale: string;
  createdAt: string;
  status: IntakeStatus;
  submittedAt: string | null;
  consent: { given: boolean; at: string; noticeVersion: string } | null;
  answers: Answers;
  answerLog: AnswerEntry[];
  /** Fields asked, in order, for `back`. */
  trail: string[];
  /** Answers that did not fit the current field, in a row. */
  misses: number;
  /** What is being changed from the review, which then returns to the review: a section, or only the phone permissions. */
  editing: EditTarget | null;
  /** The safety screen was brought forward by PHQ-9 item 9. */
  earlySafety: boolean;
  triage: { level: TriageLevel; kinds: RiskKind[]; reasons: string[] };
  crisis: ActiveCrisis | null;
  crisisEvents: CrisisEvent[];
  /** Check-ins asked, with their answers. */
  checkIns: CheckIn[];
  /** The check-in waiting for an answer, if one is. */
  openCheckIn: Omit<CheckIn, 'answer'> | null;
  resourcesShown: string[];
  statements: SafetyStatement[];
  /** Contact must be discreet (after an unsafe-at-home signal). */
  discreet: boolean;
  /** A "did you mean…?" about the question being asked, if one is open. */
  suggestion: Suggestion | null;
}

interface Timed {
  at: string;
}

export type IntakeEvent =
  | ({ type: 'user.answer'; field: string; value: AnswerValue } & Timed)
  | ({ type: 'user.skip'; field: string } & Timed)
  | ({ type: 'user.invalid'; field: string; reason: string } & Timed)
  | ({ type: 'user.back' } & Timed)
  | ({ type: 'user.restart' } & Timed)
  | ({ type: 'user.stop' } & Timed)
  | ({ type: 'user.help' } & Timed)
  | ({ type: 'user.human' } & Timed)
  | ({ type: 'user.delete' } & Timed)
  | ({ type: 'user.language'; language?: string } & Timed)
  /** Typed words nearly named some choices: ask "did you mean…?" at the same question. */
  | ({ type: 'user.unsure'; field: string; candidates: string[]; keep: string[] } & Timed)
  /** "None of these" to a "did you mean…?": the question again, as it was. */
  | ({ type: 'user.noneOfThese'; field: string } & Timed)
  /** A message while no question is waiting (paused, ended, submitted). */
  | ({ type: 'user.message' } & Timed)
  | ({ type: 'user.statement'; kind: 'denial' } & Timed)
  /** The learned tier is unsure: ask gently whether the person is safe (CRISIS.md's check-in). */
  | ({ type: 'risk.uncertain'; kindGuess: RiskKind; step: StepId; field: string | null } & Timed)
  /** A check-in stayed open until the conversation was abandoned: no answer. */
  | ({ type: 'checkIn.expired' } & Timed)
  | ({
      type: 'risk.detected' | 'risk.restored';
      signals: RiskSignal[];
      rules: string[];
      minor: boolean;
      /** Who is at risk; the writer when not said. */
      subject?: RiskSubject;
      source: RiskSource;
      /** Where the person was when it happened. */
      step: StepId;
      field: string | null;
      /** `risk.restored` only: the id it had in the fallback file, so it is never applied twice. */
      fallbackId?: string;
    } & Timed);

export type IntakeEventType = IntakeEvent['type'];
