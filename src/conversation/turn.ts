// One channel-neutral turn, pure: the risk detector first, then understanding, then the machine, then the messages.
import { initialTransition } from 'xstate';
import type { CrisisEvent, IntakeEvent, IntakeInput } from '../../dialogs/intake-context.js';
import { languageOf, regionOf } from '../../dialogs/locale.js';
import { fieldById } from '../../dialogs/steps/index.js';
import type { StepId } from '../../dialogs/types.js';
import type { Tiers } from '../crisis/detector.js';
import { buildRecord, type IntakeRecord } from '../record/build.js';
import { choiceOptions } from './choices.js';
import { interpret, isExactlyAChoice, type UserInput } from './interpret.js';
import {
  currentPrompt,
  type IntakeSnapshot,
  isIn,
  type PersistedIntake,
  persist,
  restore,
  stateKey,
} from './machine-state.js';
import type { BotMessage } from './prompt-model.js';
import { pureTransition } from './pure-transition.js';
import { type MachineEffect, type RenderExtras, renderTurn } from './render.js';
import type { ConversationRuntime } from './runtime.js';
import { maxUnderstoodLength, sanitizeText } from './sanitize.js';

export interface TurnResult {
  snapshot: PersistedIntake;
  messages: BotMessage[];
  record: IntakeRecord;
  /** Crisis events this turn added (kind, level, step; never the text), for the store and the practice's alerts. */
  newCrisisEvents: CrisisEvent[];
  /** The machine's state after the turn, e.g. `{"intake":{"about":"country"}}`. */
  state: string;
}

const channelEffects = new Set(['say', 'reprompt', 'showCrisis', 'showCheckIn', 'showResources']);

class TurnRunner {
  readonly effects: MachineEffect[] = [];
  constructor(
    private readonly runtime: ConversationRuntime,
    public snapshot: IntakeSnapshot,
  ) {}

  send(event: IntakeEvent): void {
    const [next, actions] = pureTransition(this.runtime.machine, this.snapshot, event);
    this.snapshot = next;
    for (const action of actions) {
      if (channelEffects.has(action.type)) this.effects.push({ type: action.type, params: action.params });
    }
  }
}

function whereThePersonIs(snapshot: IntakeSnapshot): { step: StepId; field: string | null } {
  const meta = currentPrompt(snapshot);
  if (meta.step && meta.field) return { step: meta.step, field: meta.field };
  const last = snapshot.context.trail.at(-1);
  return { step: meta.step ?? (last ? fieldById(last).step : 'welcome'), field: null };
}

function finish(
  runtime: ConversationRuntime,
  runner: TurnRunner,
  eventsBefore: number,
  at: string,
  extras: RenderExtras = {},
): TurnResult {
  const { snapshot } = runner;
  return {
    snapshot: persist(runtime.machine, snapshot),
    messages: renderTurn(snapshot, runner.effects, runtime, extras),
    record: buildRecord(snapshot.context, {
      now: at,
      acceptedCarriers: runtime.options.acceptedCarriers,
      instrument: runtime.practice.screeningInstrument,
    }),
    newCrisisEvents: snapshot.context.crisisEvents.slice(eventsBefore),
    state: stateKey(snapshot),
  };
}

/** A new conversation: the welcome question. */
/**
 * The conversation's locale: the activity's when the practice speaks its language, else the practice's default
 * language (keeping the region, which still says which country's crisis lines to show first).
 */
export function conversationLocale(runtime: ConversationRuntime, locale: string): string {
  if (runtime.options.languages.includes(languageOf(locale))) return locale;
  const fallback = runtime.practice.defaultLanguage;
  const region = regionOf(locale);
  return region ? `${fallback}-${region}` : fallback;
}

export function startConversation(runtime: ConversationRuntime, input: IntakeInput): TurnResult {
  const [snapshot] = initialTransition(runtime.machine, {
    ...input,
    locale: conversationLocale(runtime, input.locale),
  });
  return finish(runtime, new TurnRunner(runtime, snapshot), 0, input.at);
}

/** Someone opens a conversation that already exists: welcome back, and the question where they left off. */
export function resumeConversation(runtime: ConversationRuntime, persisted: PersistedIntake, at: string): TurnResult {
  const runner = new TurnRunner(runtime, restore(runtime.machine, persisted));
  const before = runner.snapshot.context.crisisEvents.length;
  // Nothing asked (paused, sent, ended): the state answers for itself, as it would to any message.
  if (!currentPrompt(runner.snapshot).field) {
    runner.send({ type: 'user.message', at });
    return finish(runtime, runner, before, at);
  }
  return finish(runtime, runner, before, at, { welcomeBack: true });
}

/** Whether a message holds any risk signal: what a turn over its budget is still read for. */
export function holdsRisk(runtime: ConversationRuntime, text: unknown): boolean {
  const clean = sanitizeText(text);
  return clean !== '' && runtime.detect(clean).hits.length > 0;
}

/**
 * A message that is exactly one of the open question's options ("Messaging", "More than half the days") is a tap or
 * its typed twin: an answer, read by the rules (which know every explicit phrase) but not by the learned tier.
 */
function tiersFor(runtime: ConversationRuntime, snapshot: IntakeSnapshot, text: string): Tiers {
  const field = currentPrompt(snapshot).field;
  if (!field) return 'both';
  return isExactlyAChoice(text, choiceOptions(fieldById(field), snapshot.context, runtime)) ? 'rules' : 'both';
}

/** What the detector's reading did to the turn. */
interface Screened {
  /** The crisis branch took over: the message is not read as an answer. */
  diverted: boolean;
  /** The detector saw anything at all (a hit or an unsure reading): the message is never made a "did you mean…?". */
  flagged: boolean;
  /** The learned tier was unsure: ask gently once the message has been read as an answer. */
  uncertain?: IntakeEvent & { type: 'risk.uncertain' };
}

/** Safety first: the detector reads the whole message, in every language, before anything reads it as an answer. */
function screenForRisk(runtime: ConversationRuntime, runner: TurnRunner, text: string, at: string): Screened {
  if (!text) return { diverted: false, flagged: false };
  const assessment = runtime.detect(text, tiersFor(runtime, runner.snapshot, text));
  const where = whereThePersonIs(runner.snapshot);
  const stateBefore = stateKey(runner.snapshot);
  let diverted = false;
  if (assessment.hits.length > 0) {
    runner.send({
      type: 'risk.detected',
      signals: assessment.kinds,
      rules: [...new Set(assessment.hits.map((h) => h.rule))],
      minor: assessment.minor,
      subject: assessment.subject,
      source: 'detector',
      ...where,
      at,
    });
    diverted = stateKey(runner.snapshot) !== stateBefore;
  }
  if (assessment.denial && runner.snapshot.context.crisisEvents.length > 0) {
    runner.send({ type: 'user.statement', kind: 'denial', at });
  }
  const uncertain = assessment.checkIn
    ? { type: 'risk.uncertain' as const, kindGuess: assessment.checkIn.kind, ...where, at }
    : undefined;
  const flagged = assessment.hits.length > 0 || uncertain !== undefined;
  return { diverted, flagged, ...(uncertain ? { uncertain } : {}) };
}

/** The turn moved the person from one section of the intake to the next (not into, out of or within the crisis branch). */
function startedSection(before: IntakeSnapshot, after: IntakeSnapshot): boolean {
  const was = currentPrompt(before);
  const now = currentPrompt(after);
  if (!was.step || !now.field || !now.step || was.step === now.step) return false;
  return !isIn(before, 'crisis') && !isIn(after, 'crisis');
}

export function runTurn(runtime: ConversationRuntime, persisted: PersistedIntake, input: UserInput): TurnResult {
  const runner = new TurnRunner(runtime, restore(runtime.machine, persisted));
  const initial = runner.snapshot;
  const before = runner.snapshot.context.crisisEvents.length;
  const text = sanitizeText(input.text);
  const at = input.at;

  // Safety first: every message, in every language, before anything reads it as an answer.
  const screened = screenForRisk(runtime, runner, text, at);
  if (screened.diverted) return finish(runtime, runner, before, at);
  if (!text && input.value === undefined) {
    const field = currentPrompt(runner.snapshot).field;
    runner.send(field ? { type: 'user.invalid', field, reason: 'empty', at } : { type: 'user.message', at });
    return finish(runtime, runner, before, at);
  }
  // No answer is anywhere near this long; reading further would only cost time.
  const understood = text.length > maxUnderstoodLength ? text.slice(0, maxUnderstoodLength) : text;
  // No "did you mean…?" about a flagged message, nor in the crisis branch: there, an answer that does not fit is no
  // answer (CRISIS.md's check-in), and nothing may stand between the person and the flow for their safety.
  const mayConfirm = !screened.flagged && !isIn(runner.snapshot, 'crisis');
  const { event, trimmed } = interpret(runner.snapshot, { ...input, text: understood }, runtime, mayConfirm);
  runner.send(event);
  // Unsure: the answer is kept (it is most likely just an answer), then the person is asked, gently, if they are safe;
  // "safe" brings them back to where the intake now is.
  if (screened.uncertain) runner.send(screened.uncertain);
  return finish(runtime, runner, before, at, { trimmed, sectionStarted: startedSection(initial, runner.snapshot) });
}

/**
 * A message over the turn budget that holds risk: the crisis flow runs and is recorded as for any message, but the
 * message is not read as an answer or a command, and the person is told to slow down.
 */
export function runRiskOnlyTurn(
  runtime: ConversationRuntime,
  persisted: PersistedIntake,
  input: UserInput,
): TurnResult {
  const runner = new TurnRunner(runtime, restore(runtime.machine, persisted));
  const before = runner.snapshot.context.crisisEvents.length;
  screenForRisk(runtime, runner, sanitizeText(input.text), input.at);
  return finish(runtime, runner, before, input.at, { rateLimited: true });
}

/**
 * A conversation left while a check-in was open (the abandon job): no answer, so a concern of the guessed kind is
 * recorded and alerted (CRISIS.md). Undefined when no check-in is open.
 */
export function expireCheckIn(
  runtime: ConversationRuntime,
  persisted: PersistedIntake,
  at: string,
): TurnResult | undefined {
  const runner = new TurnRunner(runtime, restore(runtime.machine, persisted));
  if (!runner.snapshot.context.openCheckIn) return undefined;
  const before = runner.snapshot.context.crisisEvents.length;
  runner.send({ type: 'checkIn.expired', at });
  if (runner.snapshot.context.crisisEvents.length === before) return undefined;
  return finish(runtime, runner, before, at);
}

/** A crisis signal kept outside the store while it was down, to be restored into its conversation. */
export interface RestoredSignal {
  fallbackId: string;
  at: string;
  step: StepId;
  field: string | null;
  signals: { kind: CrisisEvent['kind']; level: CrisisEvent['level'] }[];
  rules: string[];
  minor: boolean;
  subject?: CrisisEvent['subject'];
}

/** Records signals that were kept in the fallback file into the conversation, without interrupting it. */
export function restoreSignals(
  runtime: ConversationRuntime,
  persisted: PersistedIntake,
  restored: readonly RestoredSignal[],
  at: string,
): TurnResult {
  const runner = new TurnRunner(runtime, restore(runtime.machine, persisted));
  const before = runner.snapshot.context.crisisEvents.length;
  for (const signal of restored) {
    runner.send({ type: 'risk.restored', source: 'detector', ...signal });
  }
  const result = finish(runtime, runner, before, at);
  // Nothing is said: the person saw the resources when it happened.
  return { ...result, messages: [] };
}
