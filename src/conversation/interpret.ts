// What a message means at the current question: a command, an answer, a skip, or something that does not fit.
import type { IntakeEvent } from '../../dialogs/intake-context.js';
import { fieldById } from '../../dialogs/steps/index.js';
import { supportedLanguages } from '../i18n/index.js';
import {
  type ChoiceOption,
  type Command,
  matchCommand,
  normalizeForMatching,
  understandText,
  understandValue,
} from '../understanding/index.js';
import { choiceOptions } from './choices.js';
import { answerToSuggestion, confirmOrSettle, openSuggestion } from './did-you-mean.js';
import { currentPrompt, type IntakeSnapshot } from './machine-state.js';
import type { ConversationRuntime } from './runtime.js';

export interface UserInput {
  text?: string;
  /** A tapped suggested action or a card submission: never trusted. */
  value?: unknown;
  /** The question a card submission claims to answer; a stale or forged one is not taken as an answer. */
  valueField?: string;
  at: string;
}

function commandEvent(command: Command, at: string): IntakeEvent {
  switch (command.type) {
    case 'language':
      return { type: 'user.language', language: command.locale, at };
    case 'help':
      return { type: 'user.help', at };
    case 'back':
      return { type: 'user.back', at };
    case 'restart':
      return { type: 'user.restart', at };
    case 'stop':
      return { type: 'user.stop', at };
    case 'human':
      return { type: 'user.human', at };
    case 'delete':
      return { type: 'user.delete', at };
  }
}

export interface Interpretation {
  event: IntakeEvent;
  trimmed: boolean;
}

/** A message that is exactly one of the question's options ("Español" when asked for a session language) answers it. */
export function isExactlyAChoice(text: string, choices: readonly ChoiceOption[]): boolean {
  const said = normalizeForMatching(text);
  return choices.some(
    (c) => normalizeForMatching(c.value) === said || c.titles.some((t) => normalizeForMatching(t) === said),
  );
}

/**
 * What the message means at the question asked. `mayConfirm`: whether nearly-named choices may be confirmed with a
 * "did you mean…?" (false for a message that held any risk signal).
 */
export function interpret(
  snapshot: IntakeSnapshot,
  input: UserInput,
  runtime: ConversationRuntime,
  mayConfirm = true,
): Interpretation {
  const { at } = input;
  const text = input.text?.trim() ?? '';
  const meta = currentPrompt(snapshot);
  const field = meta.field ? fieldById(meta.field) : undefined;
  const context = snapshot.context;
  const choices = field ? choiceOptions(field, context, runtime) : [];
  if (text && input.value === undefined) {
    const command = matchCommand(text, supportedLanguages);
    if (command && !isExactlyAChoice(text, choices)) return { event: commandEvent(command, at), trimmed: false };
  }
  if (!field) return { event: { type: 'user.message', at }, trimmed: false };

  const country = typeof context.answers.country === 'string' ? context.answers.country : undefined;
  const understandingContext = {
    locale: context.language,
    languages: supportedLanguages,
    country,
    choices,
  };
  if (input.value !== undefined && input.valueField !== undefined && input.valueField !== field.id) {
    return { event: { type: 'user.invalid', field: field.id, reason: 'no-match', at }, trimmed: false };
  }
  // An open "did you mean…?": one of its choices answers it; anything else is read as a new answer to the question.
  const suggestion = openSuggestion(context, field);
  if (suggestion) {
    const answer = answerToSuggestion(field, suggestion, { ...input, text }, context, runtime, understandingContext);
    if (answer) return { event: answer, trimmed: false };
  }
  const understood =
    input.value !== undefined
      ? understandValue(field, input.value, understandingContext)
      : understandText(field, text, understandingContext);
  const typed = input.value === undefined ? text : '';
  const verdict = confirmOrSettle(field, understood, typed, context, runtime, understandingContext, mayConfirm);
  switch (verdict.kind) {
    case 'answer':
      return {
        event: { type: 'user.answer', field: field.id, value: verdict.value, at },
        trimmed: Boolean(verdict.trimmed),
      };
    case 'skip':
      return { event: { type: 'user.skip', field: field.id, at }, trimmed: false };
    case 'invalid':
      return { event: { type: 'user.invalid', field: field.id, reason: verdict.reason, at }, trimmed: false };
    case 'unsure':
      return {
        event: { type: 'user.unsure', field: field.id, candidates: verdict.candidates, keep: verdict.keep, at },
        trimmed: false,
      };
  }
}
