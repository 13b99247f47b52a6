// Where the person is: "step k of n" over the sections this practice asks, and how much of their own path is left,
// counted in answers (a section can hold one answer or eleven), as a percentage and in minutes.
import { holds } from '../../dialogs/asked-when.js';
import type { IntakeContext } from '../../dialogs/intake-context.js';
import type { IntakeOptions } from '../../dialogs/intake-options.js';
import { asqQuestionIds } from '../../dialogs/screening/asq.js';
import { fieldById, intakeSteps } from '../../dialogs/steps/index.js';
import type { AskedWhen, FieldDefinition, InputKind, StepId } from '../../dialogs/types.js';

export interface Progress {
  /** The section, 1-based, among `total` sections. */
  index: number;
  total: number;
  /** Share of the answers on the person's path already given, 0..100; 100 once the intake is sent. */
  percent: number;
  /** About how long the rest of the path takes; 0 once the intake is sent. */
  minutesLeft: number;
  /** The crisis branch: the intake waits until the person chooses to carry on. */
  paused: boolean;
}

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

/** Rough seconds to read and answer a question of each kind (an estimate for "about N minutes", nothing more). */
const secondsToAnswer: Readonly<Record<InputKind, number>> = {
  choice: 10,
  yesNo: 8,
  scale: 8,
  multiChoice: 15,
  text: 30,
  email: 20,
  phone: 20,
};

interface PathField {
  id: string;
  seconds: number;
  askedWhen: AskedWhen | undefined;
  /** The fields whose answers decide `askedWhen`. */
  decidedBy: readonly string[];
}

function fieldsDeciding(condition: AskedWhen | undefined): string[] {
  if (condition === undefined) return [];
  if ('anyOf' in condition) return condition.anyOf.map((c) => c.field);
  if ('answered' in condition) return [condition.answered];
  if ('regionsFor' in condition) return [condition.regionsFor];
  return [...condition.scoreOf];
}

const cssrsField = (field: FieldDefinition) => field.id.startsWith('cssrs');
const asqField = (field: FieldDefinition) => (asqQuestionIds as readonly string[]).includes(field.id);

/** Every question the practice's intake can ask, in order, with its condition: built once per practice. */
function buildPath(options: IntakeOptions): PathField[] {
  const usesCssrs = options.screeningInstrument === 'c-ssrs-screener';
  return intakeSteps
    .filter((step) => step.id !== 'measures' || options.measuresEnabled)
    .flatMap((step) => step.fields as readonly FieldDefinition[])
    .filter((field) => (usesCssrs ? !asqField(field) : !cssrsField(field)))
    .map((field) => ({
      id: field.id,
      seconds: secondsToAnswer[field.input],
      askedWhen: field.askedWhen,
      decidedBy: fieldsDeciding(field.askedWhen),
    }));
}

const paths = new WeakMap<IntakeOptions, PathField[]>();
function pathFor(options: IntakeOptions): PathField[] {
  let path = paths.get(options);
  if (!path) {
    path = buildPath(options);
    paths.set(options, path);
  }
  return path;
}

/**
 * Answers given and answers still to come on this person's path. A question whose condition is not decided yet
 * counts as still to come, so the estimate only ever shrinks as answers come in, and the percentage only rises.
 * One pass over the practice's ~50 questions: constant work per turn.
 */
function pathCounts(context: IntakeContext, options: IntakeOptions, current: string | undefined) {
  const passed = new Set(context.trail);
  for (const id of Object.keys(context.answers)) passed.add(id);
  if (current) passed.delete(current);
  let done = 0;
  let left = 0;
  let secondsLeft = 0;
  for (const field of pathFor(options)) {
    if (passed.has(field.id)) {
      done += 1;
      continue;
    }
    const decided = field.decidedBy.every((id) => passed.has(id));
    if (decided && !holds(field.askedWhen, context.answers, options)) continue;
    left += 1;
    secondsLeft += field.seconds;
  }
  return { done, left, secondsLeft };
}

/**
 * Progress at a question (`field`) of `step`; in the crisis branch it stands where the person was, paused. While a
 * section is edited from the review, the path is as complete as it was at the review.
 */
export function progressOf(
  step: StepId,
  context: IntakeContext,
  options: IntakeOptions,
  field?: string,
  inCrisis = false,
): Progress {
  const steps = visibleSteps(options);
  const index = Math.max(steps.indexOf(stepForProgress(step, context)) + 1, 1);
  const sectionsOnly = { index, total: steps.length, paused: inCrisis };
  if (step === 'submitted') return { ...sectionsOnly, percent: 100, minutesLeft: 0 };
  // In the crisis branch the question the person was on (the last on the trail) is still to be answered.
  const current = context.editing ? 'review' : inCrisis ? context.trail.at(-1) : field;
  const { done, left, secondsLeft } = pathCounts(context, options, current);
  const total = done + left;
  // Never 100 before the intake is sent: the last answer is still to come.
  const percent = total === 0 ? 0 : Math.min(99, Math.floor((100 * done) / total));
  return { ...sectionsOnly, percent, minutesLeft: Math.max(1, Math.ceil(secondsLeft / 60)) };
}

/** About how long the whole intake takes before anything is answered: what the first question's "minutes left" says. */
export function minutesForWholeIntake(options: IntakeOptions): number {
  const seconds = pathFor(options).reduce((sum, field) => sum + field.seconds, 0);
  return Math.max(1, Math.ceil(seconds / 60));
}
