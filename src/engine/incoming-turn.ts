// A turn as the engine receives it from any channel: who, which conversation, and what was said or tapped.
export interface IncomingTurn {
  /** `${channelId}:${conversationId}`: one conversation, one lock, one snapshot. */
  key: string;
  channel: string;
  /** For exactly-once: a redelivered activity is answered from what was stored. */
  activityId: string | null;
  /** The channel's id for the person (`from.id`), for the per-user turn budget; never logged. */
  userId: string | null;
  locale: string;
  /** `join`: someone opened the conversation (welcome, or welcome back). */
  kind: 'join' | 'message';
  text?: string;
  value?: unknown;
  /** The question a card submission says it answers. */
  valueField?: string;
  at: string;
}
