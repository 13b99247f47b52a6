// An incoming activity, validated with zod, as the engine's channel-neutral turn (or nothing to do).
import type { Activity } from 'botbuilder';
import { z } from 'zod';
import type { IncomingTurn } from '../engine/incoming-turn.js';

const account = z.object({ id: z.string().min(1).max(512) }).loose();

/** The fields the bot relies on; anything else in the activity is passed over. */
export const activitySchema = z
  .object({
    type: z.string().min(1).max(64),
    id: z.string().max(512).optional(),
    channelId: z.string().min(1).max(128),
    serviceUrl: z.string().min(1).max(2048),
    conversation: z.object({ id: z.string().min(1).max(1024) }).loose(),
    from: account.optional(),
    recipient: account.optional(),
    locale: z.string().max(35).optional(),
    timestamp: z.string().max(64).optional(),
    text: z.string().max(1_000_000).optional(),
    value: z.unknown().optional(),
    membersAdded: z.array(account).max(100).optional(),
  })
  .loose();

const cardSubmission = z.object({
  field: z.string().min(1).max(64),
  answer: z.union([z.string().max(10_000), z.array(z.string().max(200)).max(50)]),
});

const localeTag = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

export const conversationKey = (activity: Pick<Activity, 'channelId' | 'conversation'>) =>
  `${activity.channelId}:${activity.conversation.id}`;

export function toIncomingTurn(activity: Activity, fallbackLocale: string, now: string): IncomingTurn | undefined {
  const locale = activity.locale && localeTag.test(activity.locale) ? activity.locale : fallbackLocale;
  const base = {
    key: conversationKey(activity),
    channel: activity.channelId,
    activityId: activity.id ?? null,
    userId: activity.from?.id ?? null,
    locale,
    at: now,
  };
  if (activity.type === 'conversationUpdate') {
    const botId = activity.recipient?.id;
    const someoneJoined = (activity.membersAdded ?? []).some((member) => member.id !== botId);
    return someoneJoined ? { ...base, kind: 'join' } : undefined;
  }
  if (activity.type !== 'message') return undefined;
  if (activity.value !== undefined && activity.value !== null) {
    const submission = cardSubmission.safeParse(activity.value);
    // A card submission that does not have the shape we send is tampered with or stale: it gets a re-prompt.
    return submission.success
      ? { ...base, kind: 'message', value: submission.data.answer, valueField: submission.data.field }
      : { ...base, kind: 'message', value: activity.value, valueField: '' };
  }
  return { ...base, kind: 'message', text: typeof activity.text === 'string' ? activity.text : '' };
}
