// The Teams alert channel: each alert as an Adaptive Card posted to the channel TEAMS_ALERT_CONVERSATION names, through
// the bot (the post itself is given by src/bot/, the only folder that speaks Bot Framework). Until the staff app's
// bot is in that channel the card waits in the outbox, retried like any failed send.

import type { AlertSender } from '../alerts/sender.js';
import { failureOf } from '../alerts/sender.js';
import type { TeamsChannel } from '../store/teams-types.js';
import { alertCard, alertSummary, type CardAlert, cardAlertSchema } from './alert-card.js';

/** Posts one message activity to a stored channel; resolves when the connector accepted it. */
export type TeamsPoster = (channel: TeamsChannel, activity: Record<string, unknown>) => Promise<void>;

export interface TeamsSenderOptions {
  /** TEAMS_ALERT_CONVERSATION. */
  conversation: string;
  findChannel: (id: string) => Promise<TeamsChannel | undefined>;
  post: TeamsPoster;
  language: string;
  timeZone: string;
  publicUrl?: string | undefined;
}

export function teamsAlertActivity(
  alert: CardAlert,
  options: Omit<TeamsSenderOptions, 'conversation' | 'findChannel' | 'post'>,
) {
  return {
    type: 'message',
    summary: alertSummary(alert, options.language),
    attachments: [
      {
        contentType: 'application/vnd.microsoft.card.adaptive',
        content: alertCard(alert, {
          language: options.language,
          timeZone: options.timeZone,
          publicUrl: options.publicUrl,
        }),
      },
    ],
  };
}

export function teamsSender(options: TeamsSenderOptions): AlertSender {
  return {
    channel: 'teams',
    async send(body) {
      const channel = await options.findChannel(options.conversation);
      // Not installed there yet (or removed): the card waits and is tried again.
      if (!channel) return { ok: false, error: 'channel not installed' };
      const alert = cardAlertSchema.parse({
        type: body.type,
        recordId: body.recordId,
        reference: body.reference,
        level: body.level,
        kinds: body.kinds,
        at: body.at,
        discreetContact: body.discreetContact,
      });
      try {
        await options.post(channel, teamsAlertActivity(alert, options));
        return { ok: true };
      } catch (error) {
        const status = (error as { statusCode?: unknown }).statusCode;
        return { ok: false, error: typeof status === 'number' ? `HTTP ${status}` : failureOf(error) };
      }
    },
  };
}
