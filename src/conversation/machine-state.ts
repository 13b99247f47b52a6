// Reading a machine snapshot: where the person is, and persisting/restoring it as plain JSON.
import type { SnapshotFrom } from 'xstate';
import type { IntakeMachine } from '../../dialogs/intake-machine.js';
import type { PromptMeta } from '../../dialogs/machine/setup.js';
import { upgradeContext } from '../../dialogs/machine/updates.js';
import { scopeFor } from './pure-transition.js';

export type IntakeSnapshot = SnapshotFrom<IntakeMachine>;
/** The JSON form kept in the store: XState's persisted snapshot. */
export type PersistedIntake = Record<string, unknown>;

/** The meta of the innermost waiting state: the question asked, or why nothing is asked. */
export function currentPrompt(snapshot: IntakeSnapshot): PromptMeta {
  const metas = Object.values(snapshot.getMeta()) as PromptMeta[];
  return metas.find((m) => m.field) ?? metas.find((m) => m.step || m.ended) ?? {};
}

/**
 * The JSON text each persisted snapshot was made from: the store writes that text instead of serialising the snapshot
 * again. Persisted snapshots are never changed after persist() (a turn restores from them into new objects).
 */
const serialised = new WeakMap<PersistedIntake, string>();

export function persist(machine: IntakeMachine, snapshot: IntakeSnapshot): PersistedIntake {
  const json = JSON.stringify(machine.getPersistedSnapshot(snapshot));
  const persisted = JSON.parse(json) as PersistedIntake;
  serialised.set(persisted, json);
  return persisted;
}

/** A persisted snapshot as JSON text: the text it was made from when persist() made it, else serialised now. */
export function serialisedSnapshot(persisted: PersistedIntake): string {
  return serialised.get(persisted) ?? JSON.stringify(persisted);
}

export function restore(machine: IntakeMachine, persisted: PersistedIntake): IntakeSnapshot {
  // Restoring takes the stored context as it is. The machine restores into the inert scope its pure transitions use:
  // what createActor() would do, without building an actor (mailbox, system, observers) to throw away each turn.
  const context = upgradeContext(persisted.context as IntakeSnapshot['context']);
  let restored: IntakeSnapshot | undefined;
  try {
    const snapshot = { ...persisted, context };
    restored = machine.restoreSnapshot(snapshot as never, scopeFor(machine)) as IntakeSnapshot;
    restored.getMeta();
  } catch {
    restored = undefined;
  }
  if (restored && restored.status !== 'error') return restored;
  // A snapshot from an older chart whose state no longer exists: keep everything the person said (answers, crisis
  // events, triage) and pause, so their next message picks up from the start with their answers kept.
  return machine.resolveState({ value: 'paused', context });
}

/** A stable key for "the same question": the state value. */
export const stateKey = (snapshot: IntakeSnapshot) => JSON.stringify(snapshot.value);

/** Whether the snapshot is in a top-level region (`crisis`, `paused`, `intake`). */
export function isIn(snapshot: IntakeSnapshot, region: 'crisis' | 'paused' | 'intake'): boolean {
  const value: unknown = snapshot.value;
  return value === region || (typeof value === 'object' && value !== null && region in value);
}
