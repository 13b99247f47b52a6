// Builders for the chart's repeated shapes: a question state, its routes, `back`, a section, and leaving a section.
import { and, not } from 'xstate';
import type { ChoiceCode, ChoiceFieldId } from '../choice-codes.js';
import { type FieldId, fieldById, type IntakeFieldId, type IntakeStepId } from '../steps/index.js';
import type { EditableSection } from '../steps/review.js';
import type { StepId } from '../types.js';
import type { ActionObject, ActionRef, ChartNode, GuardName, GuardObject, IntakeGuard, Route } from './chart-types.js';
import type { MessageKey } from './setup.js';

/** A guard with its params, checked against the params setup() declares for it. */
export const guard = <T extends GuardObject['type']>(type: T, params: Extract<GuardObject, { type: T }>['params']) => ({
  type,
  params,
});

/** An action with its params, checked against the params setup() declares for it. */
export const action = <T extends ActionObject['type']>(
  type: T,
  params: Extract<ActionObject, { type: T }>['params'],
) => ({ type, params });

/** The answer to a field (as it will be once this event's answer is stored) is one of that field's own codes. */
export const is = <F extends ChoiceFieldId>(field: F, value: ChoiceCode<F>) => ({
  type: 'answerIs' as const,
  params: { field, value },
});

export const say = (key: MessageKey) => action('say', { key });

/** Every one of these guards holds (none given: no guard). */
export const all = (guards: readonly GuardName[]) => (guards.length > 0 ? and(guards) : undefined);

/** On to a question of the intake. */
export const next = (field: IntakeFieldId, actions?: readonly ActionRef[]): Route[] => [
  { target: `#ask-${field}`, actions },
];

/** A section: a compound state named after its step, entered at its first question (or a routing state). */
export function section<States extends Record<string, ChartNode>>(
  step: IntakeStepId,
  states: States,
  initial?: keyof States & string,
): ChartNode {
  return { id: `section-${step}`, initial: initial ?? Object.keys(states)[0], states };
}

interface QuestionOptions {
  /** State id; defaults to `ask-<field>`. */
  id?: string;
  /** Whether the question goes on the trail `back` walks (crisis questions do not). */
  trail?: boolean;
  /** The step the question reports (ASQ items report `safety` wherever they are asked). */
  step?: StepId;
}

/** What a route does besides its own actions when it is taken by an answer, a skip, or a third miss. */
const taking = (route: Route, first: readonly ActionRef[]): Route => ({
  ...route,
  actions: [...first, ...(route.actions ?? [])],
});

export function makeBuilders(backTargets: readonly IntakeFieldId[]) {
  function backRoutes(field: FieldId, onTrail: boolean): Route[] {
    const candidates = onTrail ? backTargets.filter((id) => id !== field) : [];
    const refusal = onTrail ? say('notices.cannotGoBack') : say('notices.cannotGoBackNow');
    return [
      ...candidates.map(
        (id): Route => ({ guard: guard('isBackTarget', { field: id }), target: `#ask-${id}`, actions: ['popTrail'] }),
      ),
      { actions: [refusal] },
    ];
  }

  /**
   * A question. A valid answer, a skip where skipping is allowed, and a third miss on an optional field each follow
   * the first route whose guard holds; anything else (or no route holding) counts a miss and asks again.
   */
  function question(field: FieldId, routes: readonly Route[], options: QuestionOptions = {}): ChartNode {
    const definition = fieldById(field);
    const onTrail = options.trail ?? true;
    const withdraw = action('withdrawAnswer', { field });
    const reprompt = (reason: string) => action('reprompt', { field, reason });
    // Refusing first (rather than adding the check to each route's guard) keeps every route's guard as written: XState's
    // and() types each guard from its own literal, so it cannot combine a guard whose kind is not known here.
    /** Refused outright, or taken by none of the routes: a miss, and the question asked again. */
    const otherwise = (refused: IntakeGuard, miss: readonly ActionRef[], taken: readonly Route[]): Route[] => [
      { guard: refused, actions: miss },
      ...taken,
      { actions: miss },
    ];
    const invalidReprompt: ActionRef = {
      type: 'reprompt',
      params: ({ event }) => ({
        field,
        reason: event.type === 'user.invalid' && event.reason ? event.reason : 'no-match',
      }),
    };
    return {
      id: options.id ?? `ask-${field}`,
      tags: ['awaitingInput', 'awaitingAnswer'],
      meta: { step: options.step ?? definition.step, field },
      entry: action('enterField', { field, trail: onTrail }),
      on: {
        'user.answer': otherwise(
          not(guard('isValidAnswer', { field })),
          ['countMiss', reprompt('no-match')],
          routes.map((r) => taking(r, [action('storeAnswer', { field })])),
        ),
        'user.skip': otherwise(
          not(guard('isSkippable', { field })),
          ['countMiss', reprompt('not-optional')],
          routes.map((r) => taking(r, [withdraw])),
        ),
        'user.invalid': otherwise(
          not(guard('isThirdMissOnOptional', { field })),
          ['countMiss', invalidReprompt],
          routes.map((r) => taking(r, [withdraw, say('notices.skippedAfterMisses')])),
        ),
        'user.back': backRoutes(field, onTrail),
        // Typed words that nearly named a choice: the same question, asked with those choices (no miss counted).
        'user.unsure': { actions: ['offerSuggestion'] },
        'user.noneOfThese': { actions: ['declineSuggestion', reprompt('none-of-these')] },
      },
    };
  }

  /** Leaving a section: back to the review while editing it, else on to the next section (both only `when` all hold). */
  function leave(
    section: EditableSection,
    next: IntakeStepId,
    extra: { when?: readonly GuardName[]; actions?: readonly ActionRef[] } = {},
  ): Route[] {
    const when = extra.when ?? [];
    const editing = guard('isEditing', { section });
    return [
      {
        guard: when.length > 0 ? and([editing, ...when]) : editing,
        target: '#ask-review',
        actions: [...(extra.actions ?? []), 'endEditing'],
      },
      { guard: all(when), target: `#section-${next}`, actions: extra.actions },
    ];
  }

  return { question, leave };
}
