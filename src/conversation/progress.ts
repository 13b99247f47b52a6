// "Step k of n": where the person is in the intake, counted over the steps this practice asks.
import type { IntakeContext } from '../../dialogs/intake-context.js';
import type { IntakeOptions } from '../../dialogs/intake-options.js';
import { fieldById, intakeSteps } from '../../dialogs/steps/index.js';
import type { StepId } from '../../dialogs/types.js';

export function visibleSteps(options: IntakeOptions): StepId[] {
  return intakeSteps.map((s) => s.id).filter((id) => id !== 'measures' || options.measuresEnabled);
}

/** The step a crisis question counts as: the one the person was on when it began. */
function stepForProgress(step: StepId, context: IntakeContext): StepId {
  if (step !== 'crisis' && step !== 'submitted') return step;
  if (step === 'submitted') return 'review';
  const last = context.trail.at(-1);
  return last ? fieldById(last).step : 'welcome';
}

export function progressOf(step: StepId, context: IntakeContext, options: IntakeOptions) {
  const steps = visibleSteps(options);
  const index = steps.indexOf(stepForProgress(step, context)) + 1;
  return { index: Math.max(index, 1), total: steps.length };
}
