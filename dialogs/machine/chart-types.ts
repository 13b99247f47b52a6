// The chart's vocabulary as types taken from setup(): guard and action names with their params, and the state ids.
import type { NoRequiredParams, SetupReturn } from 'xstate';
import type { IntakeEvent } from '../intake-context.js';
import type { asqQuestionIds } from '../screening/asq.js';
import type { crisisStep } from '../steps/crisis.js';
import type { IntakeFieldId, IntakeStepId } from '../steps/index.js';
import type { IntakeSetup } from './setup.js';

/** The params of every guard and action, exactly as setup() infers them from their implementations. */
type Declared =
  IntakeSetup extends SetupReturn<
    infer _Context,
    infer _Event,
    infer _Actors,
    infer _Children,
    infer Actions,
    infer Guards,
    infer _Delay,
    infer _Tag,
    infer _Input,
    infer _Output,
    infer _Emitted,
    infer _Meta,
    infer _TransitionMeta
  >
    ? { actions: Actions; guards: Guards }
    : never;

/** `{ type, params }` for each name (XState's own ToParameterizedObject, which it does not export). */
type Parameterized<Map> = { [K in keyof Map & string]: { type: K; params: Map[K] } }[keyof Map & string];

export type GuardObject = Parameterized<Declared['guards']>;
export type ActionObject = Parameterized<Declared['actions']>;
/** A guard named without params. */
export type GuardName = NoRequiredParams<GuardObject>;

type SetupStateConfig = Parameters<IntakeSetup['createStateConfig']>[0];
/** One transition as setup() types it (an eventless one: its event is any of the machine's). */
type Transition = Extract<Exclude<NonNullable<SetupStateConfig['always']>, readonly unknown[]>, object>;
/** Any guard setup() knows: a name, `{ type, params }`, or `and()`/`not()` over them. */
export type IntakeGuard = NonNullable<Transition['guard']>;
/** Any action setup() knows: a name, `{ type, params }` (params may be computed), or an inline action. */
export type ActionRef = Exclude<NonNullable<Transition['actions']>, readonly unknown[]>;

/** The crisis branch's own questions, and the ASQ items it asks again. */
type CrisisQuestionId = (typeof crisisStep)['fields'][number]['id'] | (typeof asqQuestionIds)[number];

/** Every state id a transition may target: each one exists in the chart. */
export type StateTarget =
  | `#ask-${IntakeFieldId}`
  | `#section-${IntakeStepId}`
  | `#crisis-${CrisisQuestionId}`
  | '#crisis'
  | '#crisis-screen'
  | '#intake-submitted'
  | '#intake-declined'
  | '#intake-closed'
  | '#intake-hist'
  | '#paused';

/** A transition as the chart writes it; with no target the person stays on the same question. */
export interface Route {
  guard?: IntakeGuard | undefined;
  target?: StateTarget | undefined;
  actions?: readonly ActionRef[] | undefined;
  reenter?: boolean;
}

/** A state node of the chart: setup()'s state config, with its transitions written as routes. */
export interface ChartNode extends Omit<SetupStateConfig, 'on' | 'always' | 'states' | 'entry'> {
  on?: { [E in IntakeEvent['type']]?: Route | readonly Route[] };
  always?: readonly Route[];
  entry?: ActionRef | readonly ActionRef[];
  states?: Readonly<Record<string, ChartNode>>;
}
