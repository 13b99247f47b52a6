// The public shapes of understanding: what the caller passes in and the verdicts it gets back.
import type { AnswerValue } from '../../dialogs/types.js';

/** One offered choice: its code and its localized title in every supported language, conversation language first. */
export interface ChoiceOption {
  value: string;
  titles: string[];
}

export interface UnderstandingContext {
  /** Conversation language: 'en' | 'es'. */
  locale: string;
  /** Every supported language; synonyms of `locale` are tried first, then the others (people mix languages). */
  languages: readonly string[];
  /** ISO alpha-2 for phone parsing; undefined or 'other' means a number needs its +country code. */
  country?: string;
  /** The field's choices, resolved and in order (for dynamic fields too). */
  choices?: ChoiceOption[];
}

export type InvalidReason =
  | 'empty'
  | 'no-match'
  | 'ambiguous'
  | 'not-optional'
  | 'one-only'
  | 'email-format'
  | 'phone-format'
  | 'phone-invalid'
  | 'phone-needs-country-code';

export type Understood =
  | { kind: 'answer'; value: AnswerValue; trimmed?: boolean }
  | { kind: 'skip' }
  | { kind: 'invalid'; reason: InvalidReason }
  | Unsure;

/**
 * Typed words that nearly name some choices ("anxeity", "mass"): to be confirmed, never taken as said. `keep`: the
 * choices the same message named exactly (a multi-choice answer); `otherwise`: what the message means if it is not
 * confirmed (when no question may be asked about it, or the person already said none of these).
 */
export interface Unsure {
  kind: 'unsure';
  candidates: string[];
  keep: string[];
  otherwise: Settled;
}

/** A verdict that needs no confirming. */
export type Settled = Exclude<Understood, Unsure>;

export type Command =
  | { type: 'help' | 'back' | 'restart' | 'stop' | 'human' | 'delete' }
  | { type: 'language'; locale?: string };
export type CommandType = Command['type'];
