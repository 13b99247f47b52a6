// The local Direct Line's memory: conversations, their activity lists and tokens, bounded in age and size.
import { randomBytes } from 'node:crypto';
import { ChannelError } from './channel-error.js';
import type { ChannelAccount, DirectLineActivity } from './types.js';

export interface Conversation {
  id: string;
  user: ChannelAccount;
  locale: string | undefined;
  /** Set once the bot was told the user joined (POST /conversations may be called again on reconnect). */
  started: boolean;
  activities: DirectLineActivity[];
  seq: number;
  lastActive: number;
  /** Bot turns of one conversation run one after another, in arrival order. */
  queue: Promise<void>;
}

/** An activity before the service gives it an id, a timestamp and the conversation. */
export interface NewActivity {
  type: string;
  from: ChannelAccount;
  [key: string]: unknown;
}

export interface TokenGrant {
  conversation: Conversation;
  token: string;
  expiresIn: number;
}

export interface StoreLimits {
  maxConversations: number;
  maxActivities: number;
  idleMs: number;
  tokenTtlSeconds: number;
  now: () => number;
}

const defaults: StoreLimits = {
  maxConversations: 5_000,
  maxActivities: 1_000,
  idleMs: 24 * 3_600_000,
  tokenTtlSeconds: 1_800,
  now: () => Date.now(),
};

const maxTokensPerConversation = 4;
const sweepEveryMs = 60_000;

export const randomId = (bytes = 24) => randomBytes(bytes).toString('base64url');

export const activityId = (conversationId: string, seq: number) => `${conversationId}|${String(seq).padStart(7, '0')}`;

export class ConversationStore {
  private readonly conversations = new Map<string, Conversation>();
  private readonly tokens = new Map<string, { conversationId: string; expiresAt: number }>();
  private readonly tokensOf = new Map<string, string[]>();
  private readonly limits: StoreLimits;
  private lastSweep = 0;

  constructor(limits: Partial<StoreLimits> = {}) {
    this.limits = { ...defaults, ...limits };
  }

  get size(): number {
    return this.conversations.size;
  }

  create(user: ChannelAccount, locale?: string): TokenGrant {
    this.sweep();
    const now = this.limits.now();
    const conversation: Conversation = {
      id: randomId(18),
      user,
      locale,
      started: false,
      activities: [],
      seq: 0,
      lastActive: now,
      queue: Promise.resolve(),
    };
    this.conversations.set(conversation.id, conversation);
    return this.issue(conversation);
  }

  /** The conversation a bearer token grants; 403 for a missing, unknown, expired or other conversation's token. */
  authorize(authorization: string | undefined, conversationId?: string): TokenGrant {
    const token = /^Bearer ([A-Za-z0-9_-]{16,128})$/.exec(authorization ?? '')?.[1];
    const grant = token ? this.tokens.get(token) : undefined;
    const now = this.limits.now();
    if (!token || !grant || grant.expiresAt <= now)
      throw new ChannelError(403, 'The token is missing, invalid or expired.');
    if (conversationId !== undefined && grant.conversationId !== conversationId) {
      throw new ChannelError(403, 'The token is not valid for this conversation.');
    }
    const conversation = this.conversations.get(grant.conversationId);
    if (!conversation) throw new ChannelError(404, 'The conversation has ended.');
    conversation.lastActive = now;
    return { conversation, token, expiresIn: Math.round((grant.expiresAt - now) / 1000) };
  }

  /** A fresh token for the same conversation (Direct Line clients refresh every 15 minutes). */
  refresh(authorization: string | undefined): TokenGrant {
    return this.issue(this.authorize(authorization).conversation);
  }

  /** For bot replies: the conversation by id alone (the connector routes carry no user token). */
  find(conversationId: string): Conversation | undefined {
    const conversation = this.conversations.get(conversationId);
    if (conversation) conversation.lastActive = this.limits.now();
    return conversation;
  }

  /** Stores an activity with the next id and the server's timestamp; the oldest go once the cap is reached. */
  append(conversation: Conversation, activity: NewActivity): DirectLineActivity {
    const seq = ++conversation.seq;
    const stored: DirectLineActivity = {
      ...activity,
      id: activityId(conversation.id, seq),
      timestamp: new Date(this.limits.now()).toISOString(),
      channelId: 'directline',
      conversation: { id: conversation.id },
    };
    conversation.activities.push(stored);
    const excess = conversation.activities.length - this.limits.maxActivities;
    if (excess > 0) conversation.activities.splice(0, excess);
    conversation.lastActive = this.limits.now();
    return stored;
  }

  /** Activities after the watermark (a sequence number) and the watermark to ask with next. */
  after(
    conversation: Conversation,
    watermark: number | undefined,
  ): { activities: DirectLineActivity[]; watermark: string } {
    const from = watermark ?? 0;
    const firstSeq = conversation.seq - conversation.activities.length + 1;
    const activities = conversation.activities.slice(Math.max(0, from - firstSeq + 1));
    return { activities, watermark: String(Math.max(from, conversation.seq)) };
  }

  private issue(conversation: Conversation): TokenGrant {
    const token = randomId(32);
    const expiresAt = this.limits.now() + this.limits.tokenTtlSeconds * 1000;
    this.tokens.set(token, { conversationId: conversation.id, expiresAt });
    const held = this.tokensOf.get(conversation.id) ?? [];
    held.push(token);
    for (const old of held.splice(0, Math.max(0, held.length - maxTokensPerConversation))) this.tokens.delete(old);
    this.tokensOf.set(conversation.id, held);
    return { conversation, token, expiresIn: this.limits.tokenTtlSeconds };
  }

  private drop(conversationId: string): void {
    this.conversations.delete(conversationId);
    for (const token of this.tokensOf.get(conversationId) ?? []) this.tokens.delete(token);
    this.tokensOf.delete(conversationId);
  }

  /** Drops idle conversations (at most once a minute) and, over the cap, the least recently active. */
  private sweep(): void {
    const now = this.limits.now();
    if (now - this.lastSweep >= sweepEveryMs || this.conversations.size >= this.limits.maxConversations) {
      this.lastSweep = now;
      for (const [id, conversation] of this.conversations) {
        if (now - conversation.lastActive > this.limits.idleMs) this.drop(id);
      }
      for (const [token, grant] of this.tokens) {
        if (grant.expiresAt <= now && this.conversations.has(grant.conversationId)) {
          this.tokens.delete(token);
          const held = this.tokensOf.get(grant.conversationId);
          if (held)
            this.tokensOf.set(
              grant.conversationId,
              held.filter((t) => t !== token),
            );
        }
      }
    }
    if (this.conversations.size < this.limits.maxConversations) return;
    const byAge = [...this.conversations.values()].sort((a, b) => a.lastActive - b.lastActive);
    for (const conversation of byAge.slice(0, this.conversations.size - this.limits.maxConversations + 1)) {
      this.drop(conversation.id);
    }
  }
}
