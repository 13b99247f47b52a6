// Everything a turn needs that does not change between turns: the practice, its machine and its options.
import { createIntakeMachine, type IntakeMachine } from '../../dialogs/intake-machine.js';
import type { IntakeOptions } from '../../dialogs/intake-options.js';
import type { PracticeSettings } from '../config.js';
import { intakeOptionsFrom } from './intake-options.js';

export interface ConversationRuntime {
  practice: PracticeSettings;
  options: IntakeOptions;
  machine: IntakeMachine;
}

export function createConversationRuntime(practice: PracticeSettings): ConversationRuntime {
  const options = intakeOptionsFrom(practice);
  return { practice, options, machine: createIntakeMachine(options) };
}
