// Everything a turn needs that does not change between turns: the practice, its machine, its options, the detector.
import { createIntakeMachine, type IntakeMachine } from '../../dialogs/intake-machine.js';
import type { IntakeOptions } from '../../dialogs/intake-options.js';
import type { PracticeSettings } from '../config.js';
import { detectRisk, type Tiers } from '../crisis/detector.js';
import type { RiskAssessment } from '../crisis/types.js';
import { intakeOptionsFrom } from './intake-options.js';

/** Reads a message for risk (the product's detector; a test may give a stand-in to drive one flow exactly). */
export type Detect = (text: string, tiers?: Tiers) => RiskAssessment;

export interface ConversationRuntime {
  practice: PracticeSettings;
  options: IntakeOptions;
  machine: IntakeMachine;
  detect: Detect;
  /** Whether a crisis alert reaches someone at the practice; without it, no message promises that someone will see it. */
  alertsConfigured: boolean;
}

export interface RuntimeOptions {
  /** An alert channel is configured (off unless said: a runtime with no alert worker, like the terminal, has none). */
  alertsConfigured?: boolean;
}

export function createConversationRuntime(
  practice: PracticeSettings,
  detect: Detect = detectRisk,
  runtimeOptions: RuntimeOptions = {},
): ConversationRuntime {
  const options = intakeOptionsFrom(practice);
  const alertsConfigured = runtimeOptions.alertsConfigured ?? false;
  return { practice, options, machine: createIntakeMachine(options), detect, alertsConfigured };
}
