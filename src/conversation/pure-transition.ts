// XState's `transition()` makes a throwaway actor per call, and constructing an actor works out the machine's whole
// initial state first (context, entry actions, the welcome question) only to discard it. The intake machine has no
// child actors and no system ids, so one inert scope per machine serves every pure transition of every turn.
import {
  type AnyActorScope,
  createActor,
  type EventFromLogic,
  type ExecutableActionsFrom,
  type SnapshotFrom,
} from 'xstate';
import type { IntakeMachine } from '../../dialogs/intake-machine.js';

/** The machine's snapshot (named here too, so that machine-state.ts can import this file and not the other way). */
type IntakeSnapshot = SnapshotFrom<IntakeMachine>;

export type IntakeAction = ExecutableActionsFrom<IntakeMachine>;

const scopes = new WeakMap<IntakeMachine, AnyActorScope>();
const ignore = () => undefined;

/** The machine's one inert scope: `self` for its transitions, and for restoring a stored snapshot (machine-state.ts). */
export function scopeFor(machine: IntakeMachine): AnyActorScope {
  let scope = scopes.get(machine);
  if (!scope) {
    // Never started: it only stands as `self` for the transitions, as the actor inside `transition()` does.
    const self = createActor(machine, { input: { recordId: '', reference: '', channel: '', locale: 'en', at: '' } });
    scope = {
      self,
      id: '',
      sessionId: '',
      logger: ignore,
      defer: ignore,
      emit: ignore,
      system: self.system,
      stopChild: ignore,
      actionExecutor: ignore,
    };
    scopes.set(machine, scope);
  }
  return scope;
}

/** What `transition(machine, snapshot, event)` returns, without building the initial state each time. */
export function pureTransition(
  machine: IntakeMachine,
  snapshot: IntakeSnapshot,
  event: EventFromLogic<IntakeMachine>,
): [IntakeSnapshot, IntakeAction[]] {
  const scope = scopeFor(machine);
  const actions: IntakeAction[] = [];
  // Turns are synchronous, so no other transition can use the scope until this one has returned.
  scope.actionExecutor = (action) => {
    actions.push(action as IntakeAction);
  };
  try {
    return [machine.transition(snapshot, event, scope), actions];
  } finally {
    scope.actionExecutor = ignore;
  }
}
