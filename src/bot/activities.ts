// The neutral prompt model as Bot Framework activities: text, suggested actions, Adaptive Cards, channelData.intake.
import type { Activity, Attachment, CardAction } from 'botbuilder';
import { CardFactory } from 'botbuilder';
import type { BotMessage } from '../conversation/prompt-model.js';
import type { Translate } from '../i18n/index.js';
import { escapeMarkdown } from './markdown.js';

/** What a card's submit button sends back; re-validated on the server like anything typed. */
export interface CardSubmission {
  field: string;
  answer: string | string[];
}

const singleChoiceInputs = new Set(['choice', 'yesNo', 'scale']);

function suggestedActions(message: BotMessage): Activity['suggestedActions'] | undefined {
  const intake = message.intake;
  if (!intake?.choices || !intake.input || !singleChoiceInputs.has(intake.input)) return undefined;
  // imBack posts the title as the person's own message: it reads naturally in the transcript and is understood like typing.
  const actions: CardAction[] = intake.choices.map((choice) => ({
    type: 'imBack',
    title: choice.title,
    value: choice.title,
  }));
  return { actions, to: [] };
}

function multiChoiceCard(message: BotMessage, submitTitle: string): Attachment | undefined {
  const intake = message.intake;
  if (intake?.input !== 'multiChoice' || !intake.choices || !intake.field) return undefined;
  return CardFactory.adaptiveCard({
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.3',
    body: [
      {
        type: 'Input.ChoiceSet',
        id: 'answer',
        isMultiSelect: true,
        style: 'expanded',
        choices: intake.choices.map((choice) => ({ title: choice.title, value: choice.value })),
      },
    ],
    actions: [{ type: 'Action.Submit', title: submitTitle, data: { field: intake.field } }],
  });
}

/**
 * The review as a card: each section's answers with its one "Change" button under them, then Submit. The activity's
 * text is then the question alone, so the answers appear once.
 */
function reviewCard(message: BotMessage): Attachment | undefined {
  const intake = message.intake;
  const summary = message.prompt?.summary;
  if (intake?.field !== 'review' || !summary || !intake.choices) return undefined;
  const submit = intake.choices.find((choice) => choice.value === 'submit');
  const changeAction = (choice: { value: string; title: string }) => ({
    type: 'Action.Submit',
    title: choice.title,
    data: { field: 'review', answer: choice.value },
  });
  return CardFactory.adaptiveCard({
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.3',
    // FactSets render markdown: the answers (the person's own words among them) are escaped to read as typed.
    body: summary.map((section) => ({
      type: 'Container',
      separator: true,
      items: [
        { type: 'TextBlock', text: escapeMarkdown(section.title), weight: 'Bolder', wrap: true },
        {
          type: 'FactSet',
          facts: section.lines.map((line) => ({
            title: escapeMarkdown(line.label),
            value: escapeMarkdown(line.value),
          })),
        },
        { type: 'ActionSet', actions: [changeAction(section.change)] },
      ],
    })),
    actions: submit ? [changeAction(submit)] : [],
  });
}

/** Channels whose clients open `tel:` and `sms:` links (a browser or the Emulator); others get the text alone. */
const channelsWithDialLinks = new Set(['webchat', 'directline', 'emulator', 'test']);

/** Crisis resources as buttons that call, text or open, next to the text that works everywhere. */
function crisisCard(message: BotMessage, channelId: string, t: Translate): Attachment | undefined {
  const crisis = message.intake?.crisis;
  if (!crisis || !channelsWithDialLinks.has(channelId)) return undefined;
  const buttons: CardAction[] = crisis.resources.flatMap((resource) => {
    const name = resource.label.split(':')[0] ?? resource.label;
    const actions: CardAction[] = [];
    if (resource.tel)
      actions.push({ type: 'openUrl', title: t('crisis:card.call', { name }), value: `tel:${resource.tel}` });
    if (resource.sms && resource.sms !== resource.tel) {
      actions.push({ type: 'openUrl', title: t('crisis:card.text', { name }), value: `sms:${resource.sms}` });
    }
    if (resource.url && !resource.tel && !resource.sms) {
      actions.push({ type: 'openUrl', title: t('crisis:card.web', { name }), value: resource.url });
    }
    return actions;
  });
  return buttons.length > 0 ? CardFactory.heroCard(t('crisis:resourcesHeading'), undefined, buttons) : undefined;
}

/** One activity per message; only the question carries `step` in channelData.intake. */
export function toActivities(
  messages: readonly BotMessage[],
  locale: string,
  channelId: string,
  t: Translate,
): Partial<Activity>[] {
  return messages.map((message) => {
    const card =
      multiChoiceCard(message, t('intake:card.submit')) ?? reviewCard(message) ?? crisisCard(message, channelId, t);
    const actions = suggestedActions(message);
    const reviewShown =
      card !== undefined && message.prompt?.question !== undefined && message.intake?.field === 'review';
    return {
      type: 'message',
      text: reviewShown ? (message.prompt?.question ?? message.text) : message.text,
      textFormat: 'plain',
      locale,
      ...(actions ? { suggestedActions: actions } : {}),
      ...(card ? { attachments: [card] } : {}),
      ...(message.intake ? { channelData: { intake: message.intake } } : {}),
    };
  });
}
