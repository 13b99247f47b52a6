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

/** Runs one bot turn in-process; replies come back through the connector routes. */
export type DeliverToBot = (activity: BotBoundActivity) => Promise<void>;

export const botAccount: ChannelAccount = { id: 'intake-bot', name: 'Intake', role: 'bot' };
