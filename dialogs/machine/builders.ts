// Builders for the chart's repeated shapes: a question state, its routes, `back`, and leaving a section.
import { and, not } from 'xstate';
import { fieldById } from '../steps/index.js';
import type { EditableSection } from '../steps/review.js';
import type { StepId } from '../types.js';

/**
 * Guard and action references by name, as setup() declares them. The chart is generated from the steps in loops,
 * which XState's literal config types cannot follow, so these shapes are loose here and the chart is checked
 * where it matters: at run time, by the example, generated-path and transcript tests that walk every state.
 */
/** A guard combined with `and()`: XState hands back a predicate function. */
type AndGuard = (...args: never[]) => boolean;
export type GuardRef = string | { type: string; params?: unknown } | AndGuard;
export type ActionRef = string | { type: string; params?: unknown };
/** A state node of the chart, loosely typed (see above). */
export interface ChartNode {
  [key: string]: unknown;
}

export const both = (a: GuardRef, b: GuardRef): GuardRef => and([a, b] as never[]) as unknown as AndGuard;
export const negate = (guard: GuardRef): GuardRef => not(guard as never) as unknown as AndGuard;

export interface Route {
  guard?: GuardRef;
  /** A state id (`#ask-email`); none keeps the person on the same question. */
  target?: string;
  actions?: ActionRef[];
}

export const say = (key: string) => ({ type: 'say', params: { key } }) as const;
export const askId = (field: string) => `#ask-${field}`;
export const sectionId = (step: StepId) => `#section-${step}`;

interface QuestionOptions {
  /** State id; defaults to `ask-<field>`. */
  id?: string;
  /** Whether the question goes on the trail `back` walks (crisis questions do not). */
  trail?: boolean;
  /** The step the question reports (ASQ items report `safety` wherever they are asked). */
  step?: StepId;
}

export function makeBuilders(backTargets: readonly string[]) {
  const guarded = (base: GuardRef, route: Route) => (route.guard ? both(base, route.guard) : base);

  function backRoutes(field: string, onTrail: boolean) {
    const candidates = onTrail ? backTargets.filter((id) => id !== field) : [];
    const refusal = onTrail ? say('notices.cannotGoBack') : say('notices.cannotGoBackNow');
    return [
      ...candidates.map((id) => ({
        guard: { type: 'isBackTarget' as const, params: { field: id } },
        target: askId(id),
        actions: ['popTrail' as const],
      })),
      { actions: [refusal] },
    ];
  }

  /** A question: valid answers, skips and a third miss on an optional field follow the routes; anything else re-prompts. */
  function question(field: string, routes: readonly Route[], options: QuestionOptions = {}): ChartNode {
    const definition = fieldById(field);
    const onTrail = options.trail ?? true;
    const valid = { type: 'isValidAnswer' as const, params: { field } };
    const skippable = { type: 'isSkippable' as const, params: { field } };
    const thirdMiss = { type: 'isThirdMissOnOptional' as const, params: { field } };
    const store = { type: 'storeAnswer' as const, params: { field } };
    const withdraw = { type: 'withdrawAnswer' as const, params: { field } };
    const reprompt = (reason: string) => ({ type: 'reprompt' as const, params: { field, reason } });
    return {
      id: options.id ?? `ask-${field}`,
      tags: ['awaitingInput', 'awaitingAnswer'],
      meta: { step: options.step ?? definition.step, field },
      entry: { type: 'enterField', params: { field, trail: onTrail } },
      on: {
        'user.answer': [
          ...routes.map((r) => ({
            guard: guarded(valid, r),
            target: r.target,
            actions: [store, ...(r.actions ?? [])],
          })),
          { actions: ['countMiss', reprompt('no-match')] },
        ],
        'user.skip': [
          ...routes.map((r) => ({
            guard: guarded(skippable, r),
            target: r.target,
            actions: [withdraw, ...(r.actions ?? [])],
          })),
          { actions: ['countMiss', reprompt('not-optional')] },
        ],
        'user.invalid': [
          ...routes.map((r) => ({
            guard: guarded(thirdMiss, r),
            target: r.target,
            actions: [withdraw, say('notices.skippedAfterMisses'), ...(r.actions ?? [])],
          })),
          {
            actions: [
              'countMiss',
              {
                type: 'reprompt' as const,
                params: ({ event }: { event: { type: string; reason?: string } }) => ({
                  field,
                  reason: event.type === 'user.invalid' && event.reason ? event.reason : 'no-match',
                }),
              },
            ],
          },
        ],
        'user.back': backRoutes(field, onTrail),
      },
    };
  }

  /** Leaving a section: back to the review while editing it, else on to the next section. */
  function leave(section: EditableSection, next: StepId, extra: Route = {}): Route[] {
    const editing = { type: 'isEditing' as const, params: { section } };
    return [
      {
        guard: extra.guard ? both(editing, extra.guard) : editing,
        target: '#ask-review',
        actions: [...(extra.actions ?? []), 'endEditing'],
      },
      { guard: extra.guard, target: sectionId(next), actions: extra.actions },
    ];
  }

  return { question, leave };
}
