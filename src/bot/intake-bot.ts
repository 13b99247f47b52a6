// The bot's turn: activity in, engine turn (committed), replies out. A reply that cannot be sent is kept and sent
// again later; it never undoes or skips the turn that was already saved.
import { type Activity, TurnContext } from 'botbuilder';
import type { ConversationRuntime } from '../conversation/runtime.js';
import type { RenderReplies, TurnEngine } from '../engine/turn-engine.js';
import { translator } from '../i18n/index.js';
import type { Logger } from '../logging.js';
import { type ChannelOptions, toActivities } from './activities.js';
import { toIncomingTurn } from './incoming.js';
import { isTeamsChannelConversation, type StaffTeams } from './teams.js';
import type { UndeliveredReplies } from './undelivered-replies.js';

export const renderActivities: RenderReplies = (messages, turn, language) =>
  toActivities(messages, language, turn.channel, translator(language));

/** The same, with what channels need of the practice (its website, offered in Teams instead of the employer's). */
export const renderActivitiesFor =
  (options: ChannelOptions): RenderReplies =>
  (messages, turn, language) =>
    toActivities(messages, language, turn.channel, translator(language), options);

/**
 * One activity through the engine: its reply activities once the turn is committed (none when nothing is said).
 * The local Direct Line calls this in-process with its own (already validated) activities.
 */
export async function answerActivity(
  engine: TurnEngine,
  runtime: ConversationRuntime,
  activity: object,
): Promise<Partial<Activity>[]> {
  const turn = toIncomingTurn(activity as Activity, runtime.practice.defaultLanguage, new Date().toISOString());
  if (!turn) return [];
  return (await engine.handle(turn)) as Partial<Activity>[];
}

export interface BotHandlerDeps {
  engine: TurnEngine;
  runtime: ConversationRuntime;
  undelivered: UndeliveredReplies;
  logger: Logger;
  /** The staff app in a team's channels: installation and the alert cards' Acknowledge (src/bot/teams.ts). */
  staffTeams?: StaffTeams | undefined;
}

export function createBotHandler({ engine, runtime, undelivered, logger, staffTeams }: BotHandlerDeps) {
  return async (context: TurnContext): Promise<void> => {
    const activity = context.activity;
    if (activity.type === 'invoke' && activity.name === 'adaptiveCard/action' && staffTeams) {
      const body = await staffTeams.action(context);
      await context.sendActivity({ type: 'invokeResponse', value: { status: 200, body } });
      return;
    }
    // A team's channel is the staff's side: alert cards live there, and no intake ever starts there.
    if (isTeamsChannelConversation(activity)) {
      if (activity.type === 'conversationUpdate') await staffTeams?.installation(context);
      return;
    }
    if (activity.type === 'invoke') {
      // No invoke actions are offered; answer plainly instead of the SDK's 501.
      await context.sendActivity({ type: 'invokeResponse', value: { status: 200, body: {} } });
      return;
    }
    // Nothing is sent before the turn is saved, not even a typing indicator: a failed send must not cost the turn.
    const replies = await answerActivity(engine, runtime, activity);
    for (const [index, reply] of replies.entries()) {
      try {
        await context.sendActivity(reply);
      } catch (error) {
        logger.warn(
          { conversation: activity.conversation?.id, activityId: activity.id, err: { name: (error as Error).name } },
          'replies not delivered; kept to send again',
        );
        const reference = TurnContext.getConversationReference(activity);
        await undelivered.keep(reference, replies.slice(index), activity.id ?? null);
        return;
      }
    }
  };
}
