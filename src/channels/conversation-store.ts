// The local Direct Line's memory: recent conversations and their activity lists, bounded in count, size and age.
// Nothing here is the record of anything: a conversation freed from memory, or answered by another instance, is
// rebuilt or caught up from the bot's stored replies.
import {
  botAccount,
  type ChannelAccount,
  type DirectLineActivity,
  type HistorySince,
  type StoredTurnReplies,
} from './types.js';

export interface Conversation {
  id: string;
  user: ChannelAccount;
  locale: string | undefined;
  /** Set once the bot was told the user joined (POST /conversations may be called again on reconnect). */
  started: boolean;
  entries: Entry[];
  /** The last sequence number given out; watermarks are sequence numbers. */
  lastSeq: number;
  lastActive: number;
  bytes: number;
  /** Bot turns of one conversation run one after another, in arrival order. */
  queue: Promise<void>;
  /** The turns whose replies are listed (by the id of the activity they answered), with their time: never twice. */
  turns: Map<string, number>;
  /** The time of the latest stored turn listed: the next look at the store starts a little before it. */
  syncedAt: number;
}

interface Entry {
  seq: number;
  activity: DirectLineActivity;
  bytes: number;
}

/** An activity before the service gives it an id, a timestamp and the conversation. */
export interface NewActivity {
  type: string;
  from: ChannelAccount;
  [key: string]: unknown;
}

export interface StoreLimits {
  maxConversations: number;
  maxActivities: number;
  /** All conversations together; the least recently active are freed past it. */
  maxBytes: number;
  idleMs: number;
  /** What a person typed is kept for display up to this length (the bot reads the whole message). */
  maxTextLength: number;
  now: () => number;
}

export const defaultLimits: StoreLimits = {
  maxConversations: 2_000,
  maxActivities: 200,
  maxBytes: 64 * 1024 * 1024,
  idleMs: 30 * 60_000,
  maxTextLength: 4_000,
  now: () => Date.now(),
};

export const activityId = (conversationId: string, seq: number) => `${conversationId}|${seq}`;

/**
 * How far before the latest stored turn the store is asked again: a turn is stamped when it starts and stored when it
 * commits, so one started earlier on another instance can land after a later one (and the instances' clocks differ a
 * little). The turns already held are left out of the answer by id.
 */
export const storeLookbackMs = 2 * 60_000;

/** Fields the service sets itself on a listed reply, and addresses that must never reach a client. */
const serviceFields = new Set(['id', 'timestamp', 'channelId', 'conversation', 'serviceUrl', 'from', 'recipient']);

/** A reply as listed: the bot's content, with the service's own fields set by the store. */
export function listedReply(reply: unknown, replyToId: string): NewActivity {
  const kept = Object.fromEntries(
    Object.entries((reply ?? {}) as Record<string, unknown>).filter(([key]) => !serviceFields.has(key)),
  );
  return { ...kept, type: typeof kept.type === 'string' ? kept.type : 'message', from: botAccount, replyToId };
}

const sizeOf = (activity: DirectLineActivity) => JSON.stringify(activity).length * 2;

export class ConversationStore {
  /** In least-recently-active order: a touched conversation moves to the end. */
  private readonly conversations = new Map<string, Conversation>();
  private readonly limits: StoreLimits;
  private totalBytes = 0;

  constructor(limits: Partial<StoreLimits> = {}) {
    this.limits = { ...defaultLimits, ...limits };
  }

  get size(): number {
    return this.conversations.size;
  }

  get bytes(): number {
    return this.totalBytes;
  }

  /** The conversation if it is in memory, marked active. */
  get(conversationId: string): Conversation | undefined {
    const conversation = this.conversations.get(conversationId);
    if (!conversation) return undefined;
    this.touch(conversation);
    return conversation;
  }

  /** A conversation in memory: a new one, or one rebuilt from the replies the bot stored for it. */
  open(
    conversationId: string,
    user: ChannelAccount,
    locale: string | undefined,
    history: readonly StoredTurnReplies[] = [],
  ): Conversation {
    const existing = this.get(conversationId);
    if (existing) return existing;
    this.sweep();
    const conversation: Conversation = {
      id: conversationId,
      user,
      locale,
      started: false,
      entries: [],
      lastSeq: 0,
      lastActive: this.limits.now(),
      bytes: 0,
      queue: Promise.resolve(),
      turns: new Map(),
      syncedAt: 0,
    };
    this.conversations.set(conversationId, conversation);
    this.merge(conversation, history);
    return conversation;
  }

  /** What to ask the store for to catch up: the turns since a little before the latest one held, but those held. */
  sinceOf(conversation: Conversation): HistorySince {
    const from = Math.max(0, conversation.syncedAt - storeLookbackMs);
    const except = [...conversation.turns].filter(([, at]) => at >= from).map(([id]) => id);
    return { at: new Date(from).toISOString(), except };
  }

  /** Whether the replies of the turn that answered `turnId` are listed already. */
  hasTurn(conversation: Conversation, turnId: string): boolean {
    return conversation.turns.has(turnId);
  }

  /**
   * Lists stored turns not listed yet, each reply under an id and a sequence number taken from the turn's stored time
   * and its place in the turn, so every instance lists the same reply the same way: a client moving between instances
   * neither misses nor repeats one. Returns how many turns were new.
   */
  merge(conversation: Conversation, turns: readonly StoredTurnReplies[]): number {
    let merged = 0;
    for (const turn of turns) {
      if (conversation.turns.has(turn.activityId)) continue;
      const at = Date.parse(turn.at);
      if (Number.isNaN(at)) continue;
      conversation.turns.set(turn.activityId, at);
      conversation.started = true;
      conversation.syncedAt = Math.max(conversation.syncedAt, at);
      merged += 1;
      turn.activities.forEach((reply, index) => {
        if (typeof reply !== 'object' || reply === null) return;
        this.add(conversation, listedReply(reply, turn.activityId), at, Math.floor(at) + 1 + index);
      });
    }
    if (merged > 0) {
      const keepFrom = conversation.syncedAt - storeLookbackMs;
      for (const [id, at] of conversation.turns) if (at < keepFrom) conversation.turns.delete(id);
    }
    return merged;
  }

  /** A turn's replies that were not stored (a turn not saved says so): listed here only, at the present time. */
  appendTurn(conversation: Conversation, turnId: string, replies: readonly unknown[]): void {
    conversation.turns.set(turnId, this.limits.now());
    for (const reply of replies) this.append(conversation, listedReply(reply, turnId));
  }

  /**
   * Stores an activity with the next id and the server's timestamp. Sequence numbers follow the clock (never below
   * the last one), so a conversation rebuilt after it was freed or after a restart continues above any watermark a
   * client holds, and its restored history stays below it.
   */
  append(conversation: Conversation, activity: NewActivity): DirectLineActivity {
    return this.add(conversation, activity, this.limits.now());
  }

  /** Activities after the watermark and the watermark to ask with next. */
  after(
    conversation: Conversation,
    watermark: number | undefined,
  ): { activities: DirectLineActivity[]; watermark: string } {
    const from = watermark ?? 0;
    const { entries } = conversation;
    let low = 0;
    let high = entries.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((entries[middle] as Entry).seq <= from) low = middle + 1;
      else high = middle;
    }
    return {
      activities: entries.slice(low).map((entry) => entry.activity),
      watermark: String(Math.max(from, conversation.lastSeq)),
    };
  }

  /** `canonical`: the sequence number every instance gives a stored reply (also its id, whatever its place here). */
  private add(conversation: Conversation, activity: NewActivity, at: number, canonical?: number): DirectLineActivity {
    const seq = Math.max(conversation.lastSeq + 1, canonical ?? Math.floor(at));
    conversation.lastSeq = seq;
    const stored: DirectLineActivity = {
      ...this.trimmed(activity),
      id: activityId(conversation.id, canonical ?? seq),
      timestamp: new Date(at).toISOString(),
      channelId: 'directline',
      conversation: { id: conversation.id },
    };
    const bytes = sizeOf(stored);
    conversation.entries.push({ seq, activity: stored, bytes });
    conversation.bytes += bytes;
    this.totalBytes += bytes;
    const excess = conversation.entries.length - this.limits.maxActivities;
    if (excess > 0) {
      for (const dropped of conversation.entries.splice(0, excess)) {
        conversation.bytes -= dropped.bytes;
        this.totalBytes -= dropped.bytes;
      }
    }
    this.touch(conversation);
    if (this.totalBytes > this.limits.maxBytes) this.sweep();
    return stored;
  }

  private trimmed(activity: NewActivity): NewActivity {
    const { text } = activity;
    if (typeof text !== 'string' || text.length <= this.limits.maxTextLength) return activity;
    return { ...activity, text: `${text.slice(0, this.limits.maxTextLength)}…` };
  }

  private touch(conversation: Conversation): void {
    conversation.lastActive = this.limits.now();
    this.conversations.delete(conversation.id);
    this.conversations.set(conversation.id, conversation);
  }

  private drop(conversation: Conversation): void {
    this.conversations.delete(conversation.id);
    this.totalBytes -= conversation.bytes;
  }

  /** Frees idle conversations, then the least recently active ones while over the count or the byte budget. */
  private sweep(): void {
    const now = this.limits.now();
    for (const conversation of this.conversations.values()) {
      // In least-recently-active order: the first one still active ends the idle ones.
      if (now - conversation.lastActive <= this.limits.idleMs) break;
      this.drop(conversation);
    }
    for (const conversation of this.conversations.values()) {
      if (this.conversations.size < this.limits.maxConversations && this.totalBytes <= this.limits.maxBytes) break;
      this.drop(conversation);
    }
  }
}
