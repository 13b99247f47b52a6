// Which alert channels this install can deliver to, from the environment and the practice settings, and what to say
// when a channel is half set up or when none is.
import type { AlertChannel } from '../store/alert-keys.js';

export interface AlertChannelSettings {
  webhookUrl?: string | undefined;
  webhookSecret?: string | undefined;
  smtpUrl?: string | undefined;
  /** ALERT_EMAIL_TO and the practice's `alerts.emailTo`, together. */
  emailTo: readonly string[];
  /** TEAMS_ALERT_CONVERSATION: the Teams channel (its conversation or channel id) that receives alert cards. */
  teamsConversation?: string | undefined;
}

export interface AlertChannelStatus {
  /**
   * The channels that deliver: the webhook with its secret, email with an SMTP server and a recipient, Teams with
   * the channel named (its cards wait until the staff app's bot is in that channel).
   */
  configured: AlertChannel[];
  /** Settings that cannot work as they are: each names what to add. */
  problems: string[];
}

/** The keys an operator sets for a channel, as the start warning names them. */
export const alertChannelKeys =
  'ALERT_WEBHOOK_URL and ALERT_WEBHOOK_SECRET (a signed webhook), or SMTP_URL and ALERT_EMAIL_TO ' +
  "(email; or the practice's alerts.emailTo), or TEAMS_ALERT_CONVERSATION (a Teams channel)";

export function alertChannelStatus(settings: AlertChannelSettings): AlertChannelStatus {
  const configured: AlertChannel[] = [];
  const problems: string[] = [];
  if (settings.webhookUrl && settings.webhookSecret) configured.push('webhook');
  else if (settings.webhookUrl) {
    problems.push('ALERT_WEBHOOK_URL is set without ALERT_WEBHOOK_SECRET: alerts are never sent unsigned, none sent');
  }
  if (settings.smtpUrl && settings.emailTo.length > 0) configured.push('email');
  else if (settings.smtpUrl) {
    problems.push(
      "SMTP_URL is set but nobody receives alert emails: set ALERT_EMAIL_TO or the practice's alerts.emailTo, none sent",
    );
  } else if (settings.emailTo.length > 0) {
    problems.push('alert email recipients are set without SMTP_URL: no alert email is sent until it is');
  }
  if (settings.teamsConversation) configured.push('teams');
  return { configured, problems };
}

/** Unique addresses, compared without case, in the order given. */
export function emailRecipients(...lists: (readonly string[] | undefined)[]): string[] {
  const seen = new Set<string>();
  return lists
    .flatMap((list) => list ?? [])
    .filter((address) => {
      const key = address.toLowerCase();
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/** Said on stderr at every start without a channel: alerts are queued, and nobody is told. */
export function noAlertChannelWarning(status: AlertChannelStatus): string {
  return [
    '',
    '!!! WARNING: no crisis alert channel is configured.',
    '!!! Crisis alerts are queued but reach nobody at the practice, and the bot tells people in crisis that this',
    '!!! chat is not monitored instead of promising that someone will see it.',
    `!!! Set ${alertChannelKeys}.`,
    ...status.problems.map((problem) => `!!! ${problem}.`),
    '',
  ].join('\n');
}
