// From what the machine did in a turn to the messages the person sees: notices, crisis help, then the question.
import type { IntakeContext } from '../../dialogs/intake-context.js';
import { isOptionalNow } from '../../dialogs/machine/guards.js';
import type { CrisisNotice } from '../../dialogs/machine/notices.js';
import { fieldById } from '../../dialogs/steps/index.js';
import type { FieldDefinition } from '../../dialogs/types.js';
import { type Translate, translator } from '../i18n/index.js';
import { choicesMeta } from './choices.js';
import { checkInMessage, crisisMessage, resourcesMessage } from './crisis-message.js';
import { didYouMeanPrompt, openSuggestion } from './did-you-mean.js';
import { currentPrompt, type IntakeSnapshot, isIn } from './machine-state.js';
import { practiceWording } from './practice-wording.js';
import { type Progress, progressOf } from './progress.js';
import type { BotMessage } from './prompt-model.js';
import type { ConversationRuntime } from './runtime.js';
import { reviewSummary, summaryText } from './summary.js';
import { type MessageValues, messageValues } from './values.js';

/** An effect the machine returned for the channel. */
export interface MachineEffect {
  type: string;
  params?: unknown;
}

export interface RenderExtras {
  /** A text answer was cut to the stored length. */
  trimmed?: boolean;
  /** Say "welcome back" before the question (a returning person). */
  welcomeBack?: boolean;
  /** The message came faster than the turn budget allows: only the detector read it. */
  rateLimited?: boolean;
  /** This turn moved the person into a new section of the intake (not into or out of the crisis branch). */
  sectionStarted?: boolean;
}

/** Channels that show `progress` as a bar (the website widget); the others are told the minutes left in words. */
const channelsWithProgressBar = new Set(['webchat', 'directline']);

/** Sections that open with "about N minutes left" where there is no bar (the welcome says what the chat is; the review is the end). */
const sectionsWithoutTimeLine = new Set(['welcome', 'review']);

const localeKey = (key: string) => (key.startsWith('crisis.') ? `crisis:${key.slice(7)}` : `intake:${key}`);
const withChoices = (field: FieldDefinition) => !['text', 'email', 'phone'].includes(field.input);

function hintKey(field: FieldDefinition, optionsOnly: boolean): string {
  if (field.input === 'scale') return 'intake:reprompts.scale-hint';
  if (field.input === 'yesNo') {
    return field.choices?.includes('prefer-not') ? 'intake:reprompts.yes-no-prefer-not' : 'intake:reprompts.yes-no';
  }
  if (optionsOnly && withChoices(field)) return 'intake:reprompts.pick-number';
  if (field.input === 'multiChoice') return 'intake:reprompts.pick-any';
  if (field.input === 'choice') return 'intake:reprompts.pick-one';
  return 'intake:reprompts.text-hint';
}

function repromptText(field: FieldDefinition, reason: string, optionsOnly: boolean, t: Translate): string {
  if (field.id === 'phone' && reason === 'not-optional') return t('intake:reprompts.need-one-contact');
  const known = `intake:reprompts.${reason}`;
  const first = t(known, { defaultValue: t('intake:reprompts.no-match') });
  const specific = ['email-format', 'phone-format', 'phone-invalid', 'phone-needs-country-code'].includes(reason);
  return specific ? first : `${first} ${t(hintKey(field, optionsOnly))}`;
}

function promptKey(field: FieldDefinition, context: IntakeContext): string {
  if (field.id === 'phone' && isOptionalNow(field, context.answers)) return 'intake:fields.phone.promptOptional';
  if (field.id === 'safeNow' && context.crisis?.subject === 'someone-else') {
    return 'intake:fields.safeNow.promptSomeoneElse';
  }
  if (field.id === 'safeNow' && context.crisis?.flow === 'harm-to-others') return 'intake:fields.safeNow.promptOthers';
  return `intake:fields.${field.id}.prompt`;
}

/** What a new section opens with: the minutes left where no bar shows them, and before the safety questions, why. */
function sectionOpening(step: string, context: IntakeContext, progress: Progress, t: Translate): string[] {
  const lines: string[] = [];
  const sayMinutes = !channelsWithProgressBar.has(context.channel) && !sectionsWithoutTimeLine.has(step);
  // While a section is changed from the review, the person is already at the end.
  if (sayMinutes && !context.editing) {
    lines.push(t('intake:minutesLeft', { count: progress.minutesLeft }));
  }
  // Brought forward by an answer, the safety questions already come with their reason (notices.safetyQuestionsNext).
  if (step === 'safety' && !context.earlySafety) lines.push(t('intake:notices.safetyLeadIn'));
  return lines;
}

function questionMessage(
  snapshot: IntakeSnapshot,
  runtime: ConversationRuntime,
  t: Translate,
  reprompt: { reason: string } | undefined,
  lead: string[],
  sectionStarted: boolean,
  values: MessageValues,
): BotMessage | undefined {
  const meta = currentPrompt(snapshot);
  if (!meta.field || !meta.step) return undefined;
  const context = snapshot.context;
  const field = fieldById(meta.field);
  // Questions of the crisis branch (ASQ items included) keep the progress of the step the person was on, paused.
  const inCrisis = isIn(snapshot, 'crisis');
  const progress = progressOf(inCrisis ? 'crisis' : meta.step, context, runtime.options, field.id, inCrisis);
  const suggestion = openSuggestion(context, field);
  if (suggestion) {
    // The same step and field, asked as a choice of the likely answers (CONVERSATION.md "Did you mean").
    const asked = didYouMeanPrompt(field, suggestion, context, runtime, t);
    return {
      text: [...lead, asked.text].join('\n'),
      intake: {
        step: meta.step,
        field: field.id,
        input: 'choice',
        choices: asked.choices,
        optional: isOptionalNow(field, context.answers),
        progress,
      },
      prompt: { optionsOnly: false },
    };
  }
  const optionsOnly = context.misses >= 3 && withChoices(field);
  const choices = withChoices(field) ? choicesMeta(field, context, runtime) : undefined;
  const summary = field.id === 'review' ? reviewSummary(context, runtime, t, choices ?? []) : undefined;
  if (field.id === 'voicemailOk' && context.discreet) lead.push(t('intake:notices.discreetReminder'));
  const opening = sectionStarted && !inCrisis ? sectionOpening(meta.step, context, progress, t) : [];
  const question = [
    ...lead,
    ...(reprompt ? [repromptText(field, reprompt.reason, optionsOnly, t)] : []),
    ...opening,
    t(promptKey(field, context), values),
  ].join('\n');
  const text = summary?.length ? `${question}\n\n${summaryText(summary, t)}` : question;
  return {
    text,
    intake: {
      step: meta.step,
      field: field.id,
      input: field.input,
      ...(choices ? { choices } : {}),
      optional: isOptionalNow(field, context.answers),
      progress,
    },
    prompt: { optionsOnly, ...(summary ? { summary, question } : {}) },
  };
}

export function renderTurn(
  snapshot: IntakeSnapshot,
  effects: readonly MachineEffect[],
  runtime: ConversationRuntime,
  extras: RenderExtras = {},
): BotMessage[] {
  const context = snapshot.context;
  const t = translator(context.language);
  const values = messageValues(runtime, context, t);
  const messages: BotMessage[] = [];
  let reprompt: { reason: string } | undefined;
  const lead: string[] = [];
  if (extras.welcomeBack) lead.push(t('intake:notices.welcomeBack'));
  if (extras.trimmed) messages.push({ text: t('intake:notices.trimmed'), intake: null });
  if (extras.rateLimited) messages.push({ text: t('intake:notices.rateLimited'), intake: null });

  for (const effect of effects) {
    const params = effect.params as Record<string, unknown> | undefined;
    switch (effect.type) {
      case 'say': {
        let key = localeKey(String(params?.key));
        if (key === 'intake:notices.deleted' && context.crisisEvents.length > 0)
          key = 'intake:notices.deletedKeptSafety';
        const text = practiceWording(key, runtime.practice, context.language) ?? t(key, values);
        messages.push({ text, intake: null });
        break;
      }
      case 'reprompt':
        reprompt = { reason: String(params?.reason) };
        break;
      case 'showCrisis':
        messages.push(
          crisisMessage(
            params as unknown as CrisisNotice,
            context.consent?.given === true,
            t,
            values,
            runtime.alertsConfigured,
          ),
        );
        break;
      case 'showCheckIn': {
        const ids = (params?.resourceIds as string[] | undefined) ?? [];
        messages.push(checkInMessage(String(params?.kindGuess ?? 'suicide'), ids, t));
        break;
      }
      case 'showResources': {
        const ids = (params?.resourceIds as string[] | undefined) ?? [];
        const screen = params?.reason === 'non-acute';
        messages.push(resourcesMessage(ids, t, screen ? { level: 'concern', kind: 'suicide' } : undefined));
        break;
      }
    }
  }

  const question = questionMessage(snapshot, runtime, t, reprompt, lead, extras.sectionStarted === true, values);
  if (question) return [...messages, question];
  if (lead.length) messages.push({ text: lead.join('\n'), intake: null });
  const meta = currentPrompt(snapshot);
  const last = messages.at(-1);
  if (meta.step === 'submitted' && last) {
    last.intake = {
      ...(last.intake ?? {}),
      step: 'submitted',
      recordId: context.recordId,
      progress: progressOf('submitted', context, runtime.options),
    };
  }
  return messages;
}
