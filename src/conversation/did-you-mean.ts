// "Did you mean…?" (CONVERSATION.md): a typed answer that nearly names a choice is confirmed, never dropped or
// guessed: the same step and field asked again as a choice of the likely answers, plus "none of these".
import type { IntakeContext, IntakeEvent, Suggestion } from '../../dialogs/intake-context.js';
import type { IntakeOptions } from '../../dialogs/intake-options.js';
import { acceptedCarrier } from '../../dialogs/routing.js';
import type { FieldDefinition } from '../../dialogs/types.js';
import { supportedLanguages, type Translate, translator } from '../i18n/index.js';
import {
  type ChoiceOption,
  noneOfThese,
  type Settled,
  suggestNear,
  type UnderstandingContext,
  type Understood,
  understandSuggestion,
} from '../understanding/index.js';
import { choiceOptions, choicesMeta } from './choices.js';
import type { ChoiceMeta } from './prompt-model.js';
import type { ConversationRuntime } from './runtime.js';

/** The most places offered back when a typed one matches none of the practice's: more would be a list, not a check. */
const mostPlacesOffered = 8;

/** The "did you mean…?" open at this question, if one is (and the person has not said none of these). */
export function openSuggestion(context: IntakeContext, field: FieldDefinition): Suggestion | undefined {
  const suggestion = context.suggestion;
  return suggestion && suggestion.field === field.id && !suggestion.declined ? suggestion : undefined;
}

const declinedHere = (context: IntakeContext, field: FieldDefinition) =>
  context.suggestion?.field === field.id && context.suggestion.declined;

/** The practice's accepted carriers as choices (their names and aliases): what an insurer's name is checked against. */
const carrierChoices = new WeakMap<IntakeOptions, ChoiceOption[]>();
function carriersOf(options: IntakeOptions): ChoiceOption[] {
  let choices = carrierChoices.get(options);
  if (!choices) {
    choices = options.acceptedCarriers.map((c) => ({ value: c.name, titles: [c.name, ...c.aliases] }));
    carrierChoices.set(options, choices);
  }
  return choices;
}

/** The text field whose answer is matched against a list the practice keeps (CONVERSATION.md: the insurer). */
const isCarrier = (field: FieldDefinition) => field.id === 'insuranceCarrier';
/** A choice field of places: a typed place is never taken as outside the service area without confirming it. */
const isPlace = (field: FieldDefinition) => field.dynamicChoices === 'regions';

/**
 * What an understood message asks of the conversation: a "did you mean…?" when it nearly named some choices, else
 * its settled meaning. `mayConfirm` is false for a message that held any risk signal: that is never turned into a
 * question about choices.
 */
export function confirmOrSettle(
  field: FieldDefinition,
  understood: Understood,
  text: string,
  context: IntakeContext,
  runtime: ConversationRuntime,
  ctx: UnderstandingContext,
  mayConfirm: boolean,
): Settled | { kind: 'unsure'; candidates: string[]; keep: string[] } {
  const settled = understood.kind === 'unsure' ? understood.otherwise : understood;
  if (!mayConfirm || declinedHere(context, field) || !text) return settled;
  if (understood.kind === 'unsure') return understood;
  if (settled.kind !== 'answer' || typeof settled.value !== 'string') return settled;
  if (isCarrier(field) && !acceptedCarrier({ insuranceCarrier: settled.value }, runtime.options)) {
    const candidates = suggestNear(field.id, text, carriersOf(runtime.options), ctx);
    return candidates.length > 0 ? { kind: 'unsure', candidates, keep: [] } : settled;
  }
  if (isPlace(field)) {
    const places = ctx.choices ?? [];
    if (places.length === 0 || places.some((p) => p.value === settled.value)) return settled;
    // Nothing nearly matched either (or understanding would have said so): offer every place the practice serves.
    if (places.length > mostPlacesOffered) return settled;
    return { kind: 'unsure', candidates: places.map((p) => p.value), keep: [] };
  }
  return settled;
}

/** Each candidate's titles in every language (the conversation's first), and "none of these" last. */
function offeredChoices(
  field: FieldDefinition,
  suggestion: Suggestion,
  context: IntakeContext,
  runtime: ConversationRuntime,
) {
  const all = isCarrier(field) ? carriersOf(runtime.options) : choiceOptions(field, context, runtime);
  const titles = new Map(all.map((c) => [c.value, c.titles]));
  const languages = [context.language, ...supportedLanguages.filter((l) => l !== context.language)];
  return [
    ...suggestion.candidates.map((value) => ({ value, titles: titles.get(value) ?? [value] })),
    { value: noneOfThese, titles: languages.map((l) => translator(l)('intake:didYouMean.noneOfThese')) },
  ];
}

/** The event a tap or a typed answer to an open "did you mean…?" gives; undefined when it does not answer it. */
export function answerToSuggestion(
  field: FieldDefinition,
  suggestion: Suggestion,
  input: { text: string; value?: unknown; at: string },
  context: IntakeContext,
  runtime: ConversationRuntime,
  ctx: UnderstandingContext,
): IntakeEvent | undefined {
  const offered = offeredChoices(field, suggestion, context, runtime);
  const tapped = typeof input.value === 'string' ? input.value : undefined;
  const picked =
    input.value !== undefined
      ? offered.find((o) => o.value === tapped)?.value
      : understandSuggestion(input.text, offered, ctx);
  if (picked === undefined) return undefined;
  const { at } = input;
  if (picked === noneOfThese) return { type: 'user.noneOfThese', field: field.id, at };
  if (field.input !== 'multiChoice') return { type: 'user.answer', field: field.id, value: picked, at };
  const order = choiceOptions(field, context, runtime).map((c) => c.value);
  const value = order.filter((code) => code === picked || suggestion.keep.includes(code));
  return { type: 'user.answer', field: field.id, value, at };
}

/** The question as a "did you mean…?": its text and its choices (the likely ones, then none of these). */
export function didYouMeanPrompt(
  field: FieldDefinition,
  suggestion: Suggestion,
  context: IntakeContext,
  runtime: ConversationRuntime,
  t: Translate,
): { text: string; choices: ChoiceMeta[] } {
  const titles = new Map(
    isCarrier(field)
      ? suggestion.candidates.map((c) => [c, c] as const)
      : choicesMeta(field, context, runtime).map((c) => [c.value, c.title] as const),
  );
  const choices = [
    ...suggestion.candidates.map((value) => ({ value, title: titles.get(value) ?? value })),
    { value: noneOfThese, title: t('intake:didYouMean.noneOfThese') },
  ];
  const only = suggestion.candidates.length === 1 ? choices[0] : undefined;
  const text = only ? t('intake:didYouMean.one', { title: only.title }) : t('intake:didYouMean.several');
  return { text, choices };
}
