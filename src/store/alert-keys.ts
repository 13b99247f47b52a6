// Crisis alert and escalation dedup keys share `<recordId>:<ordinal>`, so SQL can pair an alert with its escalation and record.
import type { OutboxMessage } from './outbox-types.js';

export const crisisAlertKind = 'crisis-alert';
export const crisisEscalationKind = 'crisis-escalation';

export const crisisAlertPrefix = `${crisisAlertKind}:`;
export const crisisEscalationPrefix = `${crisisEscalationKind}:`;

/** The kinds of practice alert, whatever the channel. */
export const alertKinds = [crisisAlertKind, crisisEscalationKind] as const;
export type AlertKind = (typeof alertKinds)[number];

/**
 * Where alerts go. Each alert is one outbox row per channel, so every channel gets it at least once, with its own
 * retries and dedup, whether or not the others are configured or working.
 */
export const alertChannels = ['webhook', 'email', 'teams'] as const;
export type AlertChannel = (typeof alertChannels)[number];

/** The webhook keeps the plain kinds and keys it always had, so rows queued before email existed stay its own. */
const channelSuffix = (channel: AlertChannel) => (channel === 'webhook' ? '' : `:${channel}`);

/** `crisis-alert` on the webhook, `crisis-alert:email` by email, `crisis-alert:teams` as a Teams card. */
export const channelKind = (kind: AlertKind, channel: AlertChannel) => `${kind}${channelSuffix(channel)}`;

/** The alert and escalation kinds one channel claims. */
export const kindsOf = (channel: AlertChannel) => alertKinds.map((kind) => channelKind(kind, channel));

/** Every channel's crisis alert kind (not escalations): what the escalation check reads. */
export const crisisAlertKinds = alertChannels.map((channel) => channelKind(crisisAlertKind, channel));

/** Which alert and channel an outbox kind is; undefined for any other kind (kept replies, say). */
export function alertKindOf(kind: string): { kind: AlertKind; channel: AlertChannel } | undefined {
  for (const channel of alertChannels) {
    for (const alert of alertKinds) if (channelKind(alert, channel) === kind) return { kind: alert, channel };
  }
  return undefined;
}

/**
 * One alert as a row for every channel, queued together: `crisis-alert:<recordId>:<n>` for the webhook,
 * `crisis-alert:<recordId>:<n>:email` by email, `…:teams` in Teams (the shared prefix keeps acknowledgements and
 * escalations pairing).
 */
export function forEveryChannel(kind: AlertKind, dedupKey: string, payload: Record<string, unknown>): OutboxMessage[] {
  return alertChannels.map((channel) => ({
    kind: channelKind(kind, channel),
    dedupKey: `${dedupKey}${channelSuffix(channel)}`,
    payload,
  }));
}

/** `crisis-alert:<recordId>:<ordinal>[:channel]` -> `crisis-escalation:<recordId>:<ordinal>[:channel]`; else undefined. */
export function escalationKeyFor(alertKey: string): string | undefined {
  if (!alertKey.startsWith(crisisAlertPrefix)) return undefined;
  return crisisEscalationPrefix + alertKey.slice(crisisAlertPrefix.length);
}
