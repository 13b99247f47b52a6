// What every part of the chart is built with: setup(), the practice's options, the builders and the crisis effects.
import type { IntakeOptions } from '../intake-options.js';
import { type IntakeFieldId, intakeSteps } from '../steps/index.js';
import { makeBuilders } from './builders.js';
import { crisisEffects } from './effects.js';
import { intakeSetup } from './setup.js';

/** Questions `back` can return to: every question of the intake in its default order. */
const backTargets: readonly IntakeFieldId[] = intakeSteps.flatMap((step) => step.fields.map((f) => f.id));

export function chartKit(options: IntakeOptions) {
  return { options, setup: intakeSetup(options), ...makeBuilders(backTargets), ...crisisEffects(options) };
}

export type ChartKit = ReturnType<typeof chartKit>;
