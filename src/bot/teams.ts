// Bot Framework specifics of the staff app in Teams: storing the channels the bot is added to (installation
// conversationUpdate), posting alert cards to a stored channel, and the Acknowledge button's invoke
// (`adaptiveCard/action`), whose answer refreshes the card for everyone.
import { type Activity, type ConversationReference, TeamsInfo, type TurnContext } from 'botbuilder';
import { z } from 'zod';
import type { Logger } from '../logging.js';
import type { TeamsChannel, TeamsChannelStore } from '../store/teams-types.js';
import type { TeamsAcknowledger } from '../teams/acknowledge.js';
import { acknowledgeVerb, cardAlertSchema } from '../teams/alert-card.js';
import type { TeamsPoster } from '../teams/alert-sender.js';
import type { IntakeAdapter } from './adapter.js';

export interface StaffTeamsDeps {
  store: TeamsChannelStore;
  acknowledge: TeamsAcknowledger;
  logger: Logger;
  now?: () => Date;
}

const channelData = z
  .object({
    eventType: z.string().max(64).optional(),
    tenant: z.object({ id: z.string().min(1).max(128) }),
    team: z.object({ id: z.string().min(1).max(512) }),
    channel: z
      .object({ id: z.string().min(1).max(512) })
      .loose()
      .optional(),
  })
  .loose();

const cardAction = z.object({
  action: z.object({
    type: z.literal('Action.Execute'),
    verb: z.literal(acknowledgeVerb),
    data: z.object({ alert: cardAlertSchema }).loose(),
  }),
});

/** A conversation in a team's channel (the staff app's scope); the intake never runs there. */
export const isTeamsChannelConversation = (activity: Partial<Activity>) =>
  activity.channelId === 'msteams' && activity.conversation?.conversationType === 'channel';

const cardResponse = (card: Record<string, unknown>) => ({
  statusCode: 200,
  type: 'application/vnd.microsoft.card.adaptive',
  value: card,
});
const messageResponse = (message: string) => ({
  statusCode: 200,
  type: 'application/vnd.microsoft.activity.message',
  value: message,
});

export function staffTeamsHandler(deps: StaffTeamsDeps) {
  const at = () => (deps.now ?? (() => new Date()))().toISOString();

  /** The bot added to a team (store its channels), a channel created, or the bot removed (forget them). */
  async function installation(context: TurnContext): Promise<void> {
    const activity = context.activity;
    const data = channelData.safeParse(activity.channelData);
    if (!data.success) return;
    const { tenant, team, channel, eventType } = data.data;
    const botId = activity.recipient.id;
    const base = { serviceUrl: activity.serviceUrl, tenantId: tenant.id, teamId: team.id, botId };
    if (eventType === 'teamMemberRemoved' && (activity.membersRemoved ?? []).some((m) => m.id === botId)) {
      const removed = await deps.store.removeTeamsChannels(team.id, at());
      deps.logger.info({ removed }, 'teams: bot removed from a team; its channels receive no alerts');
      return;
    }
    if (eventType === 'teamMemberAdded' && (activity.membersAdded ?? []).some((m) => m.id === botId)) {
      const channels: { id: string }[] = [{ id: activity.conversation.id }];
      try {
        // Every channel of the team, so that TEAMS_ALERT_CONVERSATION may name any of them.
        channels.push(
          ...(await TeamsInfo.getTeamChannels(context, team.id)).flatMap((c) => (c.id ? [{ id: c.id }] : [])),
        );
      } catch (error) {
        deps.logger.warn({ err: { name: (error as Error).name } }, 'teams: could not list the team’s channels');
      }
      for (const { id } of channels) {
        await deps.store.saveTeamsChannel({ ...base, conversationId: id, channelId: id }, at());
      }
      deps.logger.info({ channels: new Set(channels.map((c) => c.id)).size }, 'teams: bot added to a team');
      return;
    }
    if (eventType === 'channelCreated' && channel) {
      await deps.store.saveTeamsChannel({ ...base, conversationId: channel.id, channelId: channel.id }, at());
    }
  }

  /** Acknowledge pressed: the invoke's answer is the refreshed card, and the posted card is updated for everyone. */
  async function action(context: TurnContext): Promise<object> {
    const activity = context.activity;
    const parsed = cardAction.safeParse(activity.value);
    if (!parsed.success)
      return {
        statusCode: 400,
        type: 'application/vnd.microsoft.error',
        value: { code: 'BadRequest', message: 'Unknown action.' },
      };
    const { alert } = parsed.data.action.data;
    const outcome = await deps.acknowledge(activity.from?.aadObjectId, alert);
    if (!outcome.ok) {
      deps.logger.warn({ recordId: alert.recordId, refusal: outcome.reason }, 'teams: acknowledgement refused');
      return messageResponse(outcome.message);
    }
    deps.logger.info({ recordId: alert.recordId }, 'teams: crisis alert acknowledged');
    if (activity.replyToId) {
      try {
        await context.updateActivity({
          id: activity.replyToId,
          type: 'message',
          attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: outcome.card }],
        });
      } catch (error) {
        // The acknowledgement is saved; only the others' view of the card is stale until they refresh.
        deps.logger.warn({ err: { name: (error as Error).name } }, 'teams: card not updated for everyone');
      }
    }
    return cardResponse(outcome.card);
  }

  return { installation, action };
}

export type StaffTeams = ReturnType<typeof staffTeamsHandler>;

/** The part of the connector client (set by the adapter for the turn) used to start a new post. */
interface ChannelPoster {
  conversations: { sendToConversation(conversationId: string, activity: Activity): Promise<unknown> };
}

/** Posts an activity to a stored channel as the bot (a proactive message). */
export function teamsPoster(adapter: IntakeAdapter, appId: string): TeamsPoster {
  return async (channel: TeamsChannel, activity) => {
    const reference: Partial<ConversationReference> = {
      channelId: 'msteams',
      serviceUrl: channel.serviceUrl,
      bot: { id: channel.botId, name: '' },
      conversation: {
        id: channel.conversationId,
        isGroup: true,
        conversationType: 'channel',
        tenantId: channel.tenantId,
        name: '',
      },
    };
    // The adapter's turn error handler would swallow a failed send: keep the error and throw it here, so the
    // outbox retries instead of marking the card delivered.
    let failure: unknown;
    await adapter.continueConversationAsync(appId, reference, async (context) => {
      try {
        // A new post in the channel (sendToConversation), not a reply to the continuation's made-up activity id.
        const client: ChannelPoster = context.turnState.get(adapter.ConnectorClientKey);
        await client.conversations.sendToConversation(channel.conversationId, {
          ...activity,
          channelData: { tenant: { id: channel.tenantId } },
        } as Activity);
      } catch (error) {
        failure = error;
      }
    });
    if (failure) throw failure;
  };
}
