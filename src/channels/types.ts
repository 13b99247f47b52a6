// The shapes the local Direct Line hands to the bot pipeline, kept free of botbuilder (only src/bot/ imports it).

export interface ChannelAccount {
  id: string;
  name?: string;
  role?: 'user' | 'bot';
}

/** An activity as Direct Line 3.0 lists it to the client (and as the bot receives it, plus serviceUrl). */
export interface DirectLineActivity {
  type: string;
  id: string;
  timestamp: string;
  channelId: 'directline';
  conversation: { id: string };
  from: ChannelAccount;
  [key: string]: unknown;
}

/** A full Bot Framework activity for the bot's pipeline. */
export interface BotBoundActivity extends DirectLineActivity {
  serviceUrl: string;
  recipient: ChannelAccount;
  locale?: string;
}

/**
 * Runs one bot turn in-process and resolves with its reply activities, after the turn was committed. Nothing goes
 * over the network, so no reply can be lost on the way back and no serviceUrl is ever called.
 */
export type DeliverToBot = (activity: BotBoundActivity) => Promise<readonly unknown[]>;

/** The replies the bot stored for one turn: what a conversation freed from memory is rebuilt from. */
export interface StoredTurnReplies {
  /** The id of the activity the turn answered: every instance lists its replies under the same ids. */
  activityId: string;
  at: string;
  activities: readonly unknown[];
}

/** Turns stored at or after `at`, but for those already held (`except`): what other instances answered meanwhile. */
export interface HistorySince {
  at: string;
  except: readonly string[];
}

/** The replies the bot stored for a conversation (by its Direct Line id), oldest first; all of them, or those since. */
export type ConversationHistory = (
  conversationId: string,
  since?: HistorySince,
) => Promise<readonly StoredTurnReplies[]>;

export const botAccount: ChannelAccount = { id: 'intake-bot', name: 'Intake', role: 'bot' };

/** Where in-process activities say they came from; never called: replies come back as the turn's result. */
export const inProcessServiceUrl = 'urn:intake:local-direct-line';
